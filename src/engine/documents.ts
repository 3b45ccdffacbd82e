import * as Y from "yjs";
import type { DamagedRecord } from "./damage";
import type { StoredUpdate } from "./storage";

/** The version of how documents are laid out; a document written by a newer one is left alone. */
export const DOCUMENT_VERSION = 1;
const FORMAT_ROOT = "format";

export function stampVersion(doc: Y.Doc): void {
  const format = doc.getMap<number>(FORMAT_ROOT);
  if (format.get("version") !== DOCUMENT_VERSION) format.set("version", DOCUMENT_VERSION);
}

export function writtenByNewerVersion(doc: Y.Doc): boolean {
  const version = doc.getMap<unknown>(FORMAT_ROOT).get("version");
  return typeof version === "number" && version > DOCUMENT_VERSION;
}

/**
 * Applies stored updates to a document. An update that cannot be read is reported (and its row
 * named, so it can be set aside); the others still apply.
 */
export function applyStored(
  doc: Y.Doc,
  rows: readonly StoredUpdate[],
  origin: object,
  damaged: DamagedRecord[],
): number[] {
  const unreadable: number[] = [];
  for (const row of rows) {
    try {
      Y.applyUpdate(doc, row.update, origin);
    } catch (error) {
      unreadable.push(row.seq);
      damaged.push({
        what: "update",
        label: "",
        problem: null,
        record: {
          update: row.update,
          error: error instanceof Error ? error.message : String(error),
        },
      });
    }
  }
  return unreadable;
}
