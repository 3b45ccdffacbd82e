import type { Id, Journey, Workspace } from "../domain";
import type { RemoteRows } from "./tab-sync";

/**
 * Which rows this tab has changed and not yet written (they differ from the saved baseline).
 * A remote change to one of them is a conflict: this tab keeps its own edit, writes it, and says so.
 */
export interface LocalEdits {
  persona(id: Id): boolean;
  journey(id: Id): boolean;
  element(journeyId: Id, id: Id): boolean;
  link(journeyId: Id, id: Id): boolean;
}

export const NO_LOCAL_EDITS: LocalEdits = {
  persona: () => false,
  journey: () => false,
  element: () => false,
  link: () => false,
};

export function localEditsBetween(baseline: Workspace, current: Workspace): LocalEdits {
  const journeyMetaChanged = (id: Id) => {
    const a = baseline.journeys[id];
    const b = current.journeys[id];
    if (a === b) return false;
    if (!a || !b) return true;
    return (
      a.title !== b.title ||
      a.scenario !== b.scenario ||
      a.goal !== b.goal ||
      a.stages !== b.stages ||
      a.lanes !== b.lanes ||
      a.personaId !== b.personaId ||
      a.state !== b.state ||
      a.currentStateId !== b.currentStateId
    );
  };
  return {
    persona: (id) => baseline.personas[id] !== current.personas[id],
    journey: journeyMetaChanged,
    element: (jid, id) =>
      baseline.journeys[jid]?.elements[id] !== current.journeys[jid]?.elements[id],
    link: (jid, id) => baseline.journeys[jid]?.links[id] !== current.journeys[jid]?.links[id],
  };
}

export interface MergeResult {
  workspace: Workspace;
  /** Remote changes not taken because this tab had its own unsaved edit of the same row. */
  conflicts: number;
}

/** Applies rows another tab wrote, except where `keep` says this tab's own edit stands. */
export function mergeRemoteRows(
  workspace: Workspace,
  remote: RemoteRows,
  keep: LocalEdits = NO_LOCAL_EDITS,
): MergeResult {
  let conflicts = 0;
  let personas = workspace.personas;
  let journeys = workspace.journeys;
  const editPersonas = () =>
    personas === workspace.personas ? (personas = { ...personas }) : personas;
  const editJourneys = () =>
    journeys === workspace.journeys ? (journeys = { ...journeys }) : journeys;

  for (const [id, persona] of remote.personas) {
    if (keep.persona(id)) {
      conflicts += 1;
      continue;
    }
    if (persona) editPersonas()[id] = persona;
    else if (personas[id]) delete editPersonas()[id];
  }

  const touched = new Map<Id, Journey>();
  const draftJourney = (id: Id): Journey | undefined => {
    const existing = touched.get(id);
    if (existing) return existing;
    const journey = journeys[id];
    if (!journey) return undefined;
    const copy = { ...journey };
    touched.set(id, copy);
    editJourneys()[id] = copy;
    return copy;
  };

  for (const [id, row] of remote.journeys) {
    if (keep.journey(id)) {
      conflicts += 1;
      continue;
    }
    if (!row) {
      if (journeys[id]) delete editJourneys()[id];
      touched.delete(id);
      continue;
    }
    const existing = journeys[id];
    const next: Journey = existing ? { ...existing, ...row } : { ...row, elements: {}, links: {} };
    touched.set(id, next);
    editJourneys()[id] = next;
  }

  const copiedElements = new Set<Id>();
  const copiedLinks = new Set<Id>();
  for (const { journeyId, id, element } of remote.elements.values()) {
    if (keep.element(journeyId, id)) {
      conflicts += 1;
      continue;
    }
    const journey = draftJourney(journeyId);
    if (!journey) continue;
    if (!copiedElements.has(journeyId)) {
      journey.elements = { ...journey.elements };
      copiedElements.add(journeyId);
    }
    if (element) journey.elements[id] = element;
    else delete journey.elements[id];
  }
  for (const { journeyId, id, link } of remote.links.values()) {
    if (keep.link(journeyId, id)) {
      conflicts += 1;
      continue;
    }
    const journey = draftJourney(journeyId);
    if (!journey) continue;
    if (!copiedLinks.has(journeyId)) {
      journey.links = { ...journey.links };
      copiedLinks.add(journeyId);
    }
    if (link) journey.links[id] = link;
    else delete journey.links[id];
  }

  if (personas === workspace.personas && journeys === workspace.journeys)
    return { workspace, conflicts };
  return { workspace: { personas, journeys }, conflicts };
}
