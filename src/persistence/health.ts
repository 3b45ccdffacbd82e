import { WaymarkDatabase } from "./database";

export type OpenResult =
  | { ok: true; db: WaymarkDatabase; idb: IDBDatabase }
  | { ok: false; reason: "unavailable"; detail: string };

/**
 * Opens the database, or explains why it cannot be (a private window, storage blocked by policy,
 * a broken profile). The caller then runs from memory and says so.
 */
export async function openDatabase(
  options: { name?: string; onBlocked?: () => void } = {},
): Promise<OpenResult> {
  if (typeof indexedDB === "undefined")
    return { ok: false, reason: "unavailable", detail: "IndexedDB is not available" };
  const db = new WaymarkDatabase(options.name);
  // An upgrade waits while a tab of an older version keeps the database open; the open goes on
  // by itself once that tab closes (or reloads), so it is only said, not given up on.
  if (options.onBlocked) db.on("blocked", options.onBlocked);
  try {
    await db.open();
    return { ok: true, db, idb: db.backendDB() };
  } catch (error) {
    db.close();
    return {
      ok: false,
      reason: "unavailable",
      detail: error instanceof Error ? error.message : String(error),
    };
  }
}

/** Asks the browser not to evict this site's data; returns whether storage is persistent. */
export async function requestPersistentStorage(): Promise<boolean | null> {
  const storage = globalThis.navigator?.storage;
  if (!storage?.persisted) return null;
  try {
    if (await storage.persisted()) return true;
    return storage.persist ? await storage.persist() : false;
  } catch {
    return null;
  }
}
