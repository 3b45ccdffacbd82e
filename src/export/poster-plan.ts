import {
  cellKey,
  elementsByCell,
  layoutJourney,
  type Id,
  type Journey,
  type JourneyLayout,
  type LayoutOptions,
} from "../domain";
import { directionOf, getLocale } from "../i18n";
import {
  POSTER,
  posterGeometry,
  posterJourney,
  type Box,
  type PosterGeometry,
  type PosterOptions,
} from "./geometry";
import { SLIDE_SIZES, planImage, type ImagePlan, type SizeChoice } from "./image-plan";

/**
 * Everything about one exported image except its drawing: which journey the poster draws (the
 * scope, stages spread over more columns, lanes split into panels), where it goes, and the image.
 */

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
export function splitLanes(
  journey: Journey,
  parts: 1 | 2,
  cells?: LayoutOptions["cells"],
): Journey[] {
  if (parts === 1 || journey.lanes.length < 2) return [journey];
  const heights = layoutJourney(journey, { cells, sizeOnly: true }).lanes.map(
    (lane) => lane.height,
  );
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
  // The cards by cell, once: every candidate below lays out the same cards.
  const cells = elementsByCell(subject);
  // Exports speak the chosen language, and run its way.
  const direction = directionOf(getLocale());
  // The legend explains votes when a card the image shows has some (collapsed lanes show none).
  const shownLanes = new Set(
    subject.lanes.filter((l) => !l.collapsed && l.kind !== "emotionCurve").map((l) => l.id),
  );
  const votes = Object.values(subject.elements).some(
    (e) => e.votes > 0 && shownLanes.has(e.laneId),
  );
  /** A candidate; `sizeOnly` while searching (its scale is all that is compared). */
  const build = (columns: readonly number[] | null, parts: 1 | 2, sizeOnly = false): PosterPlan => {
    const spread = columns
      ? { ...subject, stages: subject.stages.map((s, i) => ({ ...s, columns: columns[i]! })) }
      : subject;
    const pieces = splitLanes(spread, parts, cells);
    const layouts = pieces.map((piece) => layoutJourney(piece, { direction, cells, sizeOnly }));
    const geometry = posterGeometry(
      layouts,
      { ...options, votes },
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
  if (size === "fit") return build(null, 1);
  const natural = build(null, 1, true);
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
    const candidate = build(columns, parts, true);
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
      const scale = build(columns, bestParts, true).image.scale;
      if (scale > pickScale + 1e-9) {
        pick = columns;
        pickScale = scale;
      }
    }
    if (pick) improved = consider(pick, bestParts);
  }
  // The chosen candidate, with its cards laid out.
  return build(best === natural ? null : bestColumns, bestParts);
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
