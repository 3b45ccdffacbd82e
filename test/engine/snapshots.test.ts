import { produce } from "immer";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  diffJourneys,
  isDiffEmpty,
  restoreSnapshotOver,
  updateElement,
  removeElements,
  type JourneySnapshot,
} from "../../src/domain";
import { createSnapshotShelf } from "../../src/engine";
import {
  parseWaymarkText,
  planImport,
  serializeWorkspace,
  snapshotFromStored,
  snapshotToStored,
} from "../../src/format";
import { freshDatabase, sampleJourney, sampleWorkspace } from "./helpers";
import { withCard } from "../helpers/factories";

const options = { source: "Waymark test", exportedAt: new Date(Date.UTC(2026, 11, 4)) };

function snapshotOf(journey = sampleJourney(), overrides: Partial<JourneySnapshot> = {}) {
  return {
    id: "snap-1",
    journeyId: journey.id,
    name: "Before the workshop",
    reason: "manual" as const,
    takenAt: 1_700_000_000_000,
    cardCount: Object.keys(journey.elements).length,
    journey,
    ...overrides,
  };
}

describe("snapshots: then and now", () => {
  it("names the cards added, removed and changed, the scores and metrics that moved", () => {
    const then = sampleJourney();
    const now = produce(then, (j) => {
      updateElement(j, "a", { title: "Ad on TikTok", satisfaction: 2, metrics: { nps: 12 } });
      removeElements(j, ["b"]);
      withCard(j, { id: "c", title: "Chat" });
    });
    const diff = diffJourneys(then, now);
    expect(diff.added.map((c) => c.id)).toEqual(["c"]);
    expect(diff.removed.map((c) => c.id)).toEqual(["b"]);
    expect(diff.changed.map((c) => [c.after.id, c.fields])).toEqual([["a", ["title"]]]);
    expect(diff.scores.map((s) => [s.after.id, s.from, s.to])).toEqual([["a", null, 2]]);
    expect(diff.metrics.map((m) => [m.metric, m.from, m.to])).toEqual([["nps", null, 12]]);
    expect(isDiffEmpty(diffJourneys(then, then))).toBe(true);
  });

  it("restores over the journey: its cards come back, the journey keeps its id and creation", () => {
    const then = sampleJourney();
    const now = produce(then, (j) => {
      removeElements(j, ["a"]);
      j.title = "Renamed";
    });
    const restored = produce(now, (j) => restoreSnapshotOver(j, then));
    expect(Object.keys(restored.elements).sort()).toEqual(["a", "b"]);
    expect(restored.title).toBe(then.title);
    expect([restored.id, restored.createdAt]).toEqual([now.id, now.createdAt]);
    expect(isDiffEmpty(diffJourneys(then, restored))).toBe(true);
  });

  it("keeps the dots of a voting round running now", () => {
    const then = sampleJourney();
    const now = produce(then, (j) => {
      j.votingRound = { id: "r", dotsPerParticipant: 3, participants: 2 };
      j.votes.v1 = { id: "v1", elementId: "a", by: "round:r:1", at: 5, weight: 1 };
      j.elements.a!.votes = 1;
    });
    const restored = produce(now, (j) => restoreSnapshotOver(j, then));
    expect(Object.keys(restored.votes)).toEqual(["v1"]);
    expect(restored.elements.a!.votes).toBe(1);
    expect(restored.votingRound).toEqual(now.votingRound);
  });
});

describe("snapshots kept", () => {
  it("are kept, listed newest first, read back whole and removed, in the app's database", async () => {
    const shelf = createSnapshotShelf(await freshDatabase());
    const journey = sampleJourney();
    await shelf.keep(snapshotOf(journey));
    await shelf.keep(snapshotOf(journey, { id: "snap-2", takenAt: 1_800_000_000_000 }));
    await shelf.keep(snapshotOf({ ...journey, id: "other" }, { id: "snap-3", journeyId: "other" }));
    expect((await shelf.list(journey.id)).map((s) => s.id)).toEqual(["snap-2", "snap-1"]);
    const read = await shelf.read("snap-1");
    expect(read?.journey.elements.a?.title).toBe("Ad");
    expect(read?.journey.links).toEqual(journey.links);
    await shelf.remove("snap-1");
    expect((await shelf.list(journey.id)).map((s) => s.id)).toEqual(["snap-2"]);
    expect(await shelf.ids()).toEqual(new Set(["snap-2", "snap-3"]));
  });

  it("taken by an older format are migrated as they are read; damaged or newer ones are left unread", () => {
    const v3 = JSON.parse(
      readFileSync(
        path.resolve(__dirname, "../fixtures/format-v3/journey-priorities.waymark.json"),
        "utf8",
      ),
    ).journeys[0];
    const stored = { ...snapshotToStored(snapshotOf()), journeyId: v3.id, version: 3, journey: v3 };
    const read = snapshotFromStored(stored);
    expect(read?.journey.plan).toEqual({});
    expect(Object.keys(read!.journey.elements)).toHaveLength(v3.elements.length);
    expect(snapshotFromStored({ ...stored, version: 99 })).toBeNull();
    expect(snapshotFromStored({ ...stored, journey: { ...v3, stages: "nope" } })).toBeNull();
  });
});

describe("snapshots in backups", () => {
  it("travel with the journeys they were taken of and come back with them", async () => {
    const workspace = sampleWorkspace();
    const journey = Object.values(workspace.journeys)[0]!;
    const text = await serializeWorkspace(workspace, options, [
      snapshotOf(journey),
      // A snapshot of a journey the backup does not hold is left out.
      snapshotOf({ ...journey, id: "gone" }, { id: "snap-gone", journeyId: "gone" }),
    ]);
    const parsed = parseWaymarkText(text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    expect(parsed.value.snapshots.map((s) => s.id)).toEqual(["snap-1"]);
    expect(parsed.value.snapshots[0]!.journey.elements.a?.title).toBe("Ad");
    // Into a browser without the journey: its snapshot comes with it.
    const fresh = planImport({ personas: {}, journeys: {} }, parsed.value, () => "x", 5);
    expect(fresh.snapshots.map((s) => s.journeyId)).toEqual([journey.id]);
    // Into a workspace that already holds the journey: it comes as a copy with fresh card ids,
    // which the snapshot does not know, so the snapshot stays with the journey already here.
    let n = 0;
    const plan = planImport(
      { personas: workspace.personas, journeys: workspace.journeys, snapshots: new Set() },
      parsed.value,
      () => `fresh-${++n}`,
      5,
    );
    expect(plan.journeys[0]!.id).not.toBe(journey.id);
    expect(plan.snapshots).toEqual([]);
    expect(
      planImport(
        { personas: {}, journeys: {}, snapshots: new Set(["snap-1"]) },
        parsed.value,
        () => "x",
        5,
      ).snapshots,
    ).toEqual([]);
  });

  it("refuse a backup whose snapshot is damaged, naming it", async () => {
    const workspace = sampleWorkspace();
    const journey = Object.values(workspace.journeys)[0]!;
    const file = JSON.parse(await serializeWorkspace(workspace, options, [snapshotOf(journey)]));
    file.snapshots[0].journey.elements[0].stageId = "nowhere";
    const parsed = parseWaymarkText(JSON.stringify(file));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(JSON.stringify(parsed.error)).toMatch(/"snapshots",0,"journey"/);
    // A snapshot of a journey the file does not hold, or in a single journey's file, is refused.
    file.snapshots[0].journey = JSON.parse(JSON.stringify(file.journeys[0]));
    expect(parseWaymarkText(JSON.stringify(file)).ok).toBe(true);
    file.snapshots[0].journey.id = "someone-else";
    file.snapshots[0].journeyId = "someone-else";
    expect(parseWaymarkText(JSON.stringify(file)).ok).toBe(false);
    const single = JSON.parse(await serializeWorkspace(workspace, options, [snapshotOf(journey)]));
    single.kind = "journey";
    expect(parseWaymarkText(JSON.stringify(single)).ok).toBe(false);
  });
});
