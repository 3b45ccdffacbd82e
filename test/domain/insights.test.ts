import { produce } from "immer";
import { describe, expect, it } from "vitest";
import {
  addLink,
  emotionCurve,
  frictionByChannel,
  frictionByStage,
  mostVotedCards,
  mostVotedPainPoints,
  satisfactionByStage,
  worstRatedTouchpoints,
  worstSeverity,
} from "../../src/domain";
import { blankJourney, stageId, withCard } from "../helpers/factories";

const journey = produce(blankJourney(), (j) => {
  withCard(j, {
    id: "ad",
    stage: 0,
    satisfaction: 4,
    channel: { kind: "standard", id: "advertising" },
  });
  withCard(j, { id: "site", stage: 1, satisfaction: null });
  withCard(j, { id: "compare", stage: 1, satisfaction: 3 });
  withCard(j, {
    id: "checkout",
    stage: 2,
    satisfaction: 1,
    votes: 4,
    channel: { kind: "standard", id: "mobileApp" },
    painPoints: [
      { id: "p1", text: "Hidden delivery fee", severity: "high" },
      { id: "p2", text: "Slot list is slow", severity: "low" },
    ],
  });
  withCard(j, {
    id: "fp",
    kind: "frictionPoint",
    lane: "frictionPoints",
    stage: 2,
    votes: 2,
    painPoints: [{ id: "p3", text: "Card declined", severity: "medium" }],
  });
  withCard(j, { id: "idea", kind: "opportunity", lane: "opportunities", stage: 2, votes: 5 });
  addLink(j, "l1", "fp", "checkout", "causes");
});

describe("derived values", () => {
  it("orders the emotion curve by journey, keeping unscored touchpoints as unscored", () => {
    const curve = emotionCurve(journey);
    expect(curve.map((p) => [p.elementId, p.satisfaction])).toEqual([
      ["ad", 4],
      ["site", null],
      ["compare", 3],
      ["checkout", 1],
    ]);
    expect(curve[1]).toMatchObject({ indexInStage: 0, countInStage: 2 });
    expect(curve[2]).toMatchObject({ indexInStage: 1, countInStage: 2 });
  });

  it("averages satisfaction per stage over scored touchpoints only", () => {
    const byStage = satisfactionByStage(journey);
    expect(byStage[1]).toEqual({
      stageId: stageId(journey, 1),
      average: 3,
      scored: 1,
      touchpoints: 2,
    });
    expect(byStage[3]!.average).toBeNull();
  });

  it("counts friction by stage, weighting pain points by severity", () => {
    const byStage = frictionByStage(journey);
    expect(byStage[2]).toEqual({
      stageId: stageId(journey, 2),
      frictionPoints: 1,
      painPoints: 3,
      weighted: 3 + 1 + 2,
    });
  });

  it("puts a friction point without a channel under the channel of the touchpoint it hurts", () => {
    const rows = frictionByChannel(journey);
    const mobile = rows.find((r) => r.channel?.kind === "standard" && r.channel.id === "mobileApp");
    expect(mobile).toEqual({
      channel: { kind: "standard", id: "mobileApp" },
      frictionPoints: 1,
      painPoints: 2,
    });
  });

  it("ranks the worst-rated touchpoints first", () => {
    expect(worstRatedTouchpoints(journey, 2).map((e) => e.id)).toEqual(["checkout", "compare"]);
  });

  it("ranks pain points by their card's votes, then severity", () => {
    expect(mostVotedPainPoints(journey).map((r) => r.painPoint.id)).toEqual(["p1", "p2", "p3"]);
    expect(mostVotedCards(journey, ["opportunity", "frictionPoint"]).map((e) => e.id)).toEqual([
      "idea",
      "fp",
    ]);
    expect(worstSeverity(journey.elements.checkout!.painPoints)).toBe("high");
    expect(worstSeverity([])).toBeNull();
  });
});
