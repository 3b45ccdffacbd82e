import { produce } from "immer";
import { describe, expect, it } from "vitest";
import {
  addStage,
  cellElements,
  copyJourneyWithFreshIds,
  createFutureState,
  createStage,
  moveLane,
  moveStage,
  removeLane,
  removeStage,
  updateLane,
  updateStage,
  addLink,
} from "../../src/domain";
import { blankJourney, laneId, sequentialIds, stageId, withCard } from "../helpers/factories";

describe("stages and lanes", () => {
  it("gives a new journey the default stages and lanes", () => {
    const journey = blankJourney();
    expect(journey.stages).toHaveLength(6);
    expect(journey.lanes.map((l) => l.kind)).toEqual([
      "actions",
      "touchpoints",
      "channels",
      "thoughts",
      "emotionCurve",
      "frictionPoints",
      "momentsOfDelight",
      "opportunities",
      "backstage",
    ]);
  });

  it("adds, renames, resizes and reorders stages", () => {
    const journey = produce(blankJourney(), (j) => {
      addStage(j, createStage("new", "Research"), 1);
      updateStage(j, "new", { name: "Research online", columns: 9 });
      moveStage(j, "new", 0);
    });
    expect(journey.stages[0]).toMatchObject({ id: "new", name: "Research online", columns: 4 });
    expect(journey.stages).toHaveLength(7);
  });

  it("moves a removed stage's cards to the previous stage when asked", () => {
    const journey = produce(blankJourney(), (j) => {
      withCard(j, { id: "a", stage: 0, title: "A" });
      withCard(j, { id: "b", stage: 1, title: "B" });
    });
    const after = produce(journey, (j) => void removeStage(j, stageId(j, 1), "moveToNeighbour"));
    expect(after.stages).toHaveLength(5);
    expect(
      cellElements(after, stageId(after, 0), laneId(after, "touchpoints")).map((e) => e.title),
    ).toEqual(["A", "B"]);
  });

  it("moves the first stage's cards to the next stage", () => {
    const journey = produce(blankJourney(), (j) => void withCard(j, { id: "a", stage: 0 }));
    const next = stageId(journey, 1);
    const after = produce(journey, (j) => void removeStage(j, stageId(j, 0), "moveToNeighbour"));
    expect(after.elements.a!.stageId).toBe(next);
  });

  it("removes a stage's cards and their links when asked", () => {
    const journey = produce(blankJourney(), (j) => {
      withCard(j, { id: "a", stage: 0 });
      withCard(j, { id: "b", stage: 1 });
      addLink(j, "l", "a", "b", "flow");
    });
    const after = produce(journey, (j) => void removeStage(j, stageId(j, 1), "removeCards"));
    expect(Object.keys(after.elements)).toEqual(["a"]);
    expect(after.links).toEqual({});
  });

  it("never removes the last stage", () => {
    let journey = blankJourney();
    journey = produce(journey, (j) => {
      while (j.stages.length > 1) removeStage(j, j.stages[0]!.id, "removeCards");
      expect(removeStage(j, j.stages[0]!.id, "removeCards")).toBe(false);
    });
    expect(journey.stages).toHaveLength(1);
  });

  it("sends a removed lane's cards to the nearest lane that holds cards, skipping the emotion curve", () => {
    const journey = produce(
      blankJourney(),
      (j) => void withCard(j, { id: "a", lane: "frictionPoints", kind: "frictionPoint" }),
    );
    const after = produce(
      journey,
      (j) => void removeLane(j, laneId(j, "frictionPoints"), "moveToNeighbour"),
    );
    expect(after.elements.a!.laneId).toBe(laneId(journey, "thoughts"));
  });

  it("collapses and reorders lanes", () => {
    const journey = produce(blankJourney(), (j) => {
      updateLane(j, laneId(j, "backstage"), { collapsed: true, name: "Behind the scenes" });
      moveLane(j, laneId(j, "backstage"), 0);
    });
    expect(journey.lanes[0]).toMatchObject({
      kind: "backstage",
      collapsed: true,
      name: "Behind the scenes",
    });
  });
});

describe("whole journeys", () => {
  it("copies a journey with fresh ids everywhere and every reference remapped", () => {
    const journey = produce(blankJourney(), (j) => {
      withCard(j, { id: "a", painPoints: [{ id: "p", text: "x", severity: "low" }] });
      withCard(j, { id: "b", stage: 2 });
      addLink(j, "l", "a", "b", "causes");
    });
    const copy = copyJourneyWithFreshIds(journey, sequentialIds("fresh"), { now: 5 });
    const oldIds = new Set([
      journey.id,
      ...journey.stages.map((s) => s.id),
      ...journey.lanes.map((l) => l.id),
      "a",
      "b",
      "l",
      "p",
    ]);
    const newIds = [
      copy.id,
      ...copy.stages.map((s) => s.id),
      ...copy.lanes.map((l) => l.id),
      ...Object.keys(copy.elements),
      ...Object.keys(copy.links),
    ];
    expect(newIds.some((id) => oldIds.has(id))).toBe(false);
    const [link] = Object.values(copy.links);
    expect(copy.elements[link!.from]).toBeDefined();
    expect(copy.elements[link!.to]).toBeDefined();
    for (const element of Object.values(copy.elements)) {
      expect(copy.stages.some((s) => s.id === element.stageId)).toBe(true);
      expect(copy.lanes.some((l) => l.id === element.laneId)).toBe(true);
    }
    expect(copy.createdAt).toBe(5);
  });

  it("creates a future state linked to its current state", () => {
    const journey = blankJourney();
    const future = createFutureState(journey, sequentialIds("f"), "Order groceries (future)", 9);
    expect(future).toMatchObject({
      state: "future",
      currentStateId: journey.id,
      title: "Order groceries (future)",
    });
    expect(future.id).not.toBe(journey.id);
  });
});
