import { useEffect, useState } from "react";
import type { Journey } from "../domain";
import { useT } from "../i18n";
import { Button } from "../ui/Button";
import { MAX_CANVAS_PIXELS } from "./image-plan";
import type { ImageSettings } from "./images";
import type { PosterPlan } from "./poster-plan";
import { readabilityAdvice, type ReadabilityAdvice } from "./readability";

/**
 * What the person should know about the images before downloading: card titles too small to
 * read, with the remedies that help, and the pixel cap lowering a fitted image's sharpness.
 */
export function ExportNotes({
  journey,
  plans,
  settings,
  hasPersona,
  onChange,
}: {
  journey: Journey;
  plans: readonly PosterPlan[];
  settings: ImageSettings;
  hasPersona: boolean;
  onChange: (changes: Partial<ImageSettings>) => void;
}) {
  const t = useT();
  // The advice plans every stage as an image of its own: tens of milliseconds on a map of
  // thousands of cards. It is worked out in a task of its own once the dialog shows, so opening
  // Export never holds the page for the two together; until then the last advice stays.
  const [advice, setAdvice] = useState<ReadabilityAdvice | null>(null);
  useEffect(() => {
    const timer = setTimeout(
      () => setAdvice(readabilityAdvice(journey, settings, plans, hasPersona)),
      0,
    );
    return () => clearTimeout(timer);
  }, [journey, settings, plans, hasPersona]);
  // An SVG has no pixels to cap.
  const capped = settings.format !== "svg" ? plans.find((plan) => plan.image.capped) : undefined;
  return (
    <>
      {advice ? <ReadabilityNote advice={advice} settings={settings} onChange={onChange} /> : null}
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

const oneDecimal = (px: number) => Math.round(px * 10) / 10;

function ReadabilityNote({
  advice,
  settings,
  onChange,
}: {
  advice: ReadabilityAdvice;
  settings: ImageSettings;
  onChange: (changes: Partial<ImageSettings>) => void;
}) {
  const t = useT();
  const px = oneDecimal(advice.shownPx);
  const sentences = [
    advice.slide ? t("export.unreadable.slide", { px }) : t("export.unreadable.fit", { px }),
  ];
  // People reach for more pixels first; say what 4K does and does not do before the real remedy.
  if (advice.slide) sentences.push(t("export.unreadable.sharper"));
  if (advice.slide && advice.tooFullStages > 0)
    sentences.push(
      settings.scope === "stage"
        ? t("export.unreadable.stageTooFull")
        : t("export.unreadable.tooFull", { count: advice.tooFullStages }),
    );
  else if (advice.perStagePx !== null && advice.tooFullStages === 0)
    sentences.push(t("export.unreadable.overview", { px: oneDecimal(advice.perStagePx) }));
  const offerFit = advice.slide && advice.tooFullStages > 0;
  return (
    <div className="export-dialog__warning" role="note">
      <p>{sentences.join(" ")}</p>
      <div className="export-dialog__warning-actions">
        {settings.scope === "journey" ? (
          <Button size="sm" onClick={() => onChange({ scope: "eachStage" })}>
            {t("export.unreadable.perStage")}
          </Button>
        ) : null}
        {advice.slide && settings.size === "slide1080" ? (
          <Button size="sm" onClick={() => onChange({ size: "slide2160" })}>
            {t("export.unreadable.use4k")}
          </Button>
        ) : null}
        {offerFit ? (
          <Button size="sm" onClick={() => onChange({ size: "fit" })}>
            {t("export.unreadable.useFit")}
          </Button>
        ) : null}
      </div>
    </div>
  );
}
