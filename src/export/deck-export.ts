import { withLibraryMetrics } from "./metric-names";
import type { Journey, Persona } from "../domain";
import { blobToDataUrl } from "../format";
import { t } from "../i18n";
import { buildDeck } from "./deck";
import {
  imageBlob,
  posterTargets,
  type ExportContext,
  type ExportProgress,
  type ImageSettings,
} from "./images";
import { paletteFor } from "./palette";
import { renderAvatar } from "./poster-avatar";
import { styleSheet } from "./poster-svg";
import { rasterize, yieldToBrowser } from "./raster";

/**
 * The slide deck's bytes: the pictures it needs (the whole map at 4K, so it stays sharp when a
 * presenter zooms; each stage at 1080p; the persona's avatar) drawn one after another with a
 * pause for the page between them, then the deck itself. The images follow the dialog's
 * options, except that slides are always PNG on an opaque background.
 */
export async function exportDeck(
  context: ExportContext,
  persona: Persona | undefined,
  settings: ImageSettings,
  hooks: { signal: AbortSignal; report: (progress: ExportProgress) => void },
): Promise<ArrayBuffer> {
  const { signal, report } = hooks;
  const journey: Journey = context.journey;
  const deckSettings: ImageSettings = {
    ...settings,
    format: "png",
    size: "slide1080",
    background: settings.background === "transparent" ? "white" : settings.background,
  };
  const total = journey.stages.length + 2;
  let done = 0;
  const step = async (render: () => Promise<Blob>) => {
    signal.throwIfAborted();
    report({
      label: t("export.progress.image", { number: done + 1, count: total - 1 }),
      done,
      total,
    });
    await yieldToBrowser();
    const dataUrl = await blobToDataUrl(await render());
    done++;
    return dataUrl;
  };
  const mapPng = await step(() =>
    imageBlob(
      context,
      posterTargets(journey, { ...deckSettings, scope: "journey", personaHeader: false })[0]!,
      "slide2160",
      "png",
    ),
  );
  const stagePngs: string[] = [];
  for (const target of posterTargets(journey, {
    ...deckSettings,
    scope: "eachStage",
    personaHeader: false,
  }))
    stagePngs.push(await step(() => imageBlob(context, target, "slide1080", "png")));
  const avatarPng = context.persona ? await avatarImage(context) : null;
  signal.throwIfAborted();
  report({ label: t("export.progress.deck"), done, total });
  await yieldToBrowser();
  return buildDeck({
    journey: withLibraryMetrics(journey),
    persona: context.persona
      ? {
          ...context.persona,
          needs: persona?.needs ?? [],
          frustrations: persona?.frustrations ?? [],
        }
      : null,
    avatarPng,
    mapPng,
    stagePngs,
  });
}

/** The persona's avatar alone, as a square PNG for the deck's title slide. */
async function avatarImage(context: ExportContext): Promise<string | null> {
  if (!context.persona) return null;
  const size = 256;
  const body = renderAvatar(context.persona, size / 2, size / 2, size / 2 - 4, paletteFor("white"));
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">` +
    `<defs><style>${styleSheet(context.fontCss)}</style></defs>${body}</svg>`;
  const blob = await rasterize(svg, { pixelWidth: size, pixelHeight: size }, "image/png");
  return blobToDataUrl(blob);
}
