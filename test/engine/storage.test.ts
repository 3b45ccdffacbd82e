import * as Y from "yjs";
import { afterEach, describe, expect, it } from "vitest";
import { createUpdateStorage } from "../../src/engine";
import type { WaymarkDatabase } from "../../src/persistence";
import { freshDatabase } from "./helpers";

const dbs: WaymarkDatabase[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});
async function database() {
  const db = await freshDatabase();
  dbs.push(db);
  return db;
}

/** An update that sets `key` to `value` in a map of its own document. */
function update(key: string, value: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap("m").set(key, value);
  return Y.encodeStateAsUpdate(doc);
}

const keysOf = (rows: { update: Uint8Array }[]) => {
  const doc = new Y.Doc();
  for (const row of rows) Y.applyUpdate(doc, row.update);
  return [...doc.getMap("m").keys()].sort();
};

describe("update storage: a document read ahead", () => {
  it("hands over what was stored when it was read ahead, once", async () => {
    const db = await database();
    await createUpdateStorage(db).write([{ doc: "journey:a", update: update("first", "1") }]);
    const storage = createUpdateStorage(db, { readAhead: "journey:a" });
    // Stored by another tab after the read ahead: the engine asks the tabs for it on opening.
    await createUpdateStorage(db).write([{ doc: "journey:a", update: update("later", "2") }]);
    expect(keysOf(await storage.read("journey:a"))).toEqual(["first"]);
    // Read a second time, it is read from disk.
    expect(keysOf(await storage.read("journey:a"))).toEqual(["first", "later"]);
  });

  it("is let go once this tab stores the document, compacts it or forgets it", async () => {
    const db = await database();
    for (const change of ["write", "compact", "purge"] as const) {
      const doc = `journey:${change}`;
      await createUpdateStorage(db).write([{ doc, update: update("first", "1") }]);
      const storage = createUpdateStorage(db, { readAhead: doc });
      if (change === "write") await storage.write([{ doc, update: update("mine", "2") }]);
      if (change === "compact") {
        await createUpdateStorage(db).write([{ doc, update: update("other", "3") }]);
        await storage.compact(doc);
      }
      if (change === "purge") await storage.purge(doc);
      const expected = { write: ["first", "mine"], compact: ["first", "other"], purge: [] }[change];
      expect(keysOf(await storage.read(doc))).toEqual(expected);
    }
  });

  it("finding nothing, does not stand in for a document stored since (a link to a journey another tab is storing)", async () => {
    const db = await database();
    const storage = createUpdateStorage(db, { readAhead: "journey:new" });
    await createUpdateStorage(db).write([{ doc: "journey:new", update: update("made", "1") }]);
    expect(keysOf(await storage.read("journey:new"))).toEqual(["made"]);
  });
});
