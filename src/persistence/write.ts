import type { ChangeSet } from "./changes";
import { STORES } from "./database";

/** Every key of one journey in a [journeyId+id] store. */
function journeyRange(journeyId: string): IDBKeyRange {
  return IDBKeyRange.bound([journeyId, ""], [journeyId, "\uffff"]);
}

/**
 * Writes a change set in one transaction, straight through the IndexedDB API. Every request is
 * dispatched before this returns, which is what lets a flush from `pagehide` reach the disk
 * even as the page goes away. Resolves when the transaction commits; rejects with its error.
 */
export function writeChanges(idb: IDBDatabase, changes: ChangeSet): Promise<void> {
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
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new DOMException("The save was aborted", "AbortError"));
    try {
      const personas = tx.objectStore(STORES.personas);
      const journeys = tx.objectStore(STORES.journeys);
      const elements = tx.objectStore(STORES.elements);
      const links = tx.objectStore(STORES.links);
      for (const id of changes.personas.remove) personas.delete(id);
      for (const row of changes.personas.put) personas.put(row);
      for (const id of changes.journeys.remove) {
        journeys.delete(id);
        elements.delete(journeyRange(id));
        links.delete(journeyRange(id));
      }
      for (const row of changes.journeys.put) journeys.put(row);
      for (const key of changes.elements.remove) elements.delete(key);
      for (const row of changes.elements.put) elements.put(row);
      for (const key of changes.links.remove) links.delete(key);
      for (const row of changes.links.put) links.put(row);
      tx.commit?.();
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
