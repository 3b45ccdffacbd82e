import type { WaymarkDatabase } from "../persistence";
import { sessionStore } from "../store";

/**
 * Stores the session in one IndexedDB transaction, made and committed at once. Not through Dexie:
 * its write starts a moment later, and one caught by a reload is aborted with the page, taking a
 * write queued behind it along (a palette folded just before a reload came back unfolded).
 */
function putSession(idb: IDBDatabase): void {
  try {
    const tx = idb.transaction("session", "readwrite");
    tx.objectStore("session").put({ key: "session", value: sessionStore.getState() });
    tx.onabort = () => console.warn("Session not saved", tx.error);
    tx.commit?.();
  } catch (error) {
    console.warn("Session not saved", error);
  }
}

/** The session (open panels, viewports, timer) is saved on its own, a little after it changes. */
let sessionTimer: ReturnType<typeof setTimeout> | null = null;
export function saveSessionSoon(db: WaymarkDatabase): void {
  if (sessionTimer) clearTimeout(sessionTimer);
  sessionTimer = setTimeout(() => {
    sessionTimer = null;
    putSession(db.backendDB());
  }, 400);
}

/** A pending session save, dispatched at once as the page goes away. */
export function flushSession(idb: IDBDatabase): void {
  if (!sessionTimer) return;
  clearTimeout(sessionTimer);
  sessionTimer = null;
  putSession(idb);
}
