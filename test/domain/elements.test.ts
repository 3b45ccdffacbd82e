import { produce } from "immer";
import { describe, expect, it } from "vitest";
import {
  addElement,
  addLink,
  cellElements,
  copyElements,
  createElement,
  duplicateElements,
  dropTarget,
  moveElements,
  pasteElements,
  removeElements,
  addVote,
  removeVote,
  addPainPoint,
  updatePainPoint,
  removePainPoint,
  updateElement,
  orderAt,
} from "../../src/domain";
import { blankJourney, laneId, sequentialIds, stageId, withCard } from "../helpers/factories";

const titles = (
  journey: ReturnType<typeof blankJourney>,
  stage: number,
  lane = "touchpoints" as const,
) => cellElements(journey, stageId(journey, stage), laneId(journey, lane)).map((e) => e.title);

describe("cards", () => {
  it("adds a card at the end of its cell, or at the position asked", () => {
    let journey = blankJourney();
    const target = { stageId: stageId(journey, 0), laneId: laneId(journey, "touchpoints") };
    journey = produce(journey, (j) =>
      addElement(j, createElement("a", "touchpoint", target.stageId, target.laneId, "A"), target),
    );
    journey = produce(journey, (j) =>
      addElement(j, createElement("b", "touchpoint", target.stageId, target.laneId, "B"), target),
    );
    journey = produce(journey, (j) =>
      addElement(j, createElement("c", "touchpoint", target.stageId, target.laneId, "C"), {
        ...target,
        index: 1,
      }),
    );
    expect(titles(journey, 0)).toEqual(["A", "C", "B"]);
  });

  it("refuses a card in the emotion curve lane, which draws itself from scores", () => {
    const journey = blankJourney();
    const target = { stageId: stageId(journey, 0), laneId: laneId(journey, "emotionCurve") };
    expect(() =>
      produce(journey, (j) =>
        addElement(j, createElement("a", "touchpoint", target.stageId, target.laneId), target),
      ),
    ).toThrow();
  });

  it("moves a card to another stage and changes only that card", () => {
    const journey = produce(blankJourney(), (j) => {
      withCard(j, { id: "a", title: "A" });
      withCard(j, { id: "b", title: "B" });
    });
    const moved = produce(journey, (j) =>
      moveElements(j, ["a"], { stageId: stageId(j, 2), laneId: laneId(j, "touchpoints") }),
    );
    expect(titles(moved, 0)).toEqual(["B"]);
    expect(titles(moved, 2)).toEqual(["A"]);
    expect(moved.elements.b).toBe(journey.elements.b);
  });

  it("reorders within a cell, the index being the card's final position", () => {
    const journey = produce(blankJourney(), (j) => {
      for (const id of ["a", "b", "c", "d"]) withCard(j, { id, title: id.toUpperCase() });
    });
    const target = { stageId: stageId(journey, 0), laneId: laneId(journey, "touchpoints") };
    expect(
      titles(
        produce(journey, (j) => moveElements(j, ["a"], { ...target, index: 2 })),
        0,
      ),
    ).toEqual(["B", "C", "A", "D"]);
    expect(
      titles(
        produce(journey, (j) => moveElements(j, ["d"], { ...target, index: 0 })),
        0,
      ),
    ).toEqual(["D", "A", "B", "C"]);
  });

  it("drops a dragged card where the marker showed it, counting its own slot out", () => {
    const journey = produce(blankJourney(), (j) => {
      for (const id of ["a", "b", "c"]) withCard(j, { id, title: id.toUpperCase() });
    });
    const cell = { stageId: stageId(journey, 0), laneId: laneId(journey, "touchpoints") };
    const drop = (ids: string[], slot: number) =>
      titles(
        produce(journey, (j) => moveElements(j, ids, dropTarget(j, ids, { ...cell, index: slot }))),
        0,
      );
    // A dropped on the lower half of B (the slot between B and C) goes between them.
    expect(drop(["a"], 2)).toEqual(["B", "A", "C"]);
    // A nudged within its own lower half stays put.
    expect(drop(["a"], 1)).toEqual(["A", "B", "C"]);
    // Upwards there is nothing to count out.
    expect(drop(["c"], 0)).toEqual(["C", "A", "B"]);
    expect(drop(["a", "b"], 3)).toEqual(["C", "A", "B"]);
    // Into another cell, the slot is already among the cards that stay.
    const other = { stageId: stageId(journey, 1), laneId: cell.laneId, index: 0 };
    expect(dropTarget(journey, ["a"], other)).toEqual(other);
  });

  it("keeps the relative order of several cards moved together", () => {
    const journey = produce(blankJourney(), (j) => {
      withCard(j, { id: "a", title: "A" });
      withCard(j, { id: "b", title: "B", stage: 1 });
      withCard(j, { id: "c", title: "C" });
    });
    const moved = produce(journey, (j) =>
      moveElements(j, ["c", "b", "a"], {
        stageId: stageId(j, 3),
        laneId: laneId(j, "touchpoints"),
      }),
    );
    expect(titles(moved, 3)).toEqual(["A", "C", "B"]);
  });

  it("deals a cell fresh order keys when two cards share one (placed at one spot at once)", () => {
    const journey = produce(blankJourney(), (j) => {
      withCard(j, { id: "a", title: "A", order: 1 });
      withCard(j, { id: "b", title: "B", order: 1 });
      withCard(j, { id: "c", title: "C", order: 5, stage: 1 });
    });
    const moved = produce(journey, (j) =>
      moveElements(j, ["c"], {
        stageId: stageId(j, 0),
        laneId: laneId(j, "touchpoints"),
        index: 1,
      }),
    );
    expect(titles(moved, 0)).toEqual(["A", "C", "B"]);
    const keys = ["a", "b", "c"].map((id) => moved.elements[id]!.order);
    expect(new Set(keys).size).toBe(3);
    expect(orderAt([], 0)).toMatch(/^[0-9A-Za-z]+$/);
  });

  it("removes cards with every link that touches them", () => {
    const journey = produce(blankJourney(), (j) => {
      withCard(j, { id: "a" });
      withCard(j, { id: "b" });
      withCard(j, { id: "c" });
      addLink(j, "l1", "a", "b", "flow");
      addLink(j, "l2", "b", "c", "causes");
    });
    const after = produce(journey, (j) => removeElements(j, ["a"]));
    expect(Object.keys(after.elements).sort()).toEqual(["b", "c"]);
    expect(Object.keys(after.links)).toEqual(["l2"]);
  });

  it("duplicates cards next to themselves with fresh ids and the links among them", () => {
    const journey = produce(blankJourney(), (j) => {
      withCard(j, {
        id: "a",
        title: "A",
        votes: 3,
        painPoints: [{ id: "p1", text: "slow", severity: "high" }],
      });
      withCard(j, { id: "b", title: "B" });
      addLink(j, "l1", "a", "b", "flow");
    });
    let created: string[] = [];
    const after = produce(journey, (j) => {
      created = duplicateElements(j, ["a", "b"], sequentialIds("copy"));
    });
    expect(created).toHaveLength(2);
    expect(titles(after, 0)).toEqual(["A", "A", "B", "B"]);
    const copyOfA = after.elements[created[0]!]!;
    expect(copyOfA.votes).toBe(0);
    expect(copyOfA.painPoints[0]!.id).not.toBe("p1");
    expect(
      Object.values(after.links).filter((l) => l.from === created[0] && l.to === created[1]),
    ).toHaveLength(1);
  });

  it("pastes into another journey, keeping stage and lane by position", () => {
    const source = produce(blankJourney({ id: "s", newId: sequentialIds("s") }), (j) => {
      withCard(j, { id: "a", title: "A", stage: 2, lane: "frictionPoints", kind: "frictionPoint" });
    });
    const clipboard = copyElements(source, ["a"]);
    const target = blankJourney({ id: "t", newId: sequentialIds("t") });
    const fallback = { stageId: stageId(target, 0), laneId: laneId(target, "touchpoints") };
    let created: string[] = [];
    const after = produce(target, (j) => {
      created = pasteElements(j, clipboard, fallback, sequentialIds("p"));
    });
    const pasted = after.elements[created[0]!]!;
    expect(pasted.stageId).toBe(stageId(target, 2));
    expect(pasted.laneId).toBe(laneId(target, "frictionPoints"));
    expect(pasted.title).toBe("A");
  });

  it("updates fields, pain points and votes (a vote taken back only when there is one)", () => {
    let journey = produce(blankJourney(), (j) => void withCard(j, { id: "a" }));
    journey = produce(journey, (j) =>
      updateElement(j, "a", { title: "Checkout page", satisfaction: 2 }),
    );
    journey = produce(journey, (j) =>
      addPainPoint(j, "a", { id: "p", text: "Hidden fees", severity: "medium" }),
    );
    journey = produce(journey, (j) => updatePainPoint(j, "a", "p", { severity: "high" }));
    journey = produce(journey, (j) => void removeVote(j, "a", null));
    expect(journey.elements.a).toMatchObject({ title: "Checkout page", satisfaction: 2, votes: 0 });
    const vote = { id: "v", elementId: "a", by: "free", at: 1, weight: 1 };
    journey = produce(journey, (j) => void addVote(j, vote));
    expect(journey.elements.a!.votes).toBe(1);
    expect(journey.votes).toEqual({ v: vote });
    expect(journey.elements.a!.painPoints).toEqual([
      { id: "p", text: "Hidden fees", severity: "high" },
    ]);
    journey = produce(journey, (j) => removePainPoint(j, "a", "p"));
    expect(journey.elements.a!.painPoints).toEqual([]);
  });

  it("refuses self-links and duplicate links", () => {
    const journey = produce(blankJourney(), (j) => {
      withCard(j, { id: "a" });
      withCard(j, { id: "b" });
    });
    produce(journey, (j) => {
      expect(addLink(j, "l1", "a", "a", "flow")).toBe(false);
      expect(addLink(j, "l2", "a", "b", "flow")).toBe(true);
      expect(addLink(j, "l3", "a", "b", "causes")).toBe(false);
      expect(addLink(j, "l4", "a", "missing", "flow")).toBe(false);
    });
  });
});
