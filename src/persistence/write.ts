import type { Workspace } from "../domain";
import type { ChangeSet } from "./changes";
import { STORES } from "./database";
import { mergeRow } from "./field-merge";
import {
  elementToRow,
  journeyToRow,
  linkToRow,
  rowToElement,
  rowToLink,
  type ElementRow,
  type JourneyRow,
  type LinkRow,
  type PersonaRow,
} from "./rows";
import { pairKey, type RemoteRows } from "./tab-sync";

/** Every key of one journey in a [journeyId+id] store. */
function journeyRange(journeyId: string): IDBKeyRange {
  return IDBKeyRange.bound([journeyId, ""], [journeyId, "\uffff"]);
}

/** What a merging write needs: what this tab last knew was on disk, and what it is writing. */
export interface MergeWith {
  base: Workspace;
  current: Workspace;
}

export interface WriteOutcome {
  /**
   * Rows that another tab had changed on disk since `base`, as stored after merging them with
   * this tab's change: memory takes them, so this tab shows both changes. Empty for blind writes.
   */
  merged: RemoteRows;
  /** Rows where both tabs changed the same field; this tab's value was stored. */
  conflicts: number;
}

const emptyRows = (): RemoteRows => ({
  personas: new Map(),
  journeys: new Map(),
  elements: new Map(),
  links: new Map(),
});

/**
 * Writes a change set in one transaction, straight through the IndexedDB API.
 *
 * With `merge`, each changed row that existed before is read first inside the same transaction:
 * when another tab changed it meanwhile, the two are merged field by field instead of this tab's
 * copy overwriting the other's change. A journey another tab deleted while this tab edited it
 * comes back whole (every card and link), not only the rows this tab changed.
 *
 * Without `merge` every request is dispatched before this returns, with no callback in between:
 * that is what lets a flush from `pagehide` reach the disk even as the page goes away.
 * Resolves when the transaction commits; rejects with its error.
 */
export function writeChanges(
  idb: IDBDatabase,
  changes: ChangeSet,
  merge?: MergeWith,
): Promise<WriteOutcome> {
  const base = merge?.base;
  const outcome: WriteOutcome = { merged: emptyRows(), conflicts: 0 };
  return new Promise((resolve, reject) => {
    let tx: IDBTransaction;
    try {
      tx = idb.transaction(
        [STORES.personas, STORES.journeys, STORES.elements, STORES.links],
        "readwrite",
      );
    } catch (error) {
      reject(error);
      return;
    }
    tx.oncomplete = () => resolve(outcome);
    tx.onabort = () => reject(tx.error ?? new DOMException("The save was aborted", "AbortError"));

    /** Puts `ours`, merged with what is stored when `baseRow` says there was a row before. */
    function put<T extends object>(
      store: IDBObjectStore,
      key: IDBValidKey,
      ours: T,
      baseRow: T | undefined,
      onMerged: (row: T) => void,
      onGone?: () => void,
    ): void {
      if (!baseRow) {
        store.put(ours);
        return;
      }
      const read = store.get(key);
      read.onsuccess = () => {
        const stored = read.result as T | undefined;
        const merged = mergeRow(baseRow, ours, stored);
        if (merged.conflict) outcome.conflicts += 1;
        store.put(merged.row);
        if (merged.row !== ours) onMerged(merged.row);
        if (stored === undefined) onGone?.();
      };
    }

    try {
      const personas = tx.objectStore(STORES.personas);
      const journeys = tx.objectStore(STORES.journeys);
      const elements = tx.objectStore(STORES.elements);
      const links = tx.objectStore(STORES.links);
      for (const id of changes.personas.remove) personas.delete(id);
      for (const row of changes.personas.put) {
        put<PersonaRow>(personas, row.id, row, base?.personas[row.id], (merged) =>
          outcome.merged.personas.set(row.id, merged),
        );
      }
      for (const id of changes.journeys.remove) {
        journeys.delete(id);
        elements.delete(journeyRange(id));
        links.delete(journeyRange(id));
      }
      for (const row of changes.journeys.put) {
        const before = base?.journeys[row.id];
        put<JourneyRow>(
          journeys,
          row.id,
          row,
          before && journeyToRow(before),
          (merged) => outcome.merged.journeys.set(row.id, merged),
          () => {
            // Deleted elsewhere with its cards: put back all of it, as this tab shows it.
            const journey = merge?.current.journeys[row.id];
            if (!journey) return;
            for (const element of Object.values(journey.elements))
              elements.put(elementToRow(journey.id, element));
            for (const link of Object.values(journey.links)) links.put(linkToRow(journey.id, link));
          },
        );
      }
      for (const key of changes.elements.remove) elements.delete(key);
      for (const row of changes.elements.put) {
        const before = base?.journeys[row.journeyId]?.elements[row.id];
        put<ElementRow>(
          elements,
          [row.journeyId, row.id],
          row,
          before && elementToRow(row.journeyId, before),
          (merged) =>
            outcome.merged.elements.set(pairKey(row.journeyId, row.id), {
              journeyId: row.journeyId,
              id: row.id,
              element: rowToElement(merged),
            }),
        );
      }
      for (const key of changes.links.remove) links.delete(key);
      for (const row of changes.links.put) {
        const before = base?.journeys[row.journeyId]?.links[row.id];
        put<LinkRow>(
          links,
          [row.journeyId, row.id],
          row,
          before && linkToRow(row.journeyId, before),
          (merged) =>
            outcome.merged.links.set(pairKey(row.journeyId, row.id), {
              journeyId: row.journeyId,
              id: row.id,
              link: rowToLink(merged),
            }),
        );
      }
      // Only a blind write can commit now; a merging one still has reads to answer.
      if (!base) tx.commit?.();
    } catch (error) {
      try {
        tx.abort();
      } catch {
        // already finished
      }
      reject(error);
    }
  });
}
