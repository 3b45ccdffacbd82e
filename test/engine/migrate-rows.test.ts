import { afterEach, describe, expect, it } from "vitest";
import { journeyToFile } from "../../src/format";
import { createUpdateStorage, journeyDocKey } from "../../src/engine";
import { buildDocumentsFromRows } from "../../src/engine/migrate-rows";
import { WaymarkDatabase } from "../../src/persistence";
import { readLegacyRows } from "../../src/persistence/load";
import { createVersion1Database, frozenRows } from "../helpers/legacy-rows";
import { engineOn } from "./helpers";

const opened: WaymarkDatabase[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

/** The frozen database of version 1, opened by this version (which upgrades it). */
async function upgradedFrozenDatabase(): Promise<WaymarkDatabase> {
  const name = `frozen-${Math.random().toString(36).slice(2)}`;
  await createVersion1Database(name, frozenRows());
  const db = new WaymarkDatabase(name);
  await db.open();
  opened.push(db);
  return db;
}

describe("building the documents from the rows of version 1", () => {
  it("holds every persona and journey the frozen database held, and sets the damaged card aside", async () => {
    const db = await upgradedFrozenDatabase();
    const rows = await readLegacyRows(db);
    const built = await buildDocumentsFromRows(db, 5_000);
    expect(built).toMatchObject({ outcome: "built", journeys: 4, orphanJourneyIds: [] });
    if (built.outcome !== "built") return;
    expect(built.setAside).toEqual([
      expect.objectContaining({ what: "card", label: "Damaged card" }),
    ]);
    expect(await db.quarantine.count()).toBe(1);

    const engine = engineOn(db, null);
    await engine.start();
    const index = engine.getState().workspace;
    expect(Object.keys(index.personas).sort()).toEqual(Object.keys(rows.workspace.personas).sort());
    for (const persona of Object.values(rows.workspace.personas))
      expect(index.personas[persona.id]).toEqual(persona);
    const picture = Object.values(index.personas).find((p) => p.avatar.kind === "image")!;
    expect(picture.avatar).toMatchObject({ kind: "image", image: { type: "image/png" } });
    expect(picture.name).toContain("<img src=x onerror=");
    for (const journey of Object.values(rows.workspace.journeys)) {
      const back = await engine.openJourney(journey.id);
      // Cards keep their place in their cell, every field and every vote.
      expect(journeyToFile(back!)).toEqual(journeyToFile(journey));
      expect(index.journeys[journey.id]).toMatchObject({
        title: journey.title,
        cardCount: Object.keys(journey.elements).length,
      });
    }
    engine.destroy();
    // The rows stay, for a later version to drop.
    expect(await db.elements.count()).toBe(frozenRows().elements.length);
  });

  it("builds them once: a later start, or a second tab at the same moment, builds nothing", async () => {
    const db = await upgradedFrozenDatabase();
    const other = new WaymarkDatabase(db.name);
    await other.open();
    const outcomes = await Promise.all([
      buildDocumentsFromRows(db, 5_000),
      buildDocumentsFromRows(other, 5_001),
    ]);
    other.close();
    expect(outcomes.map((o) => o.outcome).sort()).toEqual(["built", "none"]);
    expect(await buildDocumentsFromRows(db, 6_000)).toEqual({ outcome: "none" });
    const storage = createUpdateStorage(db);
    expect(await storage.count("workspace")).toBe(1);
    for (const row of frozenRows().journeys)
      expect(await storage.count(journeyDocKey(row.id as string))).toBe(1);
    expect(await db.quarantine.count()).toBe(1);
  });

  it("builds nothing from rows a newer Waymark wrote", async () => {
    const db = await upgradedFrozenDatabase();
    await db.meta.update("workspace", { formatVersion: 99 });
    expect(await buildDocumentsFromRows(db, 5_000)).toEqual({ outcome: "newer" });
    expect(await db.updates.count()).toBe(0);
  });
});
