import { produce } from "immer";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { updateElement, type Journey } from "../../src/domain";
import { journeyRoots, writeJourneyChange } from "../../src/engine/journey-doc";
import { JourneyMirror } from "../../src/engine/journey-mirror";
import { sampleJourney } from "./helpers";

/** The card fields releases before format 3 know: a card with any other is set aside by them. */
const FIELDS_BEFORE_RATINGS = [
  "kind",
  "stageId",
  "laneId",
  "order",
  "title",
  "notes",
  "satisfaction",
  "confidence",
  "channel",
  "owner",
  "tags",
  "metrics",
  "painPoints",
  "at",
];

const rated = (journey: Journey, id: string, impact: 1 | 2 | 3 | 4 | 5 | null, effort = impact) =>
  produce(journey, (j) => updateElement(j, id, { impact, effort }));

function docOf(journey: Journey): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => writeJourneyChange(doc, null, journey));
  return doc;
}

describe("impact and effort in the journey document", () => {
  it("stay out of the card's own fields, so an older release still reads every card", () => {
    const journey = rated(sampleJourney(), "a", 4);
    const doc = docOf(journey);
    const entry = journeyRoots(doc).cards.get("a")!;
    for (const key of entry.keys()) expect(FIELDS_BEFORE_RATINGS).toContain(key);
    const read = new JourneyMirror(doc, []).journey!;
    expect([read.elements.a!.impact, read.elements.a!.effort]).toEqual([4, 4]);
    expect([read.elements.b!.impact, read.elements.b!.effort]).toEqual([null, null]);
  });

  it("merge when two people weigh one card at once, impact in one place and effort in another", () => {
    const journey = sampleJourney();
    const a = docOf(journey);
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const mirrorB = new JourneyMirror(b, []);
    const before = mirrorB.journey!;
    a.transact(() =>
      writeJourneyChange(
        a,
        journey,
        produce(journey, (j) => updateElement(j, "a", { impact: 5 })),
      ),
    );
    b.transact(() =>
      writeJourneyChange(
        b,
        journey,
        produce(journey, (j) => updateElement(j, "a", { effort: 2 })),
      ),
    );
    let changed = false;
    b.on("afterTransaction", (transaction: Y.Transaction) => {
      changed = mirrorB.update(transaction) || changed;
    });
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    const fromA = new JourneyMirror(a, []).journey!;
    expect([fromA.elements.a!.impact, fromA.elements.a!.effort]).toEqual([5, 2]);
    // The replica kept in step rereads only the weighed card; the other keeps its identity.
    expect(changed).toBe(true);
    expect(mirrorB.journey!.elements.a!.impact).toBe(5);
    expect(mirrorB.journey!.elements.b).toBe(before.elements.b);
  });

  it("go with their card when it is removed, and are refused when out of range", () => {
    const journey = rated(sampleJourney(), "a", 3);
    const doc = docOf(journey);
    const without = produce(journey, (j) => {
      delete j.elements.a;
      for (const id of Object.keys(j.links)) delete j.links[id];
    });
    doc.transact(() => writeJourneyChange(doc, journey, without));
    expect([...journeyRoots(doc).ratings.keys()]).toEqual([]);

    const hostile = docOf(sampleJourney());
    journeyRoots(hostile).ratings.set("b/impact", 9);
    const damaged: unknown[] = [];
    const read = new JourneyMirror(hostile, damaged as never).journey!;
    expect(read.elements.b).toBeUndefined();
    expect(damaged).toHaveLength(1);
  });
});
