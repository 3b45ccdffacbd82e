import { useT } from "../i18n";
import { Button } from "../ui/Button";
import { MAX_CANVAS_PIXELS } from "./image-plan";
import type { ImageSettings } from "./images";
import type { PosterPlan } from "./poster-plan";

/**
 * What the person should know about the images before downloading: card titles too small to
 * read, with the remedies, and the pixel cap lowering a fitted image's sharpness.
 */
export function ExportNotes({
  plans,
  settings,
  onChange,
}: {
  plans: readonly PosterPlan[];
  settings: ImageSettings;
  onChange: (changes: Partial<ImageSettings>) => void;
}) {
  const t = useT();
  const unreadable = plans.find((plan) => !plan.image.readable);
  // An SVG has no pixels to cap.
  const capped = settings.format !== "svg" ? plans.find((plan) => plan.image.capped) : undefined;
  return (
    <>
      {unreadable ? (
        <div className="export-dialog__warning" role="note">
          <p>
            {t("export.unreadable", {
              size: t(`export.size.${settings.size}`),
              px: Math.round(unreadable.image.titlePx * 10) / 10,
            })}
          </p>
          <div className="export-dialog__warning-actions">
            {settings.size === "slide1080" ? (
              <Button size="sm" onClick={() => onChange({ size: "slide2160" })}>
                {t("export.unreadable.use4k")}
              </Button>
            ) : null}
            {settings.scope === "journey" ? (
              <Button size="sm" onClick={() => onChange({ scope: "eachStage" })}>
                {t("export.unreadable.perStage")}
              </Button>
            ) : null}
          </div>
        </div>
      ) : null}
      {capped ? (
        <p className="export-dialog__warning" role="note">
          {t("export.capped", {
            requested: capped.image.requestedPixelRatio,
            wanted:
              Math.round(
                (capped.image.width * capped.image.height * capped.image.requestedPixelRatio ** 2) /
                  100_000,
              ) / 10,
            limit: Math.round(MAX_CANVAS_PIXELS / 100_000) / 10,
            ratio: capped.image.pixelRatio,
          })}
        </p>
      ) : null}
    </>
  );
}
