import { FileImage } from "lucide-react";
import { useState } from "react";
import { useT } from "../i18n";
import { getJourney, now, showNotice } from "../store";
import { Button } from "../ui/Button";
import type { InsightsImageFormat } from "./insights-image";

/**
 * Saves the Insights view as an image: PNG for slides and chat, SVG for print and editing. The
 * drawing code loads on first use.
 */
export function InsightsImageButtons({ journeyId }: { journeyId: string }) {
  const t = useT();
  const [busy, setBusy] = useState<InsightsImageFormat | null>(null);
  const save = async (format: InsightsImageFormat) => {
    const journey = getJourney(journeyId);
    if (!journey || busy) return;
    setBusy(format);
    try {
      const { saveInsightsImage } = await import("./insights-image");
      const file = await saveInsightsImage(journey, format, new Date(now()));
      showNotice({
        key: "insights-image",
        tone: "success",
        message: t("insights.saved", { file }),
      });
    } catch (error) {
      console.error("Could not make the insights image", error);
      showNotice({ key: "insights-image", tone: "error", message: t("insights.saveFailed") });
    } finally {
      setBusy(null);
    }
  };
  return (
    <div className="insights__save" role="group" aria-label={t("insights.saveImage")}>
      <Button
        variant="secondary"
        icon={<FileImage />}
        aria-busy={busy === "png" || undefined}
        onClick={() => void save("png")}
      >
        {t("insights.savePng")}
      </Button>
      <Button
        variant="secondary"
        icon={<FileImage />}
        aria-busy={busy === "svg" || undefined}
        onClick={() => void save("svg")}
      >
        {t("insights.saveSvg")}
      </Button>
    </div>
  );
}
