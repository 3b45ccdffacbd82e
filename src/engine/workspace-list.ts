import type * as Y from "yjs";
import type { Id, JourneySummary, MetricLibrary, Persona } from "../domain";
import { stampVersion } from "./documents";
import { ORIGIN } from "./origins";
import { journeyDocKey, type UpdateStorage } from "./storage";
import {
  deletedJourneys,
  markJourneyDeleted,
  removePersonaEntry,
  workspaceRoots,
  writePersona,
  writeMetricLibrary,
  writeSummary,
} from "./workspace-doc";

/**
 * The workspace document's personas and list of journeys, as the engine changes them. None of
 * these is an undo step.
 */
export function createWorkspaceList(
  workspaceDoc: Y.Doc,
  engine: {
    /** A persona as the workspace holds it now (what a write compares against). */
    personaNow: (id: Id) => Persona | undefined;
    /** The metric library as the workspace holds it now. */
    libraryNow: () => MetricLibrary;
    cancelSummary: (id: Id) => void;
    openIds: () => Iterable<Id>;
    now: () => number;
  },
) {
  return {
    putPersona(persona: Persona): void {
      workspaceDoc.transact(() => {
        stampVersion(workspaceDoc);
        writePersona(workspaceDoc, engine.personaNow(persona.id), persona);
      }, ORIGIN.quiet);
    },

    /** Makes the workspace's metric library this one (only what differs is written). */
    putMetricLibrary(library: MetricLibrary): void {
      workspaceDoc.transact(() => {
        stampVersion(workspaceDoc);
        writeMetricLibrary(workspaceDoc, engine.libraryNow(), library);
      }, ORIGIN.quiet);
    },

    removePersona(id: Id): void {
      workspaceDoc.transact(() => removePersonaEntry(workspaceDoc, id), ORIGIN.quiet);
    },

    /** Takes a journey off the list; its document stays (for undo) until purged. */
    removeJourney(id: Id): void {
      engine.cancelSummary(id);
      workspaceDoc.transact(() => markJourneyDeleted(workspaceDoc, id, engine.now()), ORIGIN.quiet);
    },

    /** Puts a journey taken off the list back on it (its document was kept). */
    restoreJourney(summary: JourneySummary): void {
      workspaceDoc.transact(() => writeSummary(workspaceDoc, summary), ORIGIN.quiet);
    },

    /** Several workspace changes as one transaction (one update, one redraw). */
    batch(run: () => void): void {
      workspaceDoc.transact(run, ORIGIN.quiet);
    },

    /** Drops the documents of journeys deleted more than `after` ms ago. */
    async purgeDeleted(storage: UpdateStorage | null, after: number): Promise<number> {
      if (!storage) return 0;
      const cutoff = engine.now() - after;
      const old = [...deletedJourneys(workspaceDoc)].filter(([, at]) => at < cutoff);
      for (const [id] of old) await storage.purge(journeyDocKey(id));
      if (old.length)
        workspaceDoc.transact(() => {
          for (const [id] of old) workspaceRoots(workspaceDoc).journeys.delete(id);
        }, ORIGIN.quiet);
      return old.length;
    },

    /** Every journey id this workspace has used: listed, deleted but kept, or open. */
    journeyIdsInUse(): Record<Id, true> {
      const ids: Record<Id, true> = {};
      for (const id of workspaceRoots(workspaceDoc).journeys.keys()) ids[id] = true;
      for (const id of engine.openIds()) ids[id] = true;
      return ids;
    },
  };
}
