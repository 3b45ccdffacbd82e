import {
  createBlankJourney,
  createFutureState,
  createPersona,
  duplicateJourney,
  duplicatePersona,
  newId,
  updatePersona,
  type Avatar,
  type BlankJourneyInput,
  type Id,
  type Journey,
  type Persona,
  type PersonaChanges,
  type Workspace,
} from "../../domain";
import type { ImportPlan } from "../../format";
import { changeWorkspace, documentStore, getWorkspace, now } from "../document";

/** Personas and whole journeys. Deleting returns what is needed to put it back (undo notice). */

function withPersona(ws: Workspace, persona: Persona): Workspace {
  return { ...ws, personas: { ...ws.personas, [persona.id]: persona } };
}

function withJourney(ws: Workspace, journey: Journey): Workspace {
  return { ...ws, journeys: { ...ws.journeys, [journey.id]: journey } };
}

export function addPersona(name: string, avatar?: Avatar): Id {
  const persona = createPersona(newId(), name, now(), avatar);
  changeWorkspace((ws) => withPersona(ws, persona));
  return persona.id;
}

export function editPersona(personaId: Id, changes: PersonaChanges): void {
  changeWorkspace((ws) => {
    const persona = ws.personas[personaId];
    if (!persona) return ws;
    const next = { ...persona };
    updatePersona(next, changes, now());
    return withPersona(ws, next);
  });
}

/** Copies a persona with all of its journeys. */
export function copyPersona(personaId: Id, name: string): Id | null {
  const ws = getWorkspace();
  const persona = ws.personas[personaId];
  if (!persona) return null;
  const at = now();
  const copy = duplicatePersona(persona, newId, name, at);
  changeWorkspace((current) => {
    let next = withPersona(current, copy);
    const journeyIdMap = new Map<Id, Id>();
    const copies: Journey[] = [];
    for (const journey of Object.values(current.journeys)) {
      if (journey.personaId !== personaId) continue;
      const duplicate = {
        ...duplicateJourney(journey, newId, journey.title, at),
        personaId: copy.id,
      };
      journeyIdMap.set(journey.id, duplicate.id);
      copies.push(duplicate);
    }
    for (const duplicate of copies) {
      const linked = duplicate.currentStateId
        ? journeyIdMap.get(duplicate.currentStateId)
        : undefined;
      next = withJourney(next, linked ? { ...duplicate, currentStateId: linked } : duplicate);
    }
    return next;
  });
  return copy.id;
}

/** What a deletion took away, so the notice's Undo can put it back exactly. */
export interface Removed {
  personas: Persona[];
  journeys: Journey[];
}

export function deletePersona(personaId: Id): Removed {
  const ws = getWorkspace();
  const persona = ws.personas[personaId];
  const removed: Removed = {
    personas: persona ? [persona] : [],
    journeys: Object.values(ws.journeys).filter((j) => j.personaId === personaId),
  };
  changeWorkspace((current) => {
    const personas = { ...current.personas };
    delete personas[personaId];
    const journeys = { ...current.journeys };
    for (const j of removed.journeys) delete journeys[j.id];
    return { personas, journeys };
  });
  return removed;
}

export function deleteJourney(journeyId: Id): Removed {
  const journey = getWorkspace().journeys[journeyId];
  const removed: Removed = { personas: [], journeys: journey ? [journey] : [] };
  changeWorkspace((current) => {
    if (!current.journeys[journeyId]) return current;
    const journeys = { ...current.journeys };
    delete journeys[journeyId];
    return { ...current, journeys };
  });
  return removed;
}

/** Puts back what a deletion removed (the Undo of its notice). */
export function restoreRemoved(removed: Removed): void {
  changeWorkspace((ws) => {
    let next = ws;
    for (const p of removed.personas) next = withPersona(next, p);
    for (const j of removed.journeys) next = withJourney(next, j);
    return next;
  });
}

export function addBlankJourney(input: Omit<BlankJourneyInput, "id" | "now" | "newId">): Id {
  const journey = createBlankJourney({ ...input, id: newId(), now: now(), newId });
  changeWorkspace((ws) => withJourney(ws, journey));
  return journey.id;
}

/** Adds a journey built elsewhere (a template), giving it fresh ids and this persona. */
export function addJourney(journey: Journey): Id {
  changeWorkspace((ws) => withJourney(ws, journey));
  return journey.id;
}

export function copyJourney(journeyId: Id, title: string): Id | null {
  const journey = getWorkspace().journeys[journeyId];
  if (!journey) return null;
  const copy = duplicateJourney(journey, newId, title, now());
  changeWorkspace((ws) => withJourney(ws, copy));
  return copy.id;
}

export function addFutureState(journeyId: Id, title: string): Id | null {
  const journey = getWorkspace().journeys[journeyId];
  if (!journey) return null;
  const future = createFutureState(journey, newId, title, now());
  changeWorkspace((ws) => withJourney(ws, future));
  return future.id;
}

/** Adds everything an import plan holds, in one change. */
export function applyImport(plan: ImportPlan): void {
  changeWorkspace((ws) => {
    let next = ws;
    for (const p of plan.personas) next = withPersona(next, p);
    for (const j of plan.journeys) next = withJourney(next, j);
    return next;
  });
}

export function hasJourney(journeyId: Id): boolean {
  return Boolean(documentStore.getState().workspace.journeys[journeyId]);
}
