import { elementsByCell, cellKey } from "./cells";
import type { Id, Journey, JourneyElement, LaneKind } from "./types";

/**
 * Geometry of a journey map, derived from stages, lanes and card order alone. The canvas and the
 * image export both draw from it, so the map is always tidy and exports line up with the editor.
 */
export const LAYOUT = {
  laneHeaderWidth: 184,
  stageHeaderHeight: 64,
  cardWidth: 224,
  cardHeight: 120,
  cardGap: 12,
  cellPadding: 12,
  collapsedLaneHeight: 44,
  emotionLaneHeight: 208,
  emotionLanePadding: 28,
} as const;

export interface StageBox {
  id: Id;
  index: number;
  x: number;
  width: number;
  columns: number;
}

export interface LaneBox {
  id: Id;
  index: number;
  kind: LaneKind;
  collapsed: boolean;
  y: number;
  height: number;
}

export interface CardBox {
  id: Id;
  stageId: Id;
  laneId: Id;
  /** Position in its cell. */
  index: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export type MapDirection = "ltr" | "rtl";

export interface JourneyLayout {
  width: number;
  height: number;
  /**
   * Which way the journey runs. Right to left (Persian) puts the first stage at the right, lane
   * names on the right edge and each cell's first card at its right; every x here is already
   * mirrored, so whatever draws from the layout (canvas, arrows, curve, exports) mirrors with it.
   */
  direction: MapDirection;
  /** Where the lane names sit: the left edge, or the right edge of a right-to-left map. */
  laneHeaderX: number;
  stages: StageBox[];
  lanes: LaneBox[];
  /** Cards in visible lanes; cards of collapsed lanes are counted in `hiddenByLane`. */
  cards: Map<Id, CardBox>;
  hiddenByLane: Map<Id, number>;
  /** Number of cards per cell, keyed `${stageId}/${laneId}`. */
  cellCounts: Map<string, number>;
}

export function stageWidth(columns: number): number {
  const { cardWidth, cardGap, cellPadding } = LAYOUT;
  return cellPadding * 2 + columns * cardWidth + (columns - 1) * cardGap;
}

function rowsHeight(rows: number): number {
  const { cardHeight, cardGap, cellPadding } = LAYOUT;
  return cellPadding * 2 + rows * cardHeight + (rows - 1) * cardGap;
}

export interface LayoutOptions {
  /** Room for cards not yet made (a card being typed into a cell), keyed `${stageId}/${laneId}`. */
  extraSlots?: ReadonlyMap<string, number>;
  direction?: MapDirection;
  /**
   * The journey's cards by cell, when the caller lays out the same cards many times (an export
   * trying column counts): grouping and sorting them is most of a layout's cost.
   */
  cells?: ReadonlyMap<string, readonly JourneyElement[]>;
  /** Only the sizes (stages, lanes, width, height): no card boxes. */
  sizeOnly?: boolean;
}

export function layoutJourney(journey: Journey, options: LayoutOptions = {}): JourneyLayout {
  const cells = options.cells ?? elementsByCell(journey);
  const stages: StageBox[] = [];
  let x = LAYOUT.laneHeaderWidth;
  journey.stages.forEach((stage, index) => {
    const columns = Math.max(1, stage.columns);
    const width = stageWidth(columns);
    stages.push({ id: stage.id, index, x, width, columns });
    x += width;
  });

  const lanes: LaneBox[] = [];
  const cards = new Map<Id, CardBox>();
  const hiddenByLane = new Map<Id, number>();
  const cellCounts = new Map<string, number>();
  let y = LAYOUT.stageHeaderHeight;
  journey.lanes.forEach((lane, index) => {
    let rows = 1;
    let hidden = 0;
    for (const stage of stages) {
      const count = cells.get(cellKey(stage.id, lane.id))?.length ?? 0;
      cellCounts.set(cellKey(stage.id, lane.id), count);
      const slots = count + (options.extraSlots?.get(cellKey(stage.id, lane.id)) ?? 0);
      rows = Math.max(rows, Math.ceil(slots / stage.columns));
      hidden += count;
    }
    let height: number;
    if (lane.collapsed) height = LAYOUT.collapsedLaneHeight;
    else if (lane.kind === "emotionCurve") height = LAYOUT.emotionLaneHeight;
    else height = rowsHeight(rows);
    lanes.push({ id: lane.id, index, kind: lane.kind, collapsed: lane.collapsed, y, height });
    if (lane.collapsed || lane.kind === "emotionCurve") {
      if (hidden) hiddenByLane.set(lane.id, hidden);
    } else if (!options.sizeOnly) {
      for (const stage of stages) {
        const list = cells.get(cellKey(stage.id, lane.id));
        if (!list) continue;
        list.forEach((element, i) => {
          const col = i % stage.columns;
          const row = Math.floor(i / stage.columns);
          cards.set(element.id, {
            id: element.id,
            stageId: stage.id,
            laneId: lane.id,
            index: i,
            x: stage.x + LAYOUT.cellPadding + col * (LAYOUT.cardWidth + LAYOUT.cardGap),
            y: y + LAYOUT.cellPadding + row * (LAYOUT.cardHeight + LAYOUT.cardGap),
            width: LAYOUT.cardWidth,
            height: LAYOUT.cardHeight,
          });
        });
      }
    }
    y += height;
  });
  const width = x;
  const direction = options.direction ?? "ltr";
  if (direction === "rtl") {
    for (const stage of stages) stage.x = width - stage.x - stage.width;
    for (const card of cards.values()) card.x = width - card.x - card.width;
  }
  const laneHeaderX = direction === "rtl" ? width - LAYOUT.laneHeaderWidth : 0;
  return {
    width,
    height: y,
    direction,
    laneHeaderX,
    stages,
    lanes,
    cards,
    hiddenByLane,
    cellCounts,
  };
}

/** The span of the map the stages take (all but the lane names), left edge and width. */
export function stagesSpan(layout: JourneyLayout): { x: number; width: number } {
  const width = layout.width - LAYOUT.laneHeaderWidth;
  return { x: layout.direction === "rtl" ? 0 : LAYOUT.laneHeaderWidth, width };
}

export interface CellHit {
  stageId: Id;
  laneId: Id;
  /** Where a dropped card would go in the cell. */
  index: number;
}

/**
 * The cell under a point of the map, and the insertion index there. Collapsed lanes and the
 * emotion curve lane are not drop targets.
 */
export function hitTestCell(layout: JourneyLayout, px: number, py: number): CellHit | null {
  const stage = layout.stages.find((s) => px >= s.x && px < s.x + s.width);
  const lane = layout.lanes.find((l) => py >= l.y && py < l.y + l.height);
  if (!stage || !lane || lane.collapsed || lane.kind === "emotionCurve") return null;
  const count = layout.cellCounts.get(cellKey(stage.id, lane.id)) ?? 0;
  const { cardWidth, cardHeight, cardGap, cellPadding } = LAYOUT;
  // Measured from where the cell's reading starts: its right edge in a right-to-left map.
  const localX =
    layout.direction === "rtl"
      ? stage.x + stage.width - px - cellPadding
      : px - stage.x - cellPadding;
  const localY = py - lane.y - cellPadding;
  const col = Math.max(0, Math.min(stage.columns - 1, Math.floor(localX / (cardWidth + cardGap))));
  const row = Math.max(0, Math.floor(localY / (cardHeight + cardGap)));
  const inLaterHalf = localX - col * (cardWidth + cardGap) > cardWidth / 2;
  const inLowerHalf = localY - row * (cardHeight + cardGap) > cardHeight / 2;
  // One column stacks vertically, so the vertical half decides; wider cells read along the line.
  const after = stage.columns === 1 ? inLowerHalf : inLaterHalf;
  const index = Math.min(count, row * stage.columns + col + (after ? 1 : 0));
  return { stageId: stage.id, laneId: lane.id, index };
}

export function stageBox(layout: JourneyLayout, stageId: Id): StageBox | undefined {
  return layout.stages.find((s) => s.id === stageId);
}

export function laneBox(layout: JourneyLayout, laneId: Id): LaneBox | undefined {
  return layout.lanes.find((l) => l.id === laneId);
}

/** Where the card at `index` of a cell sits (also for slots past the last card). */
export function slotRect(
  layout: JourneyLayout,
  stageId: Id,
  laneId: Id,
  index: number,
): { x: number; y: number; width: number; height: number } | null {
  const stage = layout.stages.find((s) => s.id === stageId);
  const lane = layout.lanes.find((l) => l.id === laneId);
  if (!stage || !lane) return null;
  const col = index % stage.columns;
  const row = Math.floor(index / stage.columns);
  const fromStart = LAYOUT.cellPadding + col * (LAYOUT.cardWidth + LAYOUT.cardGap);
  return {
    x:
      layout.direction === "rtl"
        ? stage.x + stage.width - fromStart - LAYOUT.cardWidth
        : stage.x + fromStart,
    y: lane.y + LAYOUT.cellPadding + row * (LAYOUT.cardHeight + LAYOUT.cardGap),
    width: LAYOUT.cardWidth,
    height: LAYOUT.cardHeight,
  };
}
