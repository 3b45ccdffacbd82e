import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MIGRATIONS, type Migration } from "../../src/format";
import { WaymarkDatabase, claimFirstRun, writeMeta } from "../../src/persistence";
import { readLegacyRows } from "../../src/persistence/load";
import { writeLegacyRows, sampleLegacyRows } from "../helpers/legacy-rows";

let db: WaymarkDatabase;
let dbCount = 0;

beforeEach(async () => {
  db = new WaymarkDatabase(`legacy-${++dbCount}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

describe("reading the rows of database version 1", () => {
  it("reads a workspace back as the documents will hold it: order keys and vote entries", async () => {
    await writeLegacyRows(db, sampleLegacyRows());
    const { workspace, setAside, orphanJourneyIds } = await readLegacyRows(db);
    expect(setAside).toEqual([]);
    expect(orphanJourneyIds).toEqual([]);
    const journey = workspace.journeys["journey-1"]!;
    expect(Object.keys(journey.elements).sort()).toEqual(["a", "b"]);
    expect(journey.elements.a).toMatchObject({ title: "Ad", satisfaction: 4, votes: 3 });
    expect(journey.elements.a!.order).toMatch(/^[0-9A-Za-z]+$/);
    expect(Object.values(journey.votes)).toEqual([
      expect.objectContaining({ elementId: "a", weight: 3 }),
    ]);
    expect(Object.keys(journey.links)).toEqual(["l"]);
  });

  it("lets exactly one of two tabs opening at the same moment make the sample", async () => {
    const other = new WaymarkDatabase(db.name);
    await other.open();
    const claims = await Promise.all([claimFirstRun(db, 1), claimFirstRun(other, 2)]);
    other.close();
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(await claimFirstRun(db, 3)).toBe(false);
    expect(await db.meta.get("workspace")).toMatchObject({ sampleCreated: true });
  });

  it("sets a damaged card aside and reads the rest, leaving the rows as they are", async () => {
    const rows = sampleLegacyRows();
    (rows.elements[0] as { satisfaction: unknown }).satisfaction = 42;
    await writeLegacyRows(db, rows);
    const { workspace, setAside } = await readLegacyRows(db);
    expect(Object.keys(workspace.journeys["journey-1"]!.elements)).toEqual(["b"]);
    // the link to the damaged card cannot stand either
    expect(setAside.map((q) => q.what).sort()).toEqual(["card", "link"]);
    expect(setAside.find((q) => q.what === "card")).toMatchObject({ label: "Ad" });
    expect(await db.elements.count()).toBe(2);
  });

  it("sets a damaged journey aside with its cards, kept whole for download", async () => {
    const rows = sampleLegacyRows();
    (rows.journeys[0] as { stages: unknown }).stages = "not a list";
    await writeLegacyRows(db, rows);
    const { workspace, setAside } = await readLegacyRows(db);
    expect(workspace.journeys).toEqual({});
    expect(setAside).toHaveLength(1);
    expect(setAside[0]).toMatchObject({ what: "journey", label: "Order groceries" });
    expect(setAside[0]!.rows).toHaveLength(4);
  });

  it("reports journeys whose persona was lost", async () => {
    const rows = sampleLegacyRows();
    (rows.personas[0] as { name: unknown }).name = 12;
    await writeLegacyRows(db, rows);
    const { workspace, orphanJourneyIds } = await readLegacyRows(db);
    expect(orphanJourneyIds).toEqual(["journey-1"]);
    expect(workspace.journeys["journey-1"]).toBeDefined();
  });

  it("runs the format's migrations on the rows it reads", async () => {
    const rows = sampleLegacyRows();
    for (const row of rows.elements) (row as { title: string }).title = `old:${row.title}`;
    await writeLegacyRows(db, rows);
    await writeMeta(db, { formatVersion: 0, sampleCreated: true });
    const migrations: Migration[] = [
      {
        to: 1,
        name: "strip the old: prefix",
        up: (d) => ({
          ...d,
          journeys: d.journeys.map((j) => {
            const journey = j as { elements: { title: string }[] };
            return {
              ...journey,
              elements: journey.elements.map((e) => ({
                ...e,
                title: e.title.replace(/^old:/, ""),
              })),
            };
          }),
        }),
      },
    ];
    const { workspace } = await readLegacyRows(db, { migrations: [...migrations, ...MIGRATIONS] });
    expect(workspace.journeys["journey-1"]!.elements.a!.title).toBe("Ad");
  });

  it("sets aside, through the migrations, cards and arrows whose journey row is gone", async () => {
    const rows = sampleLegacyRows();
    rows.elements.push({ ...rows.elements[0]!, id: "lost", journeyId: "gone" });
    rows.links.push({ ...rows.links[0]!, id: "lostLink", journeyId: "gone" });
    await writeLegacyRows(db, rows);
    await writeMeta(db, { formatVersion: 1, sampleCreated: true });
    const { workspace, setAside } = await readLegacyRows(db);
    expect(Object.keys(workspace.journeys["journey-1"]!.elements).sort()).toEqual(["a", "b"]);
    expect(setAside.map((q) => q.what).sort()).toEqual(["card", "link"]);
  });

  it("refuses rows written by a newer Waymark", async () => {
    await writeLegacyRows(db, sampleLegacyRows());
    await writeMeta(db, { formatVersion: 99, sampleCreated: true });
    const read = await readLegacyRows(db);
    expect(read.writtenByNewerVersion).toBe(true);
    expect(read.workspace.journeys).toEqual({});
  });
});
