import type { Id, Journey, JourneyLayout } from "../domain";
import type { BackgroundChoice } from "./palette";

/**
 * Where the parts of a poster go (header, map, legend), in poster units (the canvas's own
 * pixels), as pure functions of the journey's layout and the options. How the poster then fits
 * a slide is `image-plan.ts`; how a journey is spread over a slide's columns is `poster-plan.ts`.
 */

export type Scope = { kind: "journey" } | { kind: "stage"; stageId: Id };

export interface PosterOptions {
  scope: Scope;
  personaHeader: boolean;
  legend: boolean;
  emotionCurve: boolean;
  background: BackgroundChoice;
  /** How many comments each card has under discussion (off unless asked for). */
  comments?: boolean;
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
  // Only when a card on the poster has votes.
  { id: "votes", width: 130 },
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
  const lanes = options.emotionCurve
    ? journey.lanes
    : journey.lanes.filter((lane) => lane.kind !== "emotionCurve");
  if (options.scope.kind !== "stage") return { ...journey, lanes };
  const { stageId } = options.scope;
  const stage = journey.stages.find((s) => s.id === stageId);
  if (!stage) throw new Error(`No stage ${stageId}`);
  // Only that stage's cards and the arrows among them: planning and drawing one stage's image
  // then costs what the stage holds, not what the whole journey holds.
  const elements = Object.fromEntries(
    Object.entries(journey.elements).filter(([, element]) => element.stageId === stageId),
  );
  const links = Object.fromEntries(
    Object.entries(journey.links).filter(([, link]) => elements[link.from] && elements[link.to]),
  );
  return { ...journey, stages: [stage], lanes, elements, links };
}

function legendLayout(
  x: number,
  y: number,
  width: number,
  votes: boolean,
): PosterGeometry["legend"] {
  const { legendPadding, legendRowHeight } = POSTER;
  const items: LegendItem[] = [];
  let left = 0;
  let row = 0;
  const room = width - legendPadding * 2;
  for (const entry of LEGEND_ENTRIES) {
    if (entry.id === "votes" && !votes) continue;
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

/**
 * `options.votes` says whether a card on the poster has votes: the legend then explains their
 * mark too.
 */
export function posterGeometry(
  layouts: readonly JourneyLayout[],
  options: Pick<PosterOptions, "personaHeader" | "legend"> & { votes?: boolean },
  hasPersona = true,
  aspect?: number,
): PosterGeometry {
  const mapWidth =
    layouts.reduce((sum, layout) => sum + layout.width, 0) + POSTER.panelGap * (layouts.length - 1);
  const persona = options.personaHeader && hasPersona;
  const legend = options.legend ? { votes: options.votes ?? false } : null;
  const frame = (contentWidth: number) =>
    posterFrame(layouts, mapWidth, contentWidth, persona, legend);
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
  withLegend: { votes: boolean } | null,
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
    ? legendLayout(margin, map.y + map.height + legendGap, contentWidth, withLegend.votes)
    : null;
  const bottom = legend ? legend.y + legend.height : map.y + map.height;
  return { width: contentWidth + margin * 2, height: bottom + margin, header, map, panels, legend };
}
