import { cellElements } from "./cells";
import { moveElements, removeElements } from "./elements";
import type { Id, Journey, Lane, LaneKind, Stage } from "./types";

/** Operations on the grid: stages (columns) and lanes (rows). Immer-style recipes. */

export const MIN_STAGE_COLUMNS = 1;
export const MAX_STAGE_COLUMNS = 4;

export function createStage(id: Id, name: string, columns = 1): Stage {
  return { id, name, description: "", columns };
}

export function createLane(id: Id, name: string, kind: LaneKind): Lane {
  return { id, name, kind, collapsed: false };
}

function moveInArray<T>(items: T[], from: number, to: number): void {
  if (from < 0 || from >= items.length) return;
  const target = Math.max(0, Math.min(to, items.length - 1));
  if (target === from) return;
  const [item] = items.splice(from, 1);
  items.splice(target, 0, item as T);
}

export function addStage(journey: Journey, stage: Stage, index = journey.stages.length): void {
  journey.stages.splice(Math.max(0, Math.min(index, journey.stages.length)), 0, stage);
}

export function updateStage(
  journey: Journey,
  stageId: Id,
  changes: { name?: string; description?: string; columns?: number },
): void {
  const stage = journey.stages.find((s) => s.id === stageId);
  if (!stage) return;
  if (changes.name !== undefined) stage.name = changes.name;
  if (changes.description !== undefined) stage.description = changes.description;
  if (changes.columns !== undefined) {
    stage.columns = Math.max(
      MIN_STAGE_COLUMNS,
      Math.min(MAX_STAGE_COLUMNS, Math.round(changes.columns)),
    );
  }
}

export function moveStage(journey: Journey, stageId: Id, toIndex: number): void {
  moveInArray(
    journey.stages,
    journey.stages.findIndex((s) => s.id === stageId),
    toIndex,
  );
}

/** What happens to the cards of a stage or lane being removed; the person chooses. */
export type RemovalChoice = "moveToNeighbour" | "removeCards";

/**
 * Removes a stage. Its cards either go to the neighbouring stage (the previous one, or the next
 * when it is the first), appended after the cards there, or are removed with their links.
 * The last stage cannot be removed: a journey always has at least one column.
 */
export function removeStage(journey: Journey, stageId: Id, choice: RemovalChoice): boolean {
  const index = journey.stages.findIndex((s) => s.id === stageId);
  if (index < 0 || journey.stages.length <= 1) return false;
  const cards = Object.values(journey.elements).filter((e) => e.stageId === stageId);
  if (choice === "removeCards") {
    removeElements(
      journey,
      cards.map((e) => e.id),
    );
  } else {
    const neighbour = journey.stages[index - 1] ?? journey.stages[index + 1];
    if (!neighbour) return false;
    for (const lane of journey.lanes) {
      const inCell = cellElements(journey, stageId, lane.id).map((e) => e.id);
      if (inCell.length) moveElements(journey, inCell, { stageId: neighbour.id, laneId: lane.id });
    }
  }
  journey.stages.splice(index, 1);
  return true;
}

export function addLane(journey: Journey, lane: Lane, index = journey.lanes.length): void {
  journey.lanes.splice(Math.max(0, Math.min(index, journey.lanes.length)), 0, lane);
}

export function updateLane(
  journey: Journey,
  laneId: Id,
  changes: { name?: string; kind?: LaneKind; collapsed?: boolean },
): void {
  const lane = journey.lanes.find((l) => l.id === laneId);
  if (!lane) return;
  if (changes.name !== undefined) lane.name = changes.name;
  if (changes.kind !== undefined) lane.kind = changes.kind;
  if (changes.collapsed !== undefined) lane.collapsed = changes.collapsed;
}

export function moveLane(journey: Journey, laneId: Id, toIndex: number): void {
  moveInArray(
    journey.lanes,
    journey.lanes.findIndex((l) => l.id === laneId),
    toIndex,
  );
}

/** Removes a lane; its cards go to the lane above (or below when it is the first) or are removed. */
export function removeLane(journey: Journey, laneId: Id, choice: RemovalChoice): boolean {
  const index = journey.lanes.findIndex((l) => l.id === laneId);
  if (index < 0 || journey.lanes.length <= 1) return false;
  const cards = Object.values(journey.elements).filter((e) => e.laneId === laneId);
  if (choice === "removeCards") {
    removeElements(
      journey,
      cards.map((e) => e.id),
    );
  } else {
    const neighbour = neighbourCardLane(journey, index);
    if (!neighbour) return false;
    for (const stage of journey.stages) {
      const inCell = cellElements(journey, stage.id, laneId).map((e) => e.id);
      if (inCell.length) moveElements(journey, inCell, { stageId: stage.id, laneId: neighbour.id });
    }
  }
  journey.lanes.splice(index, 1);
  return true;
}

/** The nearest lane above (else below) that can hold cards. */
function neighbourCardLane(journey: Journey, index: number): Lane | undefined {
  for (let i = index - 1; i >= 0; i--)
    if (journey.lanes[i]!.kind !== "emotionCurve") return journey.lanes[i];
  for (let i = index + 1; i < journey.lanes.length; i++)
    if (journey.lanes[i]!.kind !== "emotionCurve") return journey.lanes[i];
  return undefined;
}

export function countCardsInStage(journey: Journey, stageId: Id): number {
  return Object.values(journey.elements).filter((e) => e.stageId === stageId).length;
}

export function countCardsInLane(journey: Journey, laneId: Id): number {
  return Object.values(journey.elements).filter((e) => e.laneId === laneId).length;
}
