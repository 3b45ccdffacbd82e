import { produce } from "immer";
import { describe, expect, it } from "vitest";
import {
  presentedJourney,
  presentedLanes,
  stageEmotion,
  stageLanes,
  stepOfCard,
} from "../../src/present/present-journey";
import { blankJourney, laneId, stageId, withCard } from "../helpers/factories";

const journey = produce(blankJourney(), (j) => {
  withCard(j, { id: "t1", stage: 0, title: "Ad", satisfaction: 4 });
  withCard(j, { id: "t2", stage: 0, title: "Landing page", satisfaction: null });
  withCard(j, { id: "t3", stage: 2, title: "Checkout", satisfaction: 2 });
  withCard(j, { id: "f1", kind: "frictionPoint", stage: 2, lane: "frictionPoints" });
  withCard(j, { id: "n1", kind: "note", stage: 1, lane: "backstage" });
  j.lanes.find((l) => l.kind === "backstage")!.collapsed = true;
});

describe("what a presentation shows", () => {
  it("shows the lanes holding cards, the emotion curve when there are touchpoints, and no collapsed lane", () => {
    expect(presentedLanes(journey).map((l) => l.kind)).toEqual([
      "touchpoints",
      "emotionCurve",
      "frictionPoints",
    ]);
    const noTouchpoints = produce(journey, (j) => {
      for (const id of ["t1", "t2", "t3"]) delete j.elements[id];
    });
    expect(presentedLanes(noTouchpoints).map((l) => l.kind)).toEqual(["frictionPoints"]);
    expect(presentedJourney(journey).lanes).toHaveLength(3);
    expect(presentedJourney(journey).stages).toBe(journey.stages);
  });

  it("lists a stage's lanes with their cards in order, skipping empty ones", () => {
    const third = stageLanes(journey, stageId(journey, 2));
    expect(third.map((l) => [l.lane.kind, l.cards.map((c) => c.id)])).toEqual([
      ["touchpoints", ["t3"]],
      ["frictionPoints", ["f1"]],
    ]);
    expect(stageLanes(journey, stageId(journey, 1))).toEqual([]);
  });

  it("draws a stage's part of the emotion curve, joined to the scores around it", () => {
    const first = stageEmotion(journey, stageId(journey, 0))!;
    expect(first.points.map((p) => [p.title, p.satisfaction])).toEqual([
      ["Ad", 4],
      ["Landing page", null],
    ]);
    expect(first.before).toBeNull();
    expect(first.after).toBe(2);
    const third = stageEmotion(journey, stageId(journey, 2))!;
    expect(third.before).toBe(4);
    expect(third.after).toBeNull();
    expect(stageEmotion(journey, stageId(journey, 1))).toBeNull();
  });

  it("finds the step of a card's stage", () => {
    expect(stepOfCard(journey, "t3")).toBe(3);
    expect(stepOfCard(journey, "missing")).toBeNull();
    expect(laneId(journey, "touchpoints")).toBe(journey.elements.t1!.laneId);
  });
});
