import "@testing-library/jest-dom/vitest";
import "fake-indexeddb/auto";
// Components are tested without the view modules that bring these texts in the app.
import "../src/i18n/views-en";
import { IDBFactory } from "fake-indexeddb";
import { cleanup } from "@testing-library/react";
import Dexie from "dexie";
import { afterEach, beforeAll } from "vitest";
import type { StoreApi } from "zustand";

// Test files share a worker's modules (isolate: false, for speed); each file still starts with an
// IndexedDB of its own, so no file sees what another stored.
const indexedDBOfThisFile = new IDBFactory();
globalThis.indexedDB = indexedDBOfThisFile;
Dexie.dependencies.indexedDB = indexedDBOfThisFile;
// Likewise the page: whatever an earlier file left in the body, storage or address is gone.
// And the app's view state: no selection, session, notice or room carried over from another file.
beforeAll(async () => {
  if (typeof document === "undefined") return; // a file in the node environment
  document.body.replaceChildren();
  localStorage.clear();
  sessionStorage.clear();
  history.replaceState(null, "", "/");
  const store = await import("../src/store");
  for (const viewState of [
    store.editorStore,
    store.sessionStore,
    store.statusStore,
    store.noticesStore,
    store.roomStore,
    store.pointerStore,
    store.localPointerStore,
  ] as const)
    (viewState as StoreApi<unknown>).setState(viewState.getInitialState(), true);
});

// The test DOM may lack <dialog>'s modal methods; this is the part of them the app relies on.
// Focus trapping and the inert page are the browser's, and are exercised end to end.
if (typeof HTMLDialogElement !== "undefined" && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute("open", "");
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute("open");
    this.dispatchEvent(new Event("close"));
  };
}

afterEach(() => {
  cleanup();
});
