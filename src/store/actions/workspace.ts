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

/** What one edit of a persona changed: the persona just before it and just after. */
export interface PersonaEdit {
  personaId: Id;
  before: Persona;
  after: Persona;
}

/** A persona's fields that a person edits (not its id nor its times). */
export type PersonaField = keyof PersonaChanges;

const PERSONA_FIELDS: readonly PersonaField[] = [
  "name",
  "avatar",
  "role",
  "quote",
  "goals",
  "needs",
  "frustrations",
  "preferredChannels",
  "notes",
];

/** Plain data compared by value; a Blob (an avatar picture) is the same only if it is the same one. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return false;
  if (typeof Blob !== "undefined" && (a instanceof Blob || b instanceof Blob)) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  for (const key of keys) if (!sameValue(left[key], right[key])) return false;
  return true;
}

/**
 * Applies changes to a persona. Returns what the edit did, for an Undo; null (and nothing
 * written, nothing stamped) when there is no such persona or the changes change nothing.
 */
export function editPersona(personaId: Id, changes: PersonaChanges): PersonaEdit | null {
  const before = getWorkspace().personas[personaId];
  if (!before) return null;
  const differs = (Object.keys(changes) as PersonaField[]).some(
    (key) => changes[key] !== undefined && !sameValue(changes[key], before[key]),
  );
  if (!differs) return null;
  const after = { ...before };
  updatePersona(after, changes, now());
  changeWorkspace((ws) => withPersona(ws, after));
  return { personaId, before, after };
}

/** What Undo of an edit did. */
export type PersonaEditUndo =
  /** The persona is back as it was before the edit. */
  | { outcome: "restored"; persona: Persona }
  /** Put back what has not changed since; `kept` changed again after the edit and stays. */
  | { outcome: "partly"; persona: Persona; kept: PersonaField[] }
  /** Everything the edit changed has been changed again since: nothing to put back. */
  | { outcome: "superseded"; persona: Persona }
  /** The persona has been deleted since. */
  | { outcome: "gone" };

/**
 * Takes back one edit of a persona, in one change. A field the edit changed goes back to what it
 * was, unless it has been changed again since: a later edit is never lost to an older Undo. So
 * with nothing changed since, the persona is exactly as it was before the edit (stamped as
 * edited now).
 */
export function undoPersonaEdit(edit: PersonaEdit): PersonaEditUndo {
  const current = getWorkspace().personas[edit.personaId];
  if (!current) return { outcome: "gone" };
  const next: Persona = { ...current };
  const kept: PersonaField[] = [];
  let restored = 0;
  for (const field of PERSONA_FIELDS) {
    if (sameValue(edit.before[field], edit.after[field])) continue;
    if (sameValue(current[field], edit.after[field])) {
      (next as Record<PersonaField, unknown>)[field] = edit.before[field];
      restored += 1;
    } else kept.push(field);
  }
  if (restored === 0) return { outcome: "superseded", persona: current };
  next.updatedAt = now();
  changeWorkspace((ws) => withPersona(ws, next));
  return kept.length > 0
    ? { outcome: "partly", persona: next, kept }
    : { outcome: "restored", persona: next };
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

/**
 * Takes back what an import added (the Undo of its notice): its journeys, and the personas it
 * brought that no other journey belongs to. Personas that were here before are never touched,
 * and nothing changed since the import is removed: a journey or persona edited in the meantime
 * is kept, and counted, so the notice can say so.
 */
export function undoImport(plan: ImportPlan): { kept: number } {
  let kept = 0;
  changeWorkspace((current) => {
    const journeys = { ...current.journeys };
    for (const journey of plan.journeys) {
      const now = current.journeys[journey.id];
      if (!now) continue;
      // The very object the import added: untouched since (every edit makes a new one).
      if (now === journey) delete journeys[journey.id];
      else kept += 1;
    }
    const personas = { ...current.personas };
    for (const persona of plan.personas) {
      if (current.personas[persona.id] !== persona) continue;
      if (!Object.values(journeys).some((j) => j.personaId === persona.id))
        delete personas[persona.id];
    }
    return { personas, journeys };
  });
  return { kept };
}

export function hasJourney(journeyId: Id): boolean {
  return Boolean(documentStore.getState().workspace.journeys[journeyId]);
}
