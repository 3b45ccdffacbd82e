import Dexie from "dexie";
import { Blob as NodeBlob } from "node:buffer";
import { readFileSync } from "node:fs";
import path from "node:path";
import { produce } from "immer";
import { addLink } from "../../src/domain";
import { dataUrlToBytes, journeyToFile } from "../../src/format";
import type { WaymarkDatabase } from "../../src/persistence";
import { blankJourney, withCard, workspaceWith } from "./factories";

/** Rows as database version 1 held them, table by table. */
export interface LegacyRows {
  meta?: Record<string, unknown>;
  personas: Record<string, unknown>[];
  journeys: Record<string, unknown>[];
  elements: Record<string, unknown>[];
  links: Record<string, unknown>[];
}

/** A small workspace in the layout of version 1: cards placed by numbers, votes as counts. */
export function sampleLegacyRows(): LegacyRows {
  const journey = produce(blankJourney(), (j) => {
    withCard(j, { id: "a", title: "Ad", satisfaction: 4, votes: 3 });
    withCard(j, {
      id: "b",
      title: "Checkout",
      stage: 2,
      painPoints: [{ id: "p", text: "Fees", severity: "high" }],
    });
    addLink(j, "l", "a", "b", "flow");
  });
  const workspace = workspaceWith(journey);
  // Rows were written by format version 1: no comments.
  const { elements, links, comments: _comments, ...row } = journeyToFile(journey);
  return {
    personas: Object.values(workspace.personas).map((p) => ({ ...p })),
    journeys: [row],
    elements: elements.map((e) => ({ ...e, journeyId: journey.id })),
    links: links.map((l) => ({ ...l, journeyId: journey.id })),
  };
}

/** The frozen rows of a realistic workspace (see test/fixtures/db-v1/workspace-rows.json). */
export function frozenRows(): LegacyRows {
  const text = readFileSync(
    path.resolve(__dirname, "../fixtures/db-v1/workspace-rows.json"),
    "utf8",
  );
  // Version 1 kept a persona's picture as a Blob; the fixture holds it as a data URL. Node's own
  // Blob, since the test IndexedDB clones with Node's structured clone (the test DOM's Blob would not
  // survive it, where a browser's does).
  return JSON.parse(text, (_key, value: unknown) => {
    const blob = (value as { $blob?: unknown } | null)?.$blob;
    if (typeof blob !== "string") return value;
    const { type, bytes } = dataUrlToBytes(blob);
    return new NodeBlob([bytes], { type });
  }) as LegacyRows;
}

export async function writeLegacyRows(db: WaymarkDatabase, rows: LegacyRows): Promise<void> {
  await db.transaction(
    "rw",
    [db.personas, db.journeys, db.elements, db.links, db.meta],
    async () => {
      await db.personas.bulkPut(rows.personas as never[]);
      await db.journeys.bulkPut(rows.journeys as never[]);
      await db.elements.bulkPut(rows.elements as never[]);
      await db.links.bulkPut(rows.links as never[]);
      if (rows.meta) await db.meta.put(rows.meta as never);
    },
  );
}

/**
 * A database as version 1 of Waymark declared it (frozen here: the app's own declaration moves
 * on), holding `rows`; closed, ready for the app to open and upgrade.
 */
export async function createVersion1Database(name: string, rows: LegacyRows): Promise<void> {
  const v1 = new Dexie(name);
  v1.version(1).stores({
    personas: "id",
    journeys: "id",
    elements: "[journeyId+id]",
    links: "[journeyId+id]",
    meta: "key",
    session: "key",
    quarantine: "++seq",
  });
  await v1.open();
  await v1.transaction("rw", v1.tables, async () => {
    await v1.table("personas").bulkPut(rows.personas);
    await v1.table("journeys").bulkPut(rows.journeys);
    await v1.table("elements").bulkPut(rows.elements);
    await v1.table("links").bulkPut(rows.links);
    if (rows.meta) await v1.table("meta").put(rows.meta);
  });
  v1.close();
}
