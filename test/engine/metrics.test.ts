import { produce } from "immer";
import { afterEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import type { Journey } from "../../src/domain";
import type { Engine } from "../../src/engine";
import { journeyRoots, undoScope, writeJourneyChange } from "../../src/engine/journey-doc";
import { JourneyMirror } from "../../src/engine/journey-mirror";
import {
  channelName,
  engineOn,
  freshDatabase,
  sampleJourney,
  seed,
  settle,
  sampleWorkspace,
} from "./helpers";
import { waitAtBranch } from "../helpers/metrics";

const wait = waitAtBranch;

function docOf(journey: Journey): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => writeJourneyChange(doc, null, journey));
  return doc;
}

/** A journey measured with the library: classic, new standard and custom figures, goals, an aim. */
const measured = (journey: Journey) =>
  produce(journey, (j) => {
    j.customMetrics[wait.id] = wait;
    j.elements.a!.metrics = { csat: 80, cesEffort: 2, frtSeconds: 45, [wait.id]: 12 };
    j.targets.nps = { metric: "nps", value: 20, by: null };
    j.targets[wait.id] = { metric: wait.id, value: 10, by: "2027-06-30" };
    j.plan.act = {
      id: "act",
      title: "Book a slot online",
      notes: "",
      status: "idea",
      owner: null,
      due: null,
      target: { metric: wait.id, value: 5 },
      cardIds: ["a"],
      createdAt: 1,
    };
  });

describe("the metric library in the journey document", () => {
  it("reads back what was written, keeping where older releases look only what they know", () => {
    const journey = measured(sampleJourney());
    const doc = docOf(journey);
    const roots = journeyRoots(doc);
    expect(new JourneyMirror(doc, []).journey).toEqual(journey);
    // A release before the library checks a card's metrics, goals and aims strictly: the figures
    // it does not know live apart, so it never sets the card, goal or action aside.
    const cardMetrics = roots.cards.get("a")!.get("metrics") as Y.Map<unknown>;
    expect(Object.fromEntries(cardMetrics.entries())).toEqual({ csat: 80 });
    expect(Object.fromEntries(roots.measures.entries())).toEqual({
      "a/cesEffort": 2,
      "a/frtSeconds": 45,
      [`a/${wait.id}`]: 12,
    });
    expect([...roots.targets.keys()]).toEqual(["nps"]);
    expect([...roots.goals.keys()]).toEqual([wait.id]);
    expect((roots.plan.get("act") as Y.Map<unknown>).get("target")).toBeNull();
    expect(roots.aims.get("act")).toEqual({ metric: wait.id, value: 5 });
    expect(roots.metricDefs.get(wait.id)).toMatchObject({ name: "Wait at the branch" });
  });

  it("takes a card's figures out with the card, and a cleared figure out of the root", () => {
    const journey = measured(sampleJourney());
    const doc = docOf(journey);
    const cleared = produce(journey, (j) => {
      delete j.elements.a!.metrics.frtSeconds;
    });
    doc.transact(() => writeJourneyChange(doc, journey, cleared));
    expect([...journeyRoots(doc).measures.keys()].sort()).toEqual(["a/cesEffort", `a/${wait.id}`]);
    const gone = produce(cleared, (j) => {
      delete j.elements.a;
      delete j.links.l;
      j.plan.act!.cardIds = [];
    });
    doc.transact(() => writeJourneyChange(doc, cleared, gone));
    expect([...journeyRoots(doc).measures.keys()]).toEqual([]);
  });

  it("merges two people giving one card figures for different metrics at once", () => {
    const journey = measured(sampleJourney());
    const a = docOf(journey);
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const inA = produce(journey, (j) => {
      j.elements.a!.metrics[wait.id] = 30;
    });
    const inB = produce(journey, (j) => {
      j.elements.a!.metrics.cesEffort = 4;
    });
    a.transact(() => writeJourneyChange(a, journey, inA));
    b.transact(() => writeJourneyChange(b, journey, inB));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const read = new JourneyMirror(a, []).journey!;
    expect(read.elements.a!.metrics).toEqual({
      csat: 80,
      cesEffort: 4,
      frtSeconds: 45,
      [wait.id]: 30,
    });
    expect(new JourneyMirror(b, []).journey).toEqual(read);
  });

  it("sets aside only a figure that does not fit (never its card), and a goal for no metric", () => {
    const doc = docOf(measured(sampleJourney()));
    journeyRoots(doc).measures.set("a/cesEffort", 9);
    journeyRoots(doc).measures.set("a/csat", 1);
    journeyRoots(doc).goals.set("csat", { value: 1, by: null });
    const damaged: { what: string; where?: { root: string; key: string } }[] = [];
    const journey = new JourneyMirror(doc, damaged as never).journey!;
    expect(journey.elements.a!.metrics).toEqual({ csat: 80, frtSeconds: 45, [wait.id]: 12 });
    expect(journey.targets.csat).toBeUndefined();
    expect(damaged.map((d) => `${d.where!.root}/${d.where!.key}`).sort()).toEqual([
      "goals/csat",
      "measures/a/cesEffort",
      "measures/a/csat",
    ]);
  });

  it("lets an aim set by a release before the library win, and an edit here never erases it", () => {
    const journey = measured(sampleJourney());
    const doc = docOf(journey);
    // An older release knows only the plan root: it aims the action at CSAT.
    const entry = journeyRoots(doc).plan.get("act") as Y.Map<unknown>;
    entry.set("target", { metric: "csat", value: 90 });
    const read = new JourneyMirror(doc, []).journey!;
    expect(read.plan.act!.target).toEqual({ metric: "csat", value: 90 });
    const retitled = produce(read, (j) => {
      j.plan.act!.title = "Book a slot online, or walk in";
    });
    doc.transact(() => writeJourneyChange(doc, read, retitled));
    expect(entry.get("target")).toEqual({ metric: "csat", value: 90 });
    expect(new JourneyMirror(doc, []).journey!.plan.act!.target).toEqual({
      metric: "csat",
      value: 90,
    });
  });

  it("keeps a custom metric's definition through undo: someone else's goal may name it", () => {
    const journey = produce(sampleJourney(), (j) => {
      j.customMetrics[wait.id] = wait;
      j.elements.a!.metrics[wait.id] = 12;
    });
    const doc = new Y.Doc();
    const undo = new Y.UndoManager(undoScope(journeyRoots(doc)), {
      trackedOrigins: new Set([doc.clientID, "edit"]),
    });
    doc.transact(() => writeJourneyChange(doc, sampleJourney(), journey), "edit");
    undo.undo();
    expect(journeyRoots(doc).metricDefs.get(wait.id)).toMatchObject({ name: wait.name });
    expect(journeyRoots(doc).measures.size).toBe(0);
  });

  it("rereads only the card whose figure changed elsewhere", () => {
    const journey = measured(sampleJourney());
    const doc = docOf(journey);
    const mirror = new JourneyMirror(doc, []);
    const before = mirror.journey!;
    let changed = false;
    doc.on("afterTransaction", (transaction: Y.Transaction) => {
      changed = mirror.update(transaction) || changed;
    });
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    other.transact(() => journeyRoots(other).measures.set(`a/${wait.id}`, 50));
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other));
    expect(changed).toBe(true);
    expect(mirror.journey!.elements.a!.metrics[wait.id]).toBe(50);
    expect(mirror.journey!.elements.b).toBe(before.elements.b);
  });
});

describe("the workspace's metric library", () => {
  const engines: Engine[] = [];
  afterEach(() => {
    for (const engine of engines.splice(0)) engine.destroy();
  });

  it("is stored, and another tab sees a metric defined and a choice made here", async () => {
    const db = await freshDatabase();
    const channel = channelName();
    const a = engineOn(db, channel);
    engines.push(a);
    await a.start();
    seed(a, sampleWorkspace());
    a.putMetricLibrary({ custom: { [wait.id]: wait }, onCards: { cesEffort: true, ces: false } });
    const b = engineOn(db, channel);
    engines.push(b);
    await b.start();
    await settle(60);
    expect(b.getState().workspace.metrics).toEqual({
      custom: { [wait.id]: wait },
      onCards: { cesEffort: true, ces: false },
    });
    a.putMetricLibrary({ custom: {}, onCards: { cesEffort: true, ces: false } });
    await settle(60);
    expect(b.getState().workspace.metrics.custom).toEqual({});
  });
});
