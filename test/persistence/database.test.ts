import { produce } from "immer";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { addLink, emptyWorkspace, type Workspace } from "../../src/domain";
import {
  WaymarkDatabase,
  changeSetSize,
  claimFirstRun,
  diffWorkspaces,
  elementToRow,
  loadWorkspace,
  writeChanges,
  writeMeta,
} from "../../src/persistence";
import type { Migration } from "../../src/format";
import { blankJourney, withCard, workspaceWith } from "../helpers/factories";

let db: WaymarkDatabase;
let idb: IDBDatabase;
let dbCount = 0;

beforeEach(async () => {
  db = new WaymarkDatabase(`test-${++dbCount}`);
  await db.open();
  idb = db.backendDB();
});
afterEach(async () => {
  await db.delete();
});

function sampleWorkspace(): Workspace {
  const journey = produce(blankJourney(), (j) => {
    withCard(j, { id: "a", title: "Ad", satisfaction: 4 });
    withCard(j, {
      id: "b",
      title: "Checkout",
      stage: 2,
      painPoints: [{ id: "p", text: "Fees", severity: "high" }],
    });
    addLink(j, "l", "a", "b", "flow");
  });
  return workspaceWith(journey);
}

async function save(from: Workspace, to: Workspace) {
  await writeChanges(idb, diffWorkspaces(from, to));
}

describe("IndexedDB storage", () => {
  it("stores a workspace and loads it back equal", async () => {
    const workspace = sampleWorkspace();
    await save(emptyWorkspace(), workspace);
    const loaded = await loadWorkspace(db);
    expect(loaded.workspace).toEqual(workspace);
    expect(loaded.quarantined).toEqual([]);
  });

  it("writes only the rows a change touched", async () => {
    const workspace = sampleWorkspace();
    const big = produce(workspace, (ws) => {
      for (let i = 0; i < 1000; i++)
        withCard(ws.journeys["journey-1"]!, { id: `c${i}`, title: `Card ${i}` });
    });
    await save(emptyWorkspace(), big);
    const edited = produce(big, (ws) => {
      ws.journeys["journey-1"]!.elements.c500!.title = "Edited";
    });
    const changes = diffWorkspaces(big, edited);
    expect(changes.elements.put.map((r) => r.id)).toEqual(["c500"]);
    // The journey row is rewritten only when its own fields change (the store stamps updatedAt).
    expect(changes.journeys.put).toHaveLength(0);
    expect(changeSetSize(changes)).toBe(1);
    await writeChanges(idb, changes);
    const loaded = await loadWorkspace(db);
    expect(loaded.workspace.journeys["journey-1"]!.elements.c500!.title).toBe("Edited");
    expect(Object.keys(loaded.workspace.journeys["journey-1"]!.elements)).toHaveLength(1002);
  });

  it("keeps both tabs' changes when they write at the same moment from the same baseline", async () => {
    const stored = sampleWorkspace();
    await save(emptyWorkspace(), stored);
    const journey = (ws: Workspace) => ws.journeys["journey-1"]!;
    // Tab A renames a stage and writes first.
    const tabA = produce(stored, (ws) => {
      journey(ws).stages[0]!.name = "Renamed in A";
      journey(ws).updatedAt += 1;
    });
    const a = await writeChanges(idb, diffWorkspaces(stored, tabA), {
      base: stored,
      current: tabA,
    });
    expect(a.conflicts).toBe(0);
    // Tab B has not heard of it yet: it edits a card (the store stamps the journey) from the old baseline.
    const tabB = produce(stored, (ws) => {
      journey(ws).elements.a!.title = "Edited in B";
      journey(ws).elements.b!.satisfaction = 2;
      journey(ws).updatedAt += 2;
    });
    const b = await writeChanges(idb, diffWorkspaces(stored, tabB), {
      base: stored,
      current: tabB,
    });
    expect(b.conflicts).toBe(0);
    // B is handed the merged journey row, so it shows A's rename without waiting for A.
    expect(b.merged.journeys.get("journey-1")?.stages[0]!.name).toBe("Renamed in A");

    const loaded = journey((await loadWorkspace(db)).workspace);
    expect(loaded.stages[0]!.name).toBe("Renamed in A");
    expect(loaded.elements.a!.title).toBe("Edited in B");
    expect(loaded.updatedAt).toBe(journey(stored).updatedAt + 2);
  });

  it("stores this tab's value when both tabs changed the same detail, and counts it", async () => {
    const stored = sampleWorkspace();
    await save(emptyWorkspace(), stored);
    const titled = (title: string, satisfaction?: 1 | 5) =>
      produce(stored, (ws) => {
        const card = ws.journeys["journey-1"]!.elements.a!;
        card.title = title;
        if (satisfaction) card.satisfaction = satisfaction;
      });
    const fromA = titled("From A", 1);
    const fromB = titled("From B");
    await writeChanges(idb, diffWorkspaces(stored, fromA), { base: stored, current: fromA });
    const b = await writeChanges(idb, diffWorkspaces(stored, fromB), {
      base: stored,
      current: fromB,
    });
    expect(b.conflicts).toBe(1);
    const card = (await loadWorkspace(db)).workspace.journeys["journey-1"]!.elements.a!;
    expect(card).toMatchObject({ title: "From B", satisfaction: 1 });
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

  it("deletes a journey's cards and links with it", async () => {
    const workspace = sampleWorkspace();
    await save(emptyWorkspace(), workspace);
    const without = { ...workspace, journeys: {} };
    await save(workspace, without);
    expect(await db.elements.count()).toBe(0);
    expect(await db.links.count()).toBe(0);
  });

  it("sets a damaged card aside and loads the rest", async () => {
    const workspace = sampleWorkspace();
    await save(emptyWorkspace(), workspace);
    await db.elements.put({
      ...elementToRow("journey-1", workspace.journeys["journey-1"]!.elements.a!),
      satisfaction: 42 as never,
    });
    const loaded = await loadWorkspace(db);
    expect(Object.keys(loaded.workspace.journeys["journey-1"]!.elements)).toEqual(["b"]);
    // the link to the damaged card cannot stand either
    expect(loaded.quarantined.map((q) => q.what).sort()).toEqual(["card", "link"]);
    expect(loaded.quarantined.find((q) => q.what === "card")).toMatchObject({ label: "Ad" });
    expect(await db.elements.count()).toBe(1);
    // set aside once, not again at every load
    expect((await loadWorkspace(db)).quarantined).toHaveLength(2);
  });

  it("sets a damaged journey aside with its cards, kept whole for download", async () => {
    const workspace = sampleWorkspace();
    await save(emptyWorkspace(), workspace);
    await db.journeys.update("journey-1", { stages: "not a list" as never });
    const loaded = await loadWorkspace(db);
    expect(loaded.workspace.journeys).toEqual({});
    expect(loaded.quarantined).toHaveLength(1);
    expect(loaded.quarantined[0]).toMatchObject({ what: "journey", label: "Order groceries" });
    expect(loaded.quarantined[0]!.rows).toHaveLength(4);
  });

  it("reports journeys whose persona was lost", async () => {
    const workspace = sampleWorkspace();
    await save(emptyWorkspace(), workspace);
    await db.personas.update("persona-1", { name: 12 as never });
    const loaded = await loadWorkspace(db);
    expect(loaded.orphanJourneyIds).toEqual(["journey-1"]);
    expect(loaded.workspace.journeys["journey-1"]).toBeDefined();
  });

  it("runs the format's migrations on what it loads and rewrites it", async () => {
    const workspace = sampleWorkspace();
    await save(emptyWorkspace(), workspace);
    await writeMeta(db, { formatVersion: 0, sampleCreated: true });
    await db.elements.toCollection().modify((row) => {
      (row as unknown as { title: string }).title = `old:${row.title}`;
    });
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
    const loaded = await loadWorkspace(db, { migrations });
    expect(loaded.workspace.journeys["journey-1"]!.elements.a!.title).toBe("Ad");
    expect((await db.meta.get("workspace"))!.formatVersion).toBe(1);
    expect((await db.elements.get(["journey-1", "a"]))!.title).toBe("Ad");
  });

  it("refuses to touch rows written by a newer Waymark", async () => {
    await save(emptyWorkspace(), sampleWorkspace());
    await writeMeta(db, { formatVersion: 99, sampleCreated: true });
    const loaded = await loadWorkspace(db);
    expect(loaded.writtenByNewerVersion).toBe(true);
    expect(await db.elements.count()).toBe(2);
  });
});
