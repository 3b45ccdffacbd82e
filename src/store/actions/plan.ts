import {
  actionFromCard,
  addAction,
  newId,
  removeAction,
  updateAction,
  carryMetricInto,
  fitsMetric,
  type ActionChanges,
  type Id,
  type PlanAction,
} from "../../domain";
import { changeJourney, getWorkspace, now } from "../document";

/** The action plan's actions. Each is one undo step; typing in a field is one per pause. */

/** Makes an action from a card (its title and owner, fixing it). Returns its id, or null. */
export function makeActionFromCard(journeyId: Id, cardId: Id): Id | null {
  const id = newId();
  let made = false;
  changeJourney(journeyId, (j) => {
    const action = actionFromCard(j, cardId, id, now());
    made = action !== null && addAction(j, action);
  });
  return made ? id : null;
}

/** Adds an action fixing no card yet (the board's "New action"). Returns its id, or null. */
export function addPlanAction(journeyId: Id, title: string): Id | null {
  const action: PlanAction = {
    id: newId(),
    title,
    notes: "",
    status: "idea",
    owner: null,
    due: null,
    target: null,
    cardIds: [],
    createdAt: now(),
  };
  let added = false;
  changeJourney(journeyId, (j) => {
    added = addAction(j, action);
  });
  return added ? action.id : null;
}

export function updatePlanAction(
  journeyId: Id,
  actionId: Id,
  changes: ActionChanges,
  field?: string,
): boolean {
  let changed = false;
  changeJourney(
    journeyId,
    (j) => {
      // An aim at a custom metric carries its definition into the journey (files, rooms), and
      // only with the aim: a refused one changes nothing.
      const library = getWorkspace().metrics;
      const target = changes.target;
      if (target && !fitsMetric(j, library, target.metric, target.value)) return;
      if (target && !carryMetricInto(j, library, target.metric)) return;
      changed = updateAction(j, actionId, changes);
    },
    { coalesce: field ? `action:${actionId}:${field}` : undefined },
  );
  return changed;
}

export function removePlanAction(journeyId: Id, actionId: Id): void {
  changeJourney(journeyId, (j) => void removeAction(j, actionId));
}
