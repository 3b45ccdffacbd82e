import { produce } from "immer";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  actionFromCard,
  addAction,
  removeElements,
  updateAction,
  type Journey,
} from "../../src/domain";
import { journeyRoots, writeJourneyChange } from "../../src/engine/journey-doc";
import { JourneyMirror } from "../../src/engine/journey-mirror";
import { sampleJourney } from "./helpers";

function docOf(journey: Journey): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => writeJourneyChange(doc, null, journey));
  return doc;
}

const planned = (journey: Journey) =>
  produce(journey, (j) => {
    addAction(j, actionFromCard(j, "a", "act-1", 1_000)!);
    updateAction(j, "act-1", { cardIds: ["a", "b"] });
  });

describe("the action plan in the journey document", () => {
  it("reads back what was written, each action an entry of its own fields", () => {
    const journey = planned(sampleJourney());
    const doc = docOf(journey);
    expect([...journeyRoots(doc).plan.keys()]).toEqual(["act-1"]);
    expect(journeyRoots(doc).plan.get("act-1")).toBeInstanceOf(Y.Map);
    expect(new JourneyMirror(doc, []).journey!.plan).toEqual(journey.plan);
  });

  it("merges two people changing one action at once: one moves it, the other sets its day", () => {
    const journey = planned(sampleJourney());
    const a = docOf(journey);
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const mirrorB = new JourneyMirror(b, []);
    const before = mirrorB.journey!;
    a.transact(() =>
      writeJourneyChange(
        a,
        journey,
        produce(journey, (j) => void updateAction(j, "act-1", { status: "inProgress" })),
      ),
    );
    b.transact(() =>
      writeJourneyChange(
        b,
        journey,
        produce(journey, (j) => void updateAction(j, "act-1", { due: "2027-01-15" })),
      ),
    );
    b.on("afterTransaction", (transaction: Y.Transaction) => mirrorB.update(transaction));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    for (const doc of [a, b]) {
      const action = new JourneyMirror(doc, []).journey!.plan["act-1"]!;
      expect([action.status, action.due]).toEqual(["inProgress", "2027-01-15"]);
    }
    // Cards were not touched: the replica kept in step keeps them as they were.
    expect(mirrorB.journey!.elements).toBe(before.elements);
  });

  it("keeps an action when a card it fixes is removed, here or elsewhere, without that card", () => {
    const journey = planned(sampleJourney());
    const doc = docOf(journey);
    // Removed in another place that wrote only the card's removal (an older release does).
    journeyRoots(doc).cards.delete("b");
    const read = new JourneyMirror(doc, []).journey!;
    expect(read.plan["act-1"]!.cardIds).toEqual(["a"]);
    // Removed here: the domain takes the card out of the action too.
    const without = produce(journey, (j) => removeElements(j, ["a"]));
    expect(without.plan["act-1"]!.cardIds).toEqual(["b"]);
  });

  it("sets aside an action that fails the schema, and opens the rest", () => {
    const doc = docOf(planned(sampleJourney()));
    const hostile = new Y.Map<unknown>();
    journeyRoots(doc).plan.set("act-2", hostile);
    hostile.set("title", "<img src=x onerror=alert(1)>");
    hostile.set("status", "whenever");
    const damaged: { what: string }[] = [];
    const read = new JourneyMirror(doc, damaged as never).journey!;
    expect(Object.keys(read.plan)).toEqual(["act-1"]);
    expect(damaged.map((d) => d.what)).toEqual(["action"]);
  });
});

describe("targets in the journey document", () => {
  it("read back as written, taken away when removed, and a stray key is set aside", () => {
    const journey = produce(sampleJourney(), (j) => {
      j.targets.nps = { metric: "nps", value: 20, by: "2027-03-31" };
    });
    const doc = docOf(journey);
    expect(new JourneyMirror(doc, []).journey!.targets).toEqual(journey.targets);
    const without = produce(journey, (j) => {
      delete j.targets.nps;
    });
    doc.transact(() => writeJourneyChange(doc, journey, without));
    expect([...journeyRoots(doc).targets.keys()]).toEqual([]);
    journeyRoots(doc).targets.set("mood", { value: 3, by: null });
    const damaged: { what: string }[] = [];
    expect(new JourneyMirror(doc, damaged as never).journey!.targets).toEqual({});
    expect(damaged.map((d) => d.what)).toEqual(["target"]);
  });
});

describe("an action edited where some of its cards are not shown", () => {
  it("keeps those cards in the document: an edit never drops what it did not see", () => {
    const journey = planned(sampleJourney());
    const doc = docOf(journey);
    // Card b is set aside here (unreadable), so this replica reads the action without it.
    journeyRoots(doc).cards.get("b")!.set("satisfaction", 42);
    const mirror = new JourneyMirror(doc, []);
    const seen = mirror.journey!;
    expect(seen.plan["act-1"]!.cardIds).toEqual(["a"]);
    const moved = produce(seen, (j) => void updateAction(j, "act-1", { status: "done" }));
    doc.transact(() => writeJourneyChange(doc, seen, moved));
    const entry = journeyRoots(doc).plan.get("act-1")!;
    expect(entry.get("cardIds")).toEqual(["a", "b"]);
    expect(entry.get("status")).toBe("done");
  });
});
