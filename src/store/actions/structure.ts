import {
  addLane,
  addStage,
  createLane,
  createStage,
  moveLane,
  moveStage,
  newId,
  removeLane,
  removeStage,
  updateJourneyMeta,
  updateLane,
  updateStage,
  type Id,
  type JourneyMetaChanges,
  type LaneKind,
  type RemovalChoice,
} from "../../domain";
import { changeJourney } from "../document";

export function addJourneyStage(journeyId: Id, name: string, index?: number): Id {
  const id = newId();
  changeJourney(journeyId, (j) => addStage(j, createStage(id, name), index));
  return id;
}

export function renameStage(journeyId: Id, stageId: Id, name: string): void {
  changeJourney(journeyId, (j) => updateStage(j, stageId, { name }));
}

export function resizeStage(journeyId: Id, stageId: Id, columns: number): void {
  changeJourney(journeyId, (j) => updateStage(j, stageId, { columns }));
}

export function reorderStage(journeyId: Id, stageId: Id, toIndex: number): void {
  changeJourney(journeyId, (j) => moveStage(j, stageId, toIndex));
}

export function removeJourneyStage(journeyId: Id, stageId: Id, choice: RemovalChoice): boolean {
  let removed = false;
  changeJourney(journeyId, (j) => {
    removed = removeStage(j, stageId, choice);
  });
  return removed;
}

export function addJourneyLane(journeyId: Id, name: string, kind: LaneKind, index?: number): Id {
  const id = newId();
  changeJourney(journeyId, (j) => addLane(j, createLane(id, name, kind), index));
  return id;
}

export function renameLane(journeyId: Id, laneId: Id, name: string): void {
  changeJourney(journeyId, (j) => updateLane(j, laneId, { name }));
}

export function collapseLane(journeyId: Id, laneId: Id, collapsed: boolean): void {
  changeJourney(journeyId, (j) => updateLane(j, laneId, { collapsed }));
}

export function reorderLane(journeyId: Id, laneId: Id, toIndex: number): void {
  changeJourney(journeyId, (j) => moveLane(j, laneId, toIndex));
}

export function removeJourneyLane(journeyId: Id, laneId: Id, choice: RemovalChoice): boolean {
  let removed = false;
  changeJourney(journeyId, (j) => {
    removed = removeLane(j, laneId, choice);
  });
  return removed;
}

export function updateJourneyDetails(
  journeyId: Id,
  changes: JourneyMetaChanges,
  field?: string,
): void {
  changeJourney(journeyId, (j) => updateJourneyMeta(j, changes), {
    coalesce: field ? `journey:${journeyId}:${field}` : undefined,
  });
}
