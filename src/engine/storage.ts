import * as Y from "yjs";
import { STORES, type UpdateRow, type WaymarkDatabase } from "../persistence";

/**
 * Where documents are kept: each document's Yjs updates, appended in the `updates` table of the
 * app's own IndexedDB database as they are made, and compacted into one when they pile up.
 *
 * Why not y-indexeddb: it opens one database per document (hundreds for a CX team's workspace),
 * swallows write errors (a full disk must be said loudly), and cannot share a transaction with
 * the rest of the app's data, which building the documents from the old rows needs.
 */
export interface UpdateStorage {
  /** Every stored update of a document, oldest first. */
  read(doc: string): Promise<StoredUpdate[]>;
  /** Removes stored updates (ones that could not be read, once set aside). */
  remove(seqs: readonly number[]): Promise<void>;
  /** Stores updates of several documents in one transaction; resolves once committed. */
  write(batch: readonly { doc: string; update: Uint8Array }[]): Promise<void>;
  /**
   * Replaces a document's stored updates by one that holds them all, with deleted content
   * dropped. Returns the bytes before and after.
   */
  compact(doc: string): Promise<{ before: number; after: number; updates: number }>;
  /** Forgets a document entirely. */
  purge(doc: string): Promise<void>;
  /** How many updates a document has stored. */
  count(doc: string): Promise<number>;
}

export interface StoredUpdate {
  seq: number;
  update: Uint8Array;
}

/** How long a document read ahead waits to be opened before it is let go. */
const READ_AHEAD_KEPT_MS = 10_000;

/** The document key of a journey; the workspace's is `workspace`. */
export const journeyDocKey = (journeyId: string) => `journey:${journeyId}`;

/**
 * `readAhead`: a document the page will open at once (the map a link or a reload lands on),
 * read from disk right away, alongside the workspace, and handed over when it is opened.
 * Another tab's update stored meanwhile reaches it all the same: opening a document asks the
 * other tabs for what it lacks.
 */
export function createUpdateStorage(
  db: WaymarkDatabase,
  { readAhead }: { readAhead?: string } = {},
): UpdateStorage {
  const readRows = async (doc: string) => {
    const rows = await db.updates.where("doc").equals(doc).sortBy("seq");
    return rows.map((row) => ({ seq: row.seq!, update: row.update }));
  };
  let ahead = readAhead ? { doc: readAhead, rows: readRows(readAhead) } : null;
  // A read ahead that fails is read again when asked for (and fails there, where it is said).
  ahead?.rows.catch(() => (ahead = null));
  // It is of the page's first moments only: anything stored since, or later, is read afresh.
  if (ahead) setTimeout(() => (ahead = null), READ_AHEAD_KEPT_MS);
  const forget = (doc: string) => {
    if (ahead?.doc === doc) ahead = null;
  };
  return {
    async read(doc) {
      if (ahead?.doc !== doc) return readRows(doc);
      const { rows } = ahead;
      ahead = null;
      // Nothing there when read ahead (a link to a journey another tab is storing): read again.
      const read = await rows;
      return read.length ? read : readRows(doc);
    },
    async remove(seqs) {
      await db.updates.bulkDelete([...seqs]);
    },
    write(batch) {
      for (const { doc } of batch) forget(doc);
      // Straight through IndexedDB, every request made before this returns and the transaction
      // committed at once: the edit is on disk a few milliseconds after it is made.
      return new Promise((resolve, reject) => {
        let tx: IDBTransaction;
        try {
          tx = db.backendDB().transaction(STORES.updates, "readwrite");
        } catch (error) {
          reject(error);
          return;
        }
        tx.oncomplete = () => resolve();
        tx.onabort = () =>
          reject(tx.error ?? new DOMException("The save was aborted", "AbortError"));
        try {
          const store = tx.objectStore(STORES.updates);
          for (const { doc, update } of batch) store.add({ doc, update } satisfies UpdateRow);
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
    },
    async compact(doc) {
      forget(doc);
      return db.transaction("rw", db.updates, async () => {
        const rows = await db.updates.where("doc").equals(doc).sortBy("seq");
        const before = rows.reduce((sum, row) => sum + row.update.byteLength, 0);
        if (rows.length <= 1) return { before, after: before, updates: rows.length };
        // Applied to a document of its own (not the one on screen): whatever another tab stored
        // meanwhile is in these rows too, and deleted text is dropped (garbage collection).
        const merged = new Y.Doc();
        for (const row of rows) Y.applyUpdate(merged, row.update);
        const update = Y.encodeStateAsUpdate(merged);
        merged.destroy();
        await db.updates.bulkDelete(rows.map((row) => row.seq!));
        await db.updates.add({ doc, update });
        return { before, after: update.byteLength, updates: rows.length };
      });
    },
    async purge(doc) {
      forget(doc);
      await db.updates.where("doc").equals(doc).delete();
    },
    count(doc) {
      return db.updates.where("doc").equals(doc).count();
    },
  };
}
