import { useEffect, useState } from "react";
import { useT } from "../i18n";
import type { SizeChoice } from "./image-plan";
import { renderTarget, type ExportContext, type ImageSettings, type PosterTarget } from "./images";
import type { PosterPlan } from "./poster-plan";

/** Settle time after a change before the preview redraws, so typing or scrolling a select is not slowed. */
const PREVIEW_DELAY_MS = 120;

/**
 * Above this many cards in one image, the preview draws cards as plain boxes: at the preview's size
 * their titles are specks, and drawing thousands of them took the browser seconds with the page
 * frozen (5,000 cards: 2.5 s). The file itself always has everything.
 */
export const PREVIEW_OUTLINE_CARDS = 1000;

const cardsIn = (plan: PosterPlan) =>
  plan.panels.reduce((sum, panel) => sum + panel.layout.cards.size, 0);

/**
 * The first image exactly as it will be exported, drawn as SVG (the same renderer and plan, so
 * what the person sees is what they get), with its size in pixels or units under it.
 */
export function ExportPreview({
  context,
  target,
  plan,
  settings,
  imageCount,
}: {
  /** Fonts and persona, once ready; until then there is nothing true to show. */
  context: ExportContext | null;
  target: PosterTarget | undefined;
  plan: PosterPlan | undefined;
  settings: ImageSettings;
  imageCount: number;
}) {
  const t = useT();
  const url = usePreviewUrl(context, target, plan, settings.size);
  const caption = plan
    ? settings.format === "svg"
      ? t("export.preview.vector", { width: plan.image.width, height: plan.image.height })
      : t("export.preview.pixels", { width: plan.image.pixelWidth, height: plan.image.pixelHeight })
    : "";
  return (
    <figure className="export-dialog__preview">
      <div
        className={`export-dialog__frame export-dialog__frame--${settings.background}`}
        style={plan ? { aspectRatio: `${plan.image.width} / ${plan.image.height}` } : undefined}
      >
        {url ? <img src={url} alt={t("export.preview.alt")} /> : null}
      </div>
      <figcaption>
        {caption}
        {plan && cardsIn(plan) > PREVIEW_OUTLINE_CARDS ? (
          <>
            {" · "}
            {t("export.preview.outlines", { count: cardsIn(plan) })}
          </>
        ) : null}
        {settings.scope === "eachStage" ? (
          <>
            {" · "}
            {t("export.preview.firstOf", { count: imageCount })}
          </>
        ) : null}
      </figcaption>
    </figure>
  );
}

function usePreviewUrl(
  context: ExportContext | null,
  target: PosterTarget | undefined,
  plan: PosterPlan | undefined,
  size: SizeChoice,
): string | null {
  const [previewUrl, setPreviewUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!context || !target || !plan) return;
    let url: string | null = null;
    const timer = setTimeout(() => {
      const cards = cardsIn(plan) > PREVIEW_OUTLINE_CARDS ? "outline" : "full";
      const { svg } = renderTarget(context, target, size, { pixelSize: false, plan, cards });
      url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
      setPreviewUrl(url);
    }, PREVIEW_DELAY_MS);
    return () => {
      clearTimeout(timer);
      if (url) {
        const old = url;
        // Keep the old picture on screen until the new one replaces it.
        setTimeout(() => URL.revokeObjectURL(old), 1_000);
      }
    };
  }, [context, target, plan, size]);
  return previewUrl;
}
