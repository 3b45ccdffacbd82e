import {
  createBlankJourney,
  createFutureState,
  createPersona,
  duplicateJourney,
  duplicatePersona,
  newId,
  PERSONA_FIELDS,
  updatePersona,
  type Avatar,
  type BlankJourneyInput,
  type Id,
  type Journey,
  type JourneySummary,
  type Persona,
  type PersonaChanges,
} from "../../domain";
import type { ImportPlan } from "../../format";
import { currentEngine, getWorkspace, now } from "../document";

/** Personas and whole journeys. Deleting returns what is needed to put it back (undo notice). */

export function addPersona(name: string, avatar?: Avatar): Id {
  const persona = createPersona(newId(), name, now(), avatar);
  currentEngine().putPersona(persona);
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

/** Plain data compared by value; a picture is the same only if it is the same one. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return false;
  if (a instanceof Uint8Array || b instanceof Uint8Array) return false;
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
  currentEngine().putPersona(after);
  return { personaId, before, after: getWorkspace().personas[personaId] ?? after };
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
 * was, unless it has been changed again since (here or in another tab): a later edit is never
 * lost to an older Undo. So with nothing changed since, the persona is exactly as it was before
 * the edit (stamped as edited now).
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
  currentEngine().putPersona(next);
  const persona = getWorkspace().personas[edit.personaId] ?? next;
  return kept.length > 0 ? { outcome: "partly", persona, kept } : { outcome: "restored", persona };
}

/** Copies a persona with all of its journeys (each read whole). */
export async function copyPersona(personaId: Id, name: string): Promise<Id | null> {
  const engine = currentEngine();
  const persona = getWorkspace().personas[personaId];
  if (!persona) return null;
  const at = now();
  const copy = duplicatePersona(persona, newId, name, at);
  const originals: Journey[] = [];
  for (const summary of Object.values(getWorkspace().journeys)) {
    if (summary.personaId !== personaId) continue;
    const journey = await engine.readJourney(summary.id);
    if (journey) originals.push(journey);
  }
  const journeyIdMap = new Map<Id, Id>();
  const copies = originals.map((journey) => {
    const duplicate = {
      ...duplicateJourney(journey, newId, journey.title, at),
      personaId: copy.id,
    };
    journeyIdMap.set(journey.id, duplicate.id);
    return duplicate;
  });
  engine.batch(() => {
    engine.putPersona(copy);
    for (const duplicate of copies) {
      const linked = duplicate.currentStateId
        ? journeyIdMap.get(duplicate.currentStateId)
        : undefined;
      engine.addJourney(linked ? { ...duplicate, currentStateId: linked } : duplicate);
    }
  });
  return copy.id;
}

/** What a deletion took away, so the notice's Undo can put it back exactly. */
export interface Removed {
  personas: Persona[];
  journeys: JourneySummary[];
}

export function deletePersona(personaId: Id): Removed {
  const engine = currentEngine();
  const ws = getWorkspace();
  const persona = ws.personas[personaId];
  const removed: Removed = {
    personas: persona ? [persona] : [],
    journeys: Object.values(ws.journeys).filter((j) => j.personaId === personaId),
  };
  engine.batch(() => {
    if (persona) engine.removePersona(personaId);
    for (const journey of removed.journeys) engine.removeJourney(journey.id);
  });
  return removed;
}

export function deleteJourney(journeyId: Id): Removed {
  const journey = getWorkspace().journeys[journeyId];
  if (journey) currentEngine().removeJourney(journeyId);
  return { personas: [], journeys: journey ? [journey] : [] };
}

/** Puts back what a deletion removed (the Undo of its notice). */
export function restoreRemoved(removed: Removed): void {
  const engine = currentEngine();
  engine.batch(() => {
    for (const p of removed.personas) engine.putPersona(p);
    for (const j of removed.journeys) engine.restoreJourney(j);
  });
}

export function addBlankJourney(input: Omit<BlankJourneyInput, "id" | "now" | "newId">): Id {
  const journey = createBlankJourney({ ...input, id: newId(), now: now(), newId });
  currentEngine().addJourney(journey);
  return journey.id;
}

/** Adds a journey built elsewhere (a template), with its fresh ids and this persona. */
export function addJourney(journey: Journey): Id {
  currentEngine().addJourney(journey);
  return journey.id;
}

export async function copyJourney(journeyId: Id, title: string): Promise<Id | null> {
  const journey = await currentEngine().readJourney(journeyId);
  if (!journey) return null;
  const copy = duplicateJourney(journey, newId, title, now());
  currentEngine().addJourney(copy);
  return copy.id;
}

export async function addFutureState(journeyId: Id, title: string): Promise<Id | null> {
  const journey = await currentEngine().readJourney(journeyId);
  if (!journey) return null;
  const future = createFutureState(journey, newId, title, now());
  currentEngine().addJourney(future);
  return future.id;
}

/** Adds everything an import plan holds, in one change. */
export function applyImport(plan: ImportPlan): void {
  const engine = currentEngine();
  engine.batch(() => {
    for (const p of plan.personas) engine.putPersona(p);
    // A backup of many journeys is stored, not opened; a single journey opens next anyway.
    const keepOpen = plan.journeys.length === 1;
    for (const j of plan.journeys) engine.addJourney(j, { open: keepOpen });
  });
}

/**
 * Takes back what an import added (the Undo of its notice): its journeys, and the personas it
 * brought that no other journey belongs to. Personas that were here before are never touched,
 * and nothing changed since the import is removed: a journey or persona edited in the meantime
 * (here or in another tab) is kept, and counted, so the notice can say so.
 */
export function undoImport(plan: ImportPlan): { kept: number } {
  const engine = currentEngine();
  const ws = getWorkspace();
  let kept = 0;
  const removing = new Set<Id>();
  for (const journey of plan.journeys) {
    const listed = ws.journeys[journey.id];
    if (!listed) continue;
    // Every edit stamps the journey, so an untouched one still carries the file's time.
    if (listed.updatedAt === journey.updatedAt) removing.add(journey.id);
    else kept += 1;
  }
  engine.batch(() => {
    for (const id of removing) engine.removeJourney(id);
    for (const persona of plan.personas) {
      const listed = ws.personas[persona.id];
      if (!listed || listed.updatedAt !== persona.updatedAt) continue;
      const stillUsed = Object.values(ws.journeys).some(
        (j) => j.personaId === persona.id && !removing.has(j.id),
      );
      if (!stillUsed) engine.removePersona(persona.id);
    }
  });
  return { kept };
}
