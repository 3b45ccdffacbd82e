import type { Id, Journey, Persona } from "../domain";
import { t } from "../i18n";
import { exportFileName } from "./file-names";
import { loadExportFonts } from "./fonts";
import type { PosterOptions } from "./geometry";
import type { ImageFormat, SizeChoice } from "./image-plan";
import type { PosterPlan } from "./poster-plan";
import { canvasMeasurer } from "./measure";
import type { BackgroundChoice } from "./palette";
import { posterPersona, type PosterPersona } from "./persona";
import { renderPoster, type RenderedPoster } from "./poster-svg";
import { rasterize, yieldToBrowser } from "./raster";
import type { MeasureText } from "./text-style";

/** What the Export dialog asks for. */
export type ScopeChoice = "journey" | "stage" | "eachStage";

export interface ImageSettings {
  format: ImageFormat;
  size: SizeChoice;
  scope: ScopeChoice;
  stageId: Id | null;
  background: BackgroundChoice;
  personaHeader: boolean;
  legend: boolean;
  emotionCurve: boolean;
  /** Comment counts on the cards: off unless asked for (comments are the team's working notes). */
  comments: boolean;
}

export interface PosterTarget {
  options: PosterOptions;
  /** For a stage image: its number (from 1) and name, for the file name. */
  stage?: { number: number; name: string };
}

/** The images the settings ask for: the journey, one stage, or one per stage. */
export function posterTargets(journey: Journey, settings: ImageSettings): PosterTarget[] {
  const base = {
    personaHeader: settings.personaHeader,
    legend: settings.legend,
    emotionCurve: settings.emotionCurve,
    background: settings.background,
    comments: settings.comments,
  };
  const stageTarget = (index: number): PosterTarget => {
    const stage = journey.stages[index]!;
    return {
      options: { ...base, scope: { kind: "stage", stageId: stage.id } },
      stage: { number: index + 1, name: stage.name },
    };
  };
  if (settings.scope === "eachStage") return journey.stages.map((_, i) => stageTarget(i));
  if (settings.scope === "stage") {
    const index = Math.max(
      0,
      journey.stages.findIndex((s) => s.id === settings.stageId),
    );
    return [stageTarget(index)];
  }
  return [{ options: { ...base, scope: { kind: "journey" } } }];
}

/** Every text an export may draw, to choose which font subsets to embed. */
export function exportText(journey: Journey, persona: PosterPersona | null): string {
  const parts: string[] = [journey.title, journey.scenario];
  for (const stage of journey.stages) parts.push(stage.name, stage.description);
  for (const lane of journey.lanes) parts.push(lane.name);
  for (const element of Object.values(journey.elements)) {
    parts.push(element.title);
    if (element.channel?.kind === "custom") parts.push(element.channel.name);
    if (element.owner?.kind === "custom") parts.push(element.owner.name);
  }
  if (persona) parts.push(persona.name, persona.role, persona.quote, ...persona.goals);
  if (persona?.avatar.kind === "initials") parts.push(persona.avatar.initials);
  // Interface words drawn in the image (kind names, the legend), in the current language.
  parts.push(
    t("export.legend.satisfaction"),
    t("export.legend.painPoints"),
    t("export.legend.votes"),
    t("kind.touchpoint"),
  );
  return parts.join(" ");
}

export interface ExportContext {
  journey: Journey;
  persona: PosterPersona | null;
  measure: MeasureText;
  fontCss: string;
}

let measurer: MeasureText | null = null;

/** Loads the fonts the journey needs and the persona's picture: what every image export needs. */
export async function prepareExport(
  journey: Journey,
  persona: Persona | undefined,
): Promise<ExportContext> {
  const poster = await posterPersona(persona);
  const fontCss = await loadExportFonts(exportText(journey, poster));
  measurer ??= canvasMeasurer();
  return { journey, persona: poster, measure: measurer, fontCss };
}

const contexts = new WeakMap<
  Journey,
  { persona: Persona | undefined; promise: Promise<ExportContext> }
>();

/**
 * The export context of a journey, prepared once per version of it (journeys are immutable, so
 * a changed journey is a new key). A failed preparation is forgotten, so the next try runs again.
 */
export function exportContext(
  journey: Journey,
  persona: Persona | undefined,
): Promise<ExportContext> {
  const cached = contexts.get(journey);
  if (cached && cached.persona === persona) return cached.promise;
  const promise = prepareExport(journey, persona);
  contexts.set(journey, { persona, promise });
  promise.catch(() => {
    if (contexts.get(journey)?.promise === promise) contexts.delete(journey);
  });
  return promise;
}

export function renderTarget(
  context: ExportContext,
  target: PosterTarget,
  size: SizeChoice,
  options: { pixelSize: boolean; plan?: PosterPlan; cards?: "full" | "outline" },
): RenderedPoster {
  return renderPoster({
    cards: options.cards ?? "full",
    journey: context.journey,
    persona: context.persona,
    options: target.options,
    size,
    measure: context.measure,
    fontCss: context.fontCss,
    pixelSize: options.pixelSize,
    ...(options.plan ? { plan: options.plan } : {}),
  });
}

/** One image as a file's bytes: the SVG itself, or the SVG drawn onto a canvas and encoded. */
export async function imageBlob(
  context: ExportContext,
  target: PosterTarget,
  size: SizeChoice,
  format: ImageFormat,
): Promise<Blob> {
  if (format === "svg") {
    const { svg } = renderTarget(context, target, size, { pixelSize: false });
    return new Blob([svg], { type: "image/svg+xml;charset=utf-8" });
  }
  const { svg, plan } = renderTarget(context, target, size, { pixelSize: true });
  await yieldToBrowser();
  return rasterize(svg, plan.image, format === "png" ? "image/png" : "image/jpeg");
}

export interface ExportProgress {
  label: string;
  done: number;
  total: number;
}

export interface ExportedFile {
  blob: Blob;
  fileName: string;
}

const EXTENSIONS: Record<ImageFormat, string> = { png: "png", jpeg: "jpg", svg: "svg" };

/**
 * Every image the settings ask for, one after another, yielding to the browser between them and
 * stopping when `signal` aborts.
 */
export async function exportImages(
  context: ExportContext,
  settings: ImageSettings,
  hooks: { onProgress?: (progress: ExportProgress) => void; signal?: AbortSignal; date: Date },
): Promise<ExportedFile[]> {
  const targets = posterTargets(context.journey, settings);
  const files: ExportedFile[] = [];
  for (const [i, target] of targets.entries()) {
    hooks.signal?.throwIfAborted();
    hooks.onProgress?.({
      label: t("export.progress.image", { number: i + 1, count: targets.length }),
      done: i,
      total: targets.length,
    });
    await yieldToBrowser();
    const blob = await imageBlob(context, target, settings.size, settings.format);
    files.push({
      blob,
      fileName: exportFileName(
        context.journey.title,
        hooks.date,
        EXTENSIONS[settings.format],
        target.stage,
      ),
    });
  }
  hooks.onProgress?.({ label: "", done: targets.length, total: targets.length });
  return files;
}
