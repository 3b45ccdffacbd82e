import { writeSession, type WaymarkDatabase } from "../persistence";
import { sessionStore } from "../store";

/** The session (open panels, viewports, timer) is saved on its own, a little after it changes. */
let sessionTimer: ReturnType<typeof setTimeout> | null = null;
export function saveSessionSoon(db: WaymarkDatabase): void {
  if (sessionTimer) clearTimeout(sessionTimer);
  sessionTimer = setTimeout(() => {
    sessionTimer = null;
    writeSession(db, sessionStore.getState()).catch((error: unknown) =>
      console.warn("Session not saved", error),
    );
  }, 400);
}

/** A pending session save, dispatched at once through IndexedDB as the page goes away. */
export function flushSession(idb: IDBDatabase): void {
  if (!sessionTimer) return;
  clearTimeout(sessionTimer);
  sessionTimer = null;
  try {
    const tx = idb.transaction("session", "readwrite");
    tx.objectStore("session").put({ key: "session", value: sessionStore.getState() });
    tx.commit?.();
  } catch (error) {
    console.warn("Session not saved", error);
  }
}
