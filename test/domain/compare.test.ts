import { produce } from "immer";
import { describe, expect, it } from "vitest";
import { compareJourneys, defaultCounterpart, overlayCurves, sharedStages } from "../../src/domain";
import { blankJourney, withCard } from "../helpers/factories";

const current = () =>
  produce(blankJourney({ id: "now" }), (j) => {
    withCard(j, { id: "ad", stage: 0, satisfaction: 2, metrics: { nps: -20 } });
    withCard(j, { id: "shop", stage: 0, satisfaction: 4, metrics: { nps: 10, csat: 60 } });
    withCard(j, {
      id: "pay",
      stage: 2,
      satisfaction: 1,
      painPoints: [{ id: "p", text: "Fee", severity: "high" }],
    });
    withCard(j, { id: "queue", stage: 2, kind: "frictionPoint", lane: "frictionPoints" });
    withCard(j, { id: "slow", stage: 3, kind: "frictionPoint", lane: "frictionPoints" });
  });

const future = () =>
  produce(blankJourney({ id: "next" }), (j) => {
    j.currentStateId = "now";
    j.state = "future";
    // The future state renames one stage and drops another, and adds its own.
    j.stages[1]!.name = "Compare offers";
    j.stages.splice(3, 1);
    j.stages.push({ id: "extra", name: "Referral", description: "", columns: 1 });
    withCard(j, { id: "ad2", stage: 0, satisfaction: 4, metrics: { nps: 20 } });
    withCard(j, { id: "pay2", stage: 2, satisfaction: 4 });
  });

describe("comparing two journeys by stage", () => {
  it("matches stages by name, lists the first's order, then the second's own stages", () => {
    const rows = compareJourneys(current(), future());
    expect(rows.map((r) => [r.name, r.a !== null, r.b !== null])).toEqual([
      ["awareness", true, true],
      ["consideration", true, false],
      ["purchase", true, true],
      ["onboarding", true, false],
      ["support", true, true],
      ["loyalty", true, true],
      ["Compare offers", false, true],
      ["Referral", false, true],
    ]);
  });

  it("gives the deltas the second journey makes: satisfaction, friction and each metric", () => {
    const [awareness, , purchase, onboarding, support] = compareJourneys(current(), future());
    expect(awareness!.a!.satisfaction).toBe(3);
    expect(awareness!.b!.satisfaction).toBe(4);
    expect(awareness!.delta.satisfaction).toBe(1);
    expect(awareness!.delta.metrics).toEqual({ nps: 25 });
    expect(purchase!.a!.friction).toBe(2);
    expect(purchase!.delta).toEqual({ satisfaction: 3, friction: -2, metrics: {} });
    // A stage only one journey has, and stages with nothing scored, have no deltas.
    expect(onboarding!.delta).toEqual({ satisfaction: null, friction: null, metrics: {} });
    expect(support!.delta).toEqual({ satisfaction: null, friction: 0, metrics: {} });
  });

  it("compares a journey with itself as no change", () => {
    const rows = compareJourneys(current(), current());
    for (const row of rows) {
      expect(row.delta.friction).toBe(0);
      if (row.a!.satisfaction !== null) expect(row.delta.satisfaction).toBe(0);
    }
  });

  it("defaults to a future state's current state, else the latest future state made from it", () => {
    const others = [
      { id: "now", currentStateId: null, updatedAt: 1 },
      { id: "next", currentStateId: "now", updatedAt: 5 },
      { id: "later", currentStateId: "now", updatedAt: 9 },
    ];
    expect(defaultCounterpart({ id: "next", currentStateId: "now" }, others)).toBe("now");
    expect(defaultCounterpart({ id: "now", currentStateId: null }, others)).toBe("later");
    expect(defaultCounterpart({ id: "alone", currentStateId: null }, others)).toBeNull();
  });
});

describe("overlaying several personas' curves", () => {
  it("lines up stages by name, slots each journey's own stages after their neighbour, and scores each", () => {
    const student = produce(blankJourney({ id: "student" }), (j) => {
      j.stages[1]!.name = "Ask friends";
      j.stages[2]!.name = "PURCHASE";
      withCard(j, { id: "s1", stage: 2, satisfaction: 5 });
    });
    const overlay = overlayCurves([current(), future(), student]);
    expect(overlay.stages).toEqual([
      "awareness",
      "Ask friends",
      "Compare offers",
      "consideration",
      "purchase",
      "onboarding",
      "support",
      "loyalty",
      "Referral",
    ]);
    expect(overlay.series.map((s) => s.journeyId)).toEqual(["now", "next", "student"]);
    const _ = null;
    expect(overlay.series[0]!.scores).toEqual([3, _, _, _, 1, _, _, _, _]);
    expect(overlay.series[1]!.scores).toEqual([4, _, _, _, 4, _, _, _, _]);
    // "PURCHASE" is the same stage as "purchase".
    expect(overlay.series[2]!.scores).toEqual([_, _, _, _, 5, _, _, _, _]);
    expect(sharedStages(current(), future())).toBe(4);
    expect(overlayCurves([])).toEqual({ stages: [], series: [] });
  });
});
