import { cellKey, layoutJourney, type Id, type Journey, type JourneyLayout } from "../domain";
import type { BackgroundChoice } from "./palette";
import { TEXT } from "./text-style";

/**
 * Where everything of an exported image goes, as pure functions of the journey and the options:
 * the poster (header, map, legend) in poster units (the canvas's own pixels), then how the
 * poster fits the output (a 16:9 slide or its own size), the pixel ratio and the readability.
 * The e2e tests use these same functions to find a card in a downloaded PNG.
 */

export const IMAGE_FORMATS = ["png", "jpeg", "svg"] as const;
export type ImageFormat = (typeof IMAGE_FORMATS)[number];

export const SIZES = ["slide1080", "slide2160", "fit"] as const;
export type SizeChoice = (typeof SIZES)[number];

export const SLIDE_SIZES: Record<Exclude<SizeChoice, "fit">, { width: number; height: number }> = {
  slide1080: { width: 1920, height: 1080 },
  slide2160: { width: 3840, height: 2160 },
};

/** Safari draws no canvas over 16,777,216 pixels (4096 x 4096); neither do we. */
export const MAX_CANVAS_PIXELS = 16_777_216;
/** Longest canvas side browsers agree on. */
export const MAX_CANVAS_SIDE = 16_384;
/** Pixel ratio of an image "fitted to content": twice the canvas's own size, crisp on any screen. */
export const FIT_PIXEL_RATIO = 2;
/** Card titles smaller than this many output pixels are too small to read on a slide. */
export const MIN_READABLE_TITLE_PX = 9;

export type Scope = { kind: "journey" } | { kind: "stage"; stageId: Id };

export interface PosterOptions {
  scope: Scope;
  personaHeader: boolean;
  legend: boolean;
  emotionCurve: boolean;
  background: BackgroundChoice;
}

export const POSTER = {
  margin: 40,
  /** A poster is never narrower than this, so the header has room beside a single stage. */
  minContentWidth: 1000,
  titleBarHeight: 84,
  personaHeaderHeight: 150,
  headerGap: 24,
  legendGap: 24,
  /** Space between the two panels of a split stage. */
  panelGap: 40,
  legendPadding: 12,
  legendRowHeight: 30,
  /** Columns a single stage may spread over when it has a slide to itself. */
  maxStageColumns: 4,
} as const;

/** Legend entries, in order, and their width in poster units. */
export const LEGEND_ENTRIES = [
  { id: "touchpoint", width: 190 },
  { id: "channel", width: 190 },
  { id: "frictionPoint", width: 190 },
  { id: "momentOfDelight", width: 190 },
  { id: "customerAction", width: 190 },
  { id: "thought", width: 190 },
  { id: "opportunity", width: 190 },
  { id: "note", width: 190 },
  { id: "satisfaction", width: 240 },
  { id: "severity", width: 330 },
] as const;
export type LegendEntryId = (typeof LEGEND_ENTRIES)[number]["id"];

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LegendItem extends Box {
  id: LegendEntryId;
}

export interface PosterGeometry {
  width: number;
  height: number;
  header: Box & { persona: boolean };
  /** The map: one panel, or for a stage on a slide maybe two side by side (lanes split between them). */
  map: Box;
  /** Each panel's origin in the poster; a panel's own coordinates come from `layoutJourney`. */
  panels: { x: number; y: number }[];
  legend: (Box & { items: LegendItem[] }) | null;
}

/**
 * The journey as the poster draws it: one stage when the scope is a stage (spread over more
 * columns when that suits the target better), and without the emotion curve lane when it is off.
 */
export function posterJourney(journey: Journey, options: PosterOptions): Journey {
  let stages = journey.stages;
  if (options.scope.kind === "stage") {
    const { stageId } = options.scope;
    const stage = journey.stages.find((s) => s.id === stageId);
    if (!stage) throw new Error(`No stage ${stageId}`);
    stages = [stage];
  }
  const lanes = options.emotionCurve
    ? journey.lanes
    : journey.lanes.filter((lane) => lane.kind !== "emotionCurve");
  return { ...journey, stages, lanes };
}

function legendLayout(x: number, y: number, width: number): PosterGeometry["legend"] {
  const { legendPadding, legendRowHeight } = POSTER;
  const items: LegendItem[] = [];
  let left = 0;
  let row = 0;
  const room = width - legendPadding * 2;
  for (const entry of LEGEND_ENTRIES) {
    if (left > 0 && left + entry.width > room) {
      row++;
      left = 0;
    }
    items.push({
      id: entry.id,
      x: x + legendPadding + left,
      y: y + legendPadding + row * legendRowHeight,
      width: entry.width,
      height: legendRowHeight,
    });
    left += entry.width;
  }
  const height = legendPadding * 2 + (row + 1) * legendRowHeight;
  return { x, y, width, height, items };
}

export function posterGeometry(
  layouts: readonly JourneyLayout[],
  options: Pick<PosterOptions, "personaHeader" | "legend">,
  hasPersona = true,
  aspect?: number,
): PosterGeometry {
  const mapWidth =
    layouts.reduce((sum, layout) => sum + layout.width, 0) + POSTER.panelGap * (layouts.length - 1);
  const persona = options.personaHeader && hasPersona;
  const frame = (contentWidth: number) =>
    posterFrame(layouts, mapWidth, contentWidth, persona, options.legend);
  const narrow = frame(Math.max(mapWidth, POSTER.minContentWidth));
  if (!aspect) return narrow;
  // A poster narrower than its target costs nothing to widen: header and legend get the room.
  const wide = Math.round(narrow.height * aspect) - POSTER.margin * 2;
  return wide > narrow.header.width ? frame(wide) : narrow;
}

function posterFrame(
  layouts: readonly JourneyLayout[],
  mapWidth: number,
  contentWidth: number,
  persona: boolean,
  withLegend: boolean,
): PosterGeometry {
  const { margin, headerGap, legendGap, panelGap } = POSTER;
  const mapHeight = Math.max(...layouts.map((layout) => layout.height));
  const headerHeight = persona ? POSTER.personaHeaderHeight : POSTER.titleBarHeight;
  const header = { x: margin, y: margin, width: contentWidth, height: headerHeight, persona };
  const map = {
    x: margin + Math.round((contentWidth - mapWidth) / 2),
    y: margin + headerHeight + headerGap,
    width: mapWidth,
    height: mapHeight,
  };
  const panels: { x: number; y: number }[] = [];
  let x = map.x;
  for (const layout of layouts) {
    panels.push({ x, y: map.y });
    x += layout.width + panelGap;
  }
  const legend = withLegend
    ? legendLayout(margin, map.y + map.height + legendGap, contentWidth)
    : null;
  const bottom = legend ? legend.y + legend.height : map.y + map.height;
  return { width: contentWidth + margin * 2, height: bottom + margin, header, map, panels, legend };
}

export interface ImagePlan {
  /** Size of the image in output units (what the SVG declares, and the slide's size). */
  width: number;
  height: number;
  /** Output pixels per output unit (1 for slides; 2 or less for "fitted to content"). */
  pixelRatio: number;
  pixelWidth: number;
  pixelHeight: number;
  /** Poster units to output units, and where the poster's origin lands. */
  scale: number;
  offsetX: number;
  offsetY: number;
  /** The pixel ratio was lowered to stay within MAX_CANVAS_PIXELS (or MAX_CANVAS_SIDE). */
  capped: boolean;
  requestedPixelRatio: number;
  /** Height of a card title's font in output pixels, and whether that is readable. */
  titlePx: number;
  readable: boolean;
}

/** The largest pixel ratio at most `wanted` that keeps a width x height image within the caps. */
export function cappedPixelRatio(width: number, height: number, wanted: number): number {
  const byArea = Math.sqrt(MAX_CANVAS_PIXELS / (width * height));
  const bySide = MAX_CANVAS_SIDE / Math.max(width, height);
  const limit = Math.min(byArea, bySide);
  if (wanted <= limit) return wanted;
  // Two decimals, rounded down, then nudged down until the rounded pixel size fits.
  let ratio = Math.floor(limit * 100) / 100;
  while (
    ratio > 0.01 &&
    (Math.ceil(width * ratio) * Math.ceil(height * ratio) > MAX_CANVAS_PIXELS ||
      Math.ceil(Math.max(width, height) * ratio) > MAX_CANVAS_SIDE)
  )
    ratio = Math.round((ratio - 0.01) * 100) / 100;
  return ratio;
}

/**
 * How a poster fits the output. A slide keeps its exact size and the poster is scaled to fit
 * inside it, centred, never cropped; "fitted to content" is the poster's own size times the pixel
 * ratio, lowered when the canvas would pass the pixel cap.
 */
export function planImage(
  poster: { width: number; height: number },
  size: SizeChoice,
  pixelRatio = FIT_PIXEL_RATIO,
): ImagePlan {
  if (size === "fit") {
    const width = Math.ceil(poster.width);
    const height = Math.ceil(poster.height);
    const ratio = cappedPixelRatio(width, height, pixelRatio);
    const titlePx = TEXT.cardTitle.size * ratio;
    return {
      width,
      height,
      pixelRatio: ratio,
      pixelWidth: Math.ceil(width * ratio),
      pixelHeight: Math.ceil(height * ratio),
      scale: 1,
      offsetX: 0,
      offsetY: 0,
      capped: ratio < pixelRatio,
      requestedPixelRatio: pixelRatio,
      titlePx,
      readable: titlePx >= MIN_READABLE_TITLE_PX,
    };
  }
  const slide = SLIDE_SIZES[size];
  const ratio = cappedPixelRatio(slide.width, slide.height, 1);
  const scale = Math.min(slide.width / poster.width, slide.height / poster.height);
  const titlePx = TEXT.cardTitle.size * scale * ratio;
  return {
    width: slide.width,
    height: slide.height,
    pixelRatio: ratio,
    pixelWidth: Math.round(slide.width * ratio),
    pixelHeight: Math.round(slide.height * ratio),
    scale,
    offsetX: (slide.width - poster.width * scale) / 2,
    offsetY: (slide.height - poster.height * scale) / 2,
    capped: ratio < 1,
    requestedPixelRatio: 1,
    titlePx,
    readable: titlePx >= MIN_READABLE_TITLE_PX,
  };
}

/** One panel of the map: the journey it draws (some of the lanes) and its layout. */
export interface MapPanel {
  journey: Journey;
  layout: JourneyLayout;
  x: number;
  y: number;
}

export interface PosterPlan {
  /** The journey as the poster draws it (scope, columns, lanes), before any split into panels. */
  journey: Journey;
  panels: MapPanel[];
  geometry: PosterGeometry;
  image: ImagePlan;
}

/** Splits the lanes into `parts` consecutive groups of about equal height. */
export function splitLanes(journey: Journey, parts: 1 | 2): Journey[] {
  if (parts === 1 || journey.lanes.length < 2) return [journey];
  const heights = layoutJourney(journey).lanes.map((lane) => lane.height);
  const total = heights.reduce((a, b) => a + b, 0);
  let best = 1;
  let bestTaller = Infinity;
  let above = 0;
  for (let k = 1; k < heights.length; k++) {
    above += heights[k - 1]!;
    const taller = Math.max(above, total - above);
    if (taller < bestTaller) {
      bestTaller = taller;
      best = k;
    }
  }
  return [
    { ...journey, lanes: journey.lanes.slice(0, best) },
    { ...journey, lanes: journey.lanes.slice(best) },
  ];
}

/**
 * Everything about one exported image except its drawing. On a slide, stages whose cells stack
 * many cards are spread over more columns (up to four, as if the person had widened them), and a
 * single stage may split its lanes into two panels side by side, whenever that makes the cards
 * larger: a tall map then uses the slide's width instead of shrinking. "Fitted to content" keeps
 * the editor's own layout.
 */
export function planPoster(
  journey: Journey,
  options: PosterOptions,
  size: SizeChoice,
  hasPersona = true,
): PosterPlan {
  const subject = posterJourney(journey, options);
  const build = (columns: readonly number[] | null, parts: 1 | 2): PosterPlan => {
    const spread = columns
      ? { ...subject, stages: subject.stages.map((s, i) => ({ ...s, columns: columns[i]! })) }
      : subject;
    const pieces = splitLanes(spread, parts);
    const layouts = pieces.map((piece) => layoutJourney(piece));
    const geometry = posterGeometry(
      layouts,
      options,
      hasPersona,
      size === "fit" ? undefined : SLIDE_SIZES[size].width / SLIDE_SIZES[size].height,
    );
    const panels = pieces.map((piece, i) => ({
      journey: piece,
      layout: layouts[i]!,
      ...geometry.panels[i]!,
    }));
    return { journey: spread, panels, geometry, image: planImage(geometry, size) };
  };
  const natural = build(null, 1);
  if (size === "fit") return natural;
  // The most cards any one cell of each stage holds.
  const layout = natural.panels[0]!.layout;
  const cardLanes = layout.lanes
    .filter((l) => !l.collapsed && l.kind !== "emotionCurve")
    .map((l) => l.id);
  const deepest = subject.stages.map((stage) =>
    Math.max(
      0,
      ...cardLanes.map((laneId) => layout.cellCounts.get(cellKey(stage.id, laneId)) ?? 0),
    ),
  );
  const tallest = Math.max(
    1,
    ...subject.stages.map((s, i) => Math.ceil(deepest[i]! / Math.max(1, s.columns))),
  );
  const splits: (1 | 2)[] = options.scope.kind === "stage" ? [1, 2] : [1];
  // Try "no cell deeper than R rows" for every R (and a split stage), and keep the largest cards.
  let best = natural;
  let bestColumns = subject.stages.map((s) => s.columns);
  let bestParts: 1 | 2 = 1;
  const consider = (columns: number[], parts: 1 | 2): boolean => {
    const candidate = build(columns, parts);
    if (candidate.image.scale <= best.image.scale + 1e-9) return false;
    best = candidate;
    bestColumns = columns;
    bestParts = parts;
    return true;
  };
  for (let rows = tallest; rows >= 1; rows--) {
    const columns = subject.stages.map((s, i) =>
      Math.min(POSTER.maxStageColumns, Math.max(s.columns, Math.ceil(deepest[i]! / rows))),
    );
    for (const parts of splits) consider(columns, parts);
  }
  // Then widen one stage at a time while that still helps (a bounded number of tries).
  let budget = 240;
  for (let improved = true; improved && budget > 0;) {
    improved = false;
    const start = bestColumns;
    let pick: number[] | null = null;
    let pickScale = best.image.scale;
    for (let i = 0; i < start.length && budget > 0; i++) {
      if (start[i]! >= POSTER.maxStageColumns || start[i]! >= deepest[i]!) continue;
      budget--;
      const columns = start.map((c, j) => (j === i ? c + 1 : c));
      const scale = build(columns, bestParts).image.scale;
      if (scale > pickScale + 1e-9) {
        pick = columns;
        pickScale = scale;
      }
    }
    if (pick) improved = consider(pick, bestParts);
  }
  return best;
}

/** A card's box in poster units, or null when the poster does not show it. */
export function cardOnPoster(plan: PosterPlan, cardId: Id): Box | null {
  for (const panel of plan.panels) {
    const box = panel.layout.cards.get(cardId);
    if (box)
      return { x: panel.x + box.x, y: panel.y + box.y, width: box.width, height: box.height };
  }
  return null;
}

/** A box in poster units as output pixels. */
export function posterToPixels(image: ImagePlan, box: Box): Box {
  const k = image.scale * image.pixelRatio;
  return {
    x: (image.offsetX + box.x * image.scale) * image.pixelRatio,
    y: (image.offsetY + box.y * image.scale) * image.pixelRatio,
    width: box.width * k,
    height: box.height * k,
  };
}
