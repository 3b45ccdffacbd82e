import type { Id, Journey, Workspace } from "../domain";
import { mergeRow } from "./field-merge";
import { journeyToRow, type JourneyRow } from "./rows";
import type { RemoteRows } from "./tab-sync";

export interface MergeResult {
  workspace: Workspace;
  /** Rows where this tab's unsaved change of a field met another change of the same field. */
  conflicts: number;
}

/** Whether this tab changed a journey's own fields (title, stages, lanes…) since `base`. */
function journeyRowChanged(base: Journey | undefined, current: Journey | undefined): boolean {
  if (base === current) return false;
  if (!base || !current) return true;
  const { elements: _e, links: _l, ...fields } = current;
  return (Object.keys(fields) as (keyof JourneyRow)[]).some((key) => base[key] !== current[key]);
}

/**
 * Applies rows as they are on disk now (written by another tab, or merged by this tab's own
 * write). Without `base` they are taken whole: that is how the saved baseline follows the disk.
 * With `base` (the baseline this tab's memory grew from), a row this tab has changed since is
 * merged field by field, so both tabs' changes of different fields stand.
 */
export function mergeRemoteRows(
  workspace: Workspace,
  remote: RemoteRows,
  base?: Workspace,
): MergeResult {
  let conflicts = 0;
  let personas = workspace.personas;
  let journeys = workspace.journeys;
  const editPersonas = () =>
    personas === workspace.personas ? (personas = { ...personas }) : personas;
  const editJourneys = () =>
    journeys === workspace.journeys ? (journeys = { ...journeys }) : journeys;

  /** What stands for one row: the disk's, or a merge with this tab's edit (undefined: deleted). */
  function settle<T extends object>(
    baseRow: T | undefined,
    local: T | undefined,
    stored: T | null,
    locallyChanged: boolean,
  ): T | undefined {
    if (!base || !locallyChanged) return stored ?? undefined;
    if (!local) {
      // Deleted here, changed elsewhere: the deletion stands; say so.
      if (stored) conflicts += 1;
      return undefined;
    }
    const merged = mergeRow(baseRow, local, stored ?? undefined);
    if (merged.conflict) conflicts += 1;
    return merged.row;
  }

  for (const [id, stored] of remote.personas) {
    const local = personas[id];
    const baseRow = base?.personas[id];
    const next = settle(baseRow, local, stored, local !== baseRow);
    if (next === local) continue;
    if (next) editPersonas()[id] = next;
    else if (local) delete editPersonas()[id];
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

  for (const [id, stored] of remote.journeys) {
    const local = journeys[id];
    const baseJourney = base?.journeys[id];
    const next = settle(
      baseJourney && journeyToRow(baseJourney),
      local && journeyToRow(local),
      stored,
      journeyRowChanged(baseJourney, local),
    );
    if (!next) {
      if (local) delete editJourneys()[id];
      touched.delete(id);
      continue;
    }
    const merged: Journey = local ? { ...local, ...next } : { ...next, elements: {}, links: {} };
    touched.set(id, merged);
    editJourneys()[id] = merged;
  }

  const copiedElements = new Set<Id>();
  for (const { journeyId, id, element } of remote.elements.values()) {
    const local = journeys[journeyId]?.elements[id];
    const baseRow = base?.journeys[journeyId]?.elements[id];
    const next = settle(baseRow, local, element, local !== baseRow);
    if (next === local) continue;
    const journey = draftJourney(journeyId);
    if (!journey) continue;
    if (!copiedElements.has(journeyId)) {
      journey.elements = { ...journey.elements };
      copiedElements.add(journeyId);
    }
    if (next) journey.elements[id] = next;
    else delete journey.elements[id];
  }

  const copiedLinks = new Set<Id>();
  for (const { journeyId, id, link } of remote.links.values()) {
    const local = journeys[journeyId]?.links[id];
    const baseRow = base?.journeys[journeyId]?.links[id];
    const next = settle(baseRow, local, link, local !== baseRow);
    if (next === local) continue;
    const journey = draftJourney(journeyId);
    if (!journey) continue;
    if (!copiedLinks.has(journeyId)) {
      journey.links = { ...journey.links };
      copiedLinks.add(journeyId);
    }
    if (next) journey.links[id] = next;
    else delete journey.links[id];
  }

  if (personas === workspace.personas && journeys === workspace.journeys)
    return { workspace, conflicts };
  return { workspace: { personas, journeys }, conflicts };
}
