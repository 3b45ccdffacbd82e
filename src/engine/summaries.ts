import type * as Y from "yjs";
import {
  sameSummary,
  summarizeJourney,
  type Id,
  type Journey,
  type JourneySummary,
} from "../domain";
import { ORIGIN } from "./origins";
import { writeSummary } from "./workspace-doc";

/** An edited time alone is written at most this often into the workspace's list of journeys. */
const SUMMARY_TIME_EVERY_MS = 5000;

/**
 * Keeps each open journey's entry in the workspace's list in step with the journey itself. A
 * change of what the list shows is written at once; a new edited time alone at most every few
 * seconds, so typing does not write the workspace document on every key.
 */
export function createSummaries(
  workspaceDoc: Y.Doc,
  listed: (id: Id) => JourneySummary | undefined,
  journeyOf: (id: Id) => Journey | null | undefined,
) {
  const timers = new Map<Id, ReturnType<typeof setTimeout>>();

  const update = (id: Id, immediately: boolean): void => {
    const journey = journeyOf(id);
    if (!journey) return;
    const summary = summarizeJourney(journey);
    const before = listed(id);
    if (before && sameSummary(before, summary)) return;
    const onlyTime = before && sameSummary(before, { ...summary, updatedAt: before.updatedAt });
    if (onlyTime && !immediately) {
      if (!timers.has(id))
        timers.set(
          id,
          setTimeout(() => {
            timers.delete(id);
            update(id, true);
          }, SUMMARY_TIME_EVERY_MS),
        );
      return;
    }
    workspaceDoc.transact(() => writeSummary(workspaceDoc, summary), ORIGIN.quiet);
  };

  return {
    update,
    /** Forgets a pending time write (the journey was taken off the list). */
    cancel(id: Id): void {
      const timer = timers.get(id);
      if (timer) clearTimeout(timer);
      timers.delete(id);
    },
    destroy(): void {
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
    },
  };
}
