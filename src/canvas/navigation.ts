import { cellElements, type CellTarget, type Id, type Journey, type Lane } from "../domain";
import type { CellRef, FocusTarget } from "../store";

/**
 * Keyboard movement over the map, as pure functions of the journey. Focus steps through cells
 * and the cards inside them; Alt+arrows move the focused card. Collapsed lanes and the emotion
 * curve lane hold no cards and are stepped over.
 */

export type Direction = "up" | "down" | "before" | "after";

function cardLanes(journey: Journey): Lane[] {
  return journey.lanes.filter((l) => l.kind !== "emotionCurve" && !l.collapsed);
}

function cardsIn(journey: Journey, cell: CellRef): Id[] {
  return cellElements(journey, cell.stageId, cell.laneId).map((e) => e.id);
}

/**
 * Every card that is drawn: what Ctrl+A selects. Cards of a collapsed lane are left out, so a
 * Delete that follows never removes cards the person cannot see.
 */
export function visibleCardIds(journey: Journey): Id[] {
  const collapsed = new Set(journey.lanes.filter((l) => l.collapsed).map((l) => l.id));
  return Object.values(journey.elements)
    .filter((e) => !collapsed.has(e.laneId))
    .map((e) => e.id);
}

/** The first cell that can hold cards: where focus lands when it enters the map. */
export function firstCell(journey: Journey): CellRef | null {
  const lane = cardLanes(journey)[0];
  const stage = journey.stages[0];
  return lane && stage ? { stageId: stage.id, laneId: lane.id } : null;
}

/**
 * The focus as it can be shown: a card or cell that is drawn. A card whose lane has been
 * collapsed, or that is gone (undo, another tab), gives way to its cell, and a cell that holds
 * no cards (a collapsed lane, one removed) to the first cell.
 */
export function drawnFocus(journey: Journey, focus: FocusTarget): FocusTarget {
  const first = firstCell(journey);
  const fallback: FocusTarget = first ? { kind: "cell", cell: first } : null;
  if (!focus) return fallback;
  const lanes = cardLanes(journey);
  const holdsCards = (cell: CellRef) =>
    lanes.some((l) => l.id === cell.laneId) && journey.stages.some((s) => s.id === cell.stageId);
  if (focus.kind === "cell") return holdsCards(focus.cell) ? focus : fallback;
  const element = journey.elements[focus.id];
  if (!element) return fallback;
  const cell = { stageId: element.stageId, laneId: element.laneId };
  return holdsCards(cell) ? focus : fallback;
}

function neighbourLane(journey: Journey, laneId: Id, step: 1 | -1): Lane | null {
  const lanes = cardLanes(journey);
  const i = lanes.findIndex((l) => l.id === laneId);
  return lanes[i + step] ?? null;
}

/** How many cards side by side a stage draws in each of its cells. */
function columnsOf(journey: Journey, stageId: Id): number {
  return Math.max(1, journey.stages.find((s) => s.id === stageId)?.columns ?? 1);
}

function neighbourStage(journey: Journey, stageId: Id, step: 1 | -1): Id | null {
  const i = journey.stages.findIndex((s) => s.id === stageId);
  return journey.stages[i + step]?.id ?? null;
}

/**
 * Reading order for Tab in the composer: along the lane, then on to the next lane. Past the last
 * cell it comes round to the first (and Shift+Tab the other way), as a spreadsheet's Tab does at
 * the end of a sheet, so the key never silently does nothing mid-workshop.
 */
export function nextCardCell(journey: Journey, cell: CellRef, step: 1 | -1): CellRef | null {
  const stage = neighbourStage(journey, cell.stageId, step);
  if (stage) return { stageId: stage, laneId: cell.laneId };
  const lanes = cardLanes(journey);
  const lane =
    neighbourLane(journey, cell.laneId, step) ?? (step === 1 ? lanes[0] : lanes.at(-1)) ?? null;
  const stages = journey.stages;
  const wrapped = step === 1 ? stages[0] : stages.at(-1);
  return lane && wrapped ? { stageId: wrapped.id, laneId: lane.id } : null;
}

export function moveFocus(journey: Journey, focus: FocusTarget, direction: Direction): FocusTarget {
  if (!focus) {
    const cell = firstCell(journey);
    return cell ? { kind: "cell", cell } : null;
  }
  if (focus.kind === "cell") {
    const { cell } = focus;
    if (direction === "before" || direction === "after") {
      const stage = neighbourStage(journey, cell.stageId, direction === "after" ? 1 : -1);
      return stage ? { kind: "cell", cell: { stageId: stage, laneId: cell.laneId } } : focus;
    }
    if (direction === "down") {
      const first = cardsIn(journey, cell)[0];
      if (first) return { kind: "card", id: first };
      const lane = neighbourLane(journey, cell.laneId, 1);
      return lane ? { kind: "cell", cell: { stageId: cell.stageId, laneId: lane.id } } : focus;
    }
    const lane = neighbourLane(journey, cell.laneId, -1);
    if (!lane) return focus;
    const above = { stageId: cell.stageId, laneId: lane.id };
    const last = cardsIn(journey, above).at(-1);
    return last ? { kind: "card", id: last } : { kind: "cell", cell: above };
  }
  const element = journey.elements[focus.id];
  if (!element) return firstCell(journey) ? { kind: "cell", cell: firstCell(journey)! } : null;
  const cell = { stageId: element.stageId, laneId: element.laneId };
  const siblings = cardsIn(journey, cell);
  const index = siblings.indexOf(element.id);
  const columns = columnsOf(journey, cell.stageId);
  const row = Math.floor(index / columns);
  switch (direction) {
    case "down": {
      // The card drawn below; from a row with none below it, the last card of the next row.
      const below = index + columns < siblings.length ? index + columns : siblings.length - 1;
      if (Math.floor(below / columns) > row) return { kind: "card", id: siblings[below]! };
      const lane = neighbourLane(journey, cell.laneId, 1);
      return lane ? { kind: "cell", cell: { stageId: cell.stageId, laneId: lane.id } } : focus;
    }
    case "up": {
      const above = siblings[index - columns];
      return above ? { kind: "card", id: above } : { kind: "cell", cell };
    }
    default: {
      const step = direction === "after" ? 1 : -1;
      const beside = index + step;
      const sameRow = Math.floor(beside / columns) === row && beside >= 0;
      if (sameRow && siblings[beside]) return { kind: "card", id: siblings[beside] };
      const stage = neighbourStage(journey, cell.stageId, step);
      if (!stage) return focus;
      const target = { stageId: stage, laneId: cell.laneId };
      const there = cardsIn(journey, target);
      if (!there.length) return { kind: "cell", cell: target };
      // The same row there, at the edge nearest the card that was left.
      const across = columnsOf(journey, stage);
      const near = row * across + (step === 1 ? 0 : across - 1);
      return { kind: "card", id: there[Math.min(near, there.length - 1)]! };
    }
  }
}

/** Where Alt+arrow moves a card: within its cell, then into the next lane or stage. */
export function keyboardMoveTarget(
  journey: Journey,
  elementId: Id,
  direction: Direction,
): CellTarget | null {
  const element = journey.elements[elementId];
  if (!element) return null;
  const cell = { stageId: element.stageId, laneId: element.laneId };
  const siblings = cardsIn(journey, cell);
  const index = siblings.indexOf(elementId);
  const columns = columnsOf(journey, cell.stageId);
  const row = Math.floor(index / columns);
  const lastRow = Math.floor((siblings.length - 1) / columns);
  switch (direction) {
    case "up": {
      if (row > 0) return { ...cell, index: index - columns };
      const lane = neighbourLane(journey, cell.laneId, -1);
      return lane ? { stageId: cell.stageId, laneId: lane.id } : null;
    }
    case "down": {
      if (row < lastRow) return { ...cell, index: Math.min(index + columns, siblings.length - 1) };
      const lane = neighbourLane(journey, cell.laneId, 1);
      return lane ? { stageId: cell.stageId, laneId: lane.id, index: 0 } : null;
    }
    default: {
      const step = direction === "after" ? 1 : -1;
      const beside = index + step;
      if (beside >= 0 && beside < siblings.length && Math.floor(beside / columns) === row)
        return { ...cell, index: beside };
      const stage = neighbourStage(journey, cell.stageId, step);
      if (!stage) return null;
      const across = columnsOf(journey, stage);
      return {
        stageId: stage,
        laneId: cell.laneId,
        index: row * across + (step === 1 ? 0 : across - 1),
      };
    }
  }
}
