import { produce } from "immer";
import { describe, expect, it } from "vitest";
import {
  evidenceByStage,
  frictionByStageAndChannel,
  frictionByStageAndOwner,
  metricRollups,
  painPointsBySeverity,
  satisfactionProfile,
} from "../../src/domain";
import { blankJourney, withCard } from "../helpers/factories";

const journey = () =>
  produce(blankJourney(), (j) => {
    withCard(j, { id: "ad", stage: 0, satisfaction: 4, confidence: "validated" });
    withCard(j, {
      id: "checkout",
      stage: 1,
      satisfaction: 1,
      channel: { kind: "standard", id: "web" },
      owner: { kind: "standard", id: "product" },
      painPoints: [{ id: "p1", text: "Fee", severity: "high" }],
      metrics: { csat: 40, nps: -20 },
      confidence: "assumed",
    });
    withCard(j, {
      id: "slots",
      stage: 1,
      satisfaction: 3,
      channel: { kind: "standard", id: "web" },
      painPoints: [{ id: "p2", text: "Hidden", severity: "medium" }],
      metrics: { csat: 60 },
    });
    withCard(j, { id: "unscored", stage: 1 });
    // A friction point with no channel of its own counts for the touchpoint it is linked to.
    withCard(j, { id: "wait", kind: "frictionPoint", stage: 2, lane: "frictionPoints" });
    withCard(j, {
      id: "email",
      stage: 2,
      channel: { kind: "standard", id: "email" },
      owner: { kind: "custom", name: "CRM" },
    });
    j.links["l1"] = { id: "l1", from: "wait", to: "email", kind: "causes" };
  });

describe("the Insights view's tables", () => {
  it("profiles each stage's satisfaction: average, spread, and the unscored", () => {
    const profile = satisfactionProfile(journey());
    expect(profile.slice(3).every((s) => s.average === null && s.cardIds.length === 0)).toBe(true);
    expect(
      profile.slice(0, 3).map(({ average, lowest, highest, scored, unscored }) => ({
        average,
        lowest,
        highest,
        scored,
        unscored,
      })),
    ).toEqual([
      { average: 4, lowest: 4, highest: 4, scored: 1, unscored: 0 },
      { average: 2, lowest: 1, highest: 3, scored: 2, unscored: 1 },
      { average: null, lowest: null, highest: null, scored: 0, unscored: 1 },
    ]);
    expect(satisfactionProfile(blankJourney()).every((s) => s.cardIds.length === 0)).toBe(true);
  });

  it("maps friction by stage and channel, with the worst severity and the cards of each cell", () => {
    const rows = frictionByStageAndChannel(journey());
    expect(rows.map((r) => r.key)).toEqual(["standard:web", "standard:email"]);
    const web = rows[0]!;
    expect(web.cells[1]).toEqual({ cardIds: ["checkout", "slots"], painPoints: 2, worst: "high" });
    expect(web.total).toBe(2);
    expect(rows[1]!.cells[2]).toEqual({ cardIds: ["wait"], painPoints: 0, worst: null });
  });

  it("maps friction by owner, cards without one last", () => {
    const rows = frictionByStageAndOwner(journey());
    expect(rows.map((r) => [r.key, r.total])).toEqual([
      ["standard:product", 1],
      ["none", 2],
    ]);
    expect(frictionByStageAndOwner(blankJourney())).toEqual([]);
  });

  it("counts each stage's evidence, not said included", () => {
    expect(
      evidenceByStage(journey())
        .slice(0, 3)
        .map((s) => s.counts),
    ).toEqual([
      { assumed: 0, partlyBacked: 0, validated: 1, none: 0 },
      { assumed: 1, partlyBacked: 0, validated: 0, none: 2 },
      { assumed: 0, partlyBacked: 0, validated: 0, none: 2 },
    ]);
  });

  it("rolls metrics up over the cards that give them", () => {
    const j = journey();
    expect(metricRollups(j, (e) => e.stageId === j.stages[1]!.id)).toEqual([
      { key: "csat", average: 50, count: 2, cardIds: ["checkout", "slots"] },
      { key: "nps", average: -20, count: 1, cardIds: ["checkout"] },
    ]);
  });
});

describe("the pain points of the Insights view", () => {
  it("come the most severe first, then by the votes on their card", () => {
    const j = produce(blankJourney(), (draft) => {
      withCard(draft, {
        id: "a",
        votes: 5,
        painPoints: [{ id: "low", text: "Low but voted", severity: "low" }],
      });
      withCard(draft, {
        id: "b",
        votes: 1,
        painPoints: [{ id: "high1", text: "High, one vote", severity: "high" }],
      });
      withCard(draft, {
        id: "c",
        votes: 3,
        painPoints: [{ id: "high3", text: "High, three votes", severity: "high" }],
      });
    });
    expect(painPointsBySeverity(j).map((r) => r.painPoint.id)).toEqual(["high3", "high1", "low"]);
    expect(painPointsBySeverity(j, 1)).toHaveLength(1);
  });
});
