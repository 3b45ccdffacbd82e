import type { Page } from "@playwright/test";
import * as Y from "yjs";
import type { Journey, WorkspaceIndex } from "../../src/domain";
import { JourneyMirror } from "../../src/engine/journey-mirror";
import { WorkspaceMirror } from "../../src/engine/workspace-doc";

/**
 * What is on disk, read straight from the browser's IndexedDB (not from the app's memory): the
 * stored Yjs updates of a document, decoded here with the app's own reader.
 */
async function storedUpdates(page: Page, doc: string): Promise<Uint8Array[]> {
  const rows = await page.evaluate(
    (doc) =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open("waymark");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains("updates")) {
            db.close();
            resolve([]);
            return;
          }
          const request = db.transaction("updates").objectStore("updates").index("doc").getAll(doc);
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            db.close();
            resolve(
              (request.result as { update: Uint8Array }[]).map((row) => {
                let binary = "";
                for (const byte of row.update) binary += String.fromCharCode(byte);
                return btoa(binary);
              }),
            );
          };
        };
      }),
    doc,
  );
  return rows.map((base64) => Uint8Array.from(Buffer.from(base64, "base64")));
}

/** A journey as stored, or null when nothing of it is stored. */
export async function storedJourney(page: Page, journeyId: string): Promise<Journey | null> {
  const updates = await storedUpdates(page, `journey:${journeyId}`);
  if (!updates.length) return null;
  const doc = new Y.Doc();
  for (const update of updates) Y.applyUpdate(doc, update);
  return new JourneyMirror(doc, []).journey;
}

/** The workspace's personas and list of journeys, as stored. */
export async function storedWorkspace(page: Page): Promise<WorkspaceIndex> {
  const doc = new Y.Doc();
  for (const update of await storedUpdates(page, "workspace")) Y.applyUpdate(doc, update);
  return new WorkspaceMirror(doc, []).index;
}

/** Titles of a journey's cards as stored, sorted. */
export async function storedTitles(page: Page, journeyId = "journeyTest1"): Promise<string[]> {
  const journey = await storedJourney(page, journeyId);
  return Object.values(journey?.elements ?? {})
    .map((card) => card.title)
    .sort();
}

/**
 * Adds an update to a document's stored updates, as another program (or a damaged disk) might:
 * `change` runs on a document holding what is stored, and only what it changes is added.
 */
export async function addStoredUpdate(
  page: Page,
  doc: string,
  change: (doc: Y.Doc) => void,
): Promise<void> {
  const current = new Y.Doc();
  for (const update of await storedUpdates(page, doc)) Y.applyUpdate(current, update);
  const seen = Y.encodeStateVector(current);
  change(current);
  const update = Buffer.from(Y.encodeStateAsUpdate(current, seen)).toString("base64");
  await page.evaluate(
    ([doc, base64]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open("waymark");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction("updates", "readwrite");
          const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
          tx.objectStore("updates").add({ doc, update: bytes });
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    [doc, update] as const,
  );
}
