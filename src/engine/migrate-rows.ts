import * as Y from "yjs";
import { summarizeJourney, type Id, type Journey, type Persona, type Workspace } from "../domain";
import { FORMAT_VERSION } from "../format";
import type { QuarantineRow, WaymarkDatabase } from "../persistence";
import { readLegacyRows } from "../persistence/load";
import { stampVersion } from "./documents";
import { writeJourneyChange } from "./journey-doc";
import { JourneyMirror } from "./journey-mirror";
import { journeyDocKey } from "./storage";
import { WORKSPACE_DOC, WorkspaceMirror, writePersona, writeSummary } from "./workspace-doc";

export type RowsMigration =
  /** Built now: the documents hold what the rows held. */
  | { outcome: "built"; journeys: number; setAside: QuarantineRow[]; orphanJourneyIds: Id[] }
  /** Built before (by this tab earlier, or another tab a moment ago), or there were no rows. */
  | { outcome: "none" }
  /** The rows were written by a newer Waymark: left alone. */
  | { outcome: "newer" };

/** Plain data compared by value, whatever the order of keys; bytes compared byte by byte. */
export function sameContent(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a instanceof Uint8Array || b instanceof Uint8Array) {
    if (!(a instanceof Uint8Array) || !(b instanceof Uint8Array) || a.length !== b.length)
      return false;
    return a.every((byte, i) => byte === b[i]);
  }
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left).filter((k) => left[k] !== undefined);
  if (keys.length !== Object.keys(right).filter((k) => right[k] !== undefined).length) return false;
  return keys.every((key) => sameContent(left[key], right[key]));
}

/** The documents of a workspace, as the updates that make them. */
export function documentsOf(workspace: Workspace): Map<string, Uint8Array> {
  const updates = new Map<string, Uint8Array>();
  const workspaceDoc = new Y.Doc();
  workspaceDoc.transact(() => {
    stampVersion(workspaceDoc);
    for (const persona of Object.values(workspace.personas))
      writePersona(workspaceDoc, undefined, persona);
    for (const journey of Object.values(workspace.journeys))
      writeSummary(workspaceDoc, summarizeJourney(journey));
  });
  updates.set(WORKSPACE_DOC, Y.encodeStateAsUpdate(workspaceDoc));
  workspaceDoc.destroy();
  for (const journey of Object.values(workspace.journeys)) {
    const doc = new Y.Doc();
    doc.transact(() => {
      stampVersion(doc);
      writeJourneyChange(doc, null, journey);
    });
    updates.set(journeyDocKey(journey.id), Y.encodeStateAsUpdate(doc));
    doc.destroy();
  }
  return updates;
}

/** Reads the documents back and checks they hold exactly the workspace they were built from. */
function verify(workspace: Workspace, updates: Map<string, Uint8Array>): void {
  const read = (key: string) => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, updates.get(key)!);
    return doc;
  };
  const index = new WorkspaceMirror(read(WORKSPACE_DOC), []).index;
  const samePersonas = (a: Record<Id, Persona>, b: Record<Id, Persona>) =>
    Object.keys(a).length === Object.keys(b).length &&
    Object.keys(a).every((id) => sameContent(a[id], b[id]));
  if (!samePersonas(workspace.personas, index.personas))
    throw new Error("The personas read back differ from the rows");
  for (const journey of Object.values(workspace.journeys)) {
    const back: Journey | null = new JourneyMirror(read(journeyDocKey(journey.id)), []).journey;
    if (!back || !sameContent(journey, back))
      throw new Error(`Journey ${journey.id} read back differs from its rows`);
    if (!sameContent(index.journeys[journey.id], summarizeJourney(journey)))
      throw new Error(`Journey ${journey.id} is not listed as it is`);
  }
}

/**
 * Builds the documents from the rows of database version 1, once: reads and checks every row,
 * builds the documents, reads them back and compares, and only then stores them, in one
 * transaction that also marks the rows as built from. A second tab doing the same at the same
 * moment finds the mark inside that transaction and stores nothing, so there is one set of
 * documents. The rows are kept.
 */
export async function buildDocumentsFromRows(
  db: WaymarkDatabase,
  at: number,
): Promise<RowsMigration> {
  const meta = await db.meta.get("workspace");
  if (meta?.documentsBuiltAt) return { outcome: "none" };
  const legacy = await readLegacyRows(db, { now: at });
  if (legacy.writtenByNewerVersion) return { outcome: "newer" };
  const updates = legacy.empty ? new Map<string, Uint8Array>() : documentsOf(legacy.workspace);
  if (!legacy.empty) verify(legacy.workspace, updates);
  const built = await db.transaction("rw", [db.meta, db.updates, db.quarantine], async () => {
    const current = await db.meta.get("workspace");
    if (current?.documentsBuiltAt) return false;
    await db.updates.bulkAdd([...updates].map(([doc, update]) => ({ doc, update })));
    if (legacy.setAside.length) await db.quarantine.bulkAdd(legacy.setAside);
    // Marked even in a new browser with no rows at all, so rows are never read again.
    await db.meta.put({
      key: "workspace",
      formatVersion: FORMAT_VERSION,
      createdAt: at,
      sampleCreated: false,
      ...current,
      documentsBuiltAt: at,
    });
    return true;
  });
  if (!built || legacy.empty) return { outcome: "none" };
  return {
    outcome: "built",
    journeys: Object.keys(legacy.workspace.journeys).length,
    setAside: legacy.setAside,
    orphanJourneyIds: legacy.orphanJourneyIds,
  };
}
