import { produce } from "immer";
import { describe, expect, it } from "vitest";
import {
  carryMetricInto,
  compareJourneys,
  defineMetric,
  editMetric,
  emptyMetricLibrary,
  isOnCards,
  metricCatalogue,
  metricIdOf,
  metricRollups,
  removeMetric,
  targetGap,
  targetStanding,
  type CustomMetric,
} from "../../src/domain";
import { blankJourney, withCard } from "../helpers/factories";
import { waitAtBranch } from "../helpers/metrics";

const wait = waitAtBranch;
const trust: CustomMetric = {
  ...wait,
  id: "metricTrust",
  name: "Trust",
  unit: "",
  min: 1,
  max: 10,
  higherIsBetter: true,
};

describe("the metric library", () => {
  it("lists the standard metrics, both CES scales and FRT among them, then custom ones by name", () => {
    const library = produce(emptyMetricLibrary(), (l) => {
      defineMetric(l, wait);
      defineMetric(l, trust);
    });
    expect(metricCatalogue(library, null).map(metricIdOf)).toEqual([
      "csat",
      "nps",
      "ces",
      "cesEffort",
      "ahtSeconds",
      "frtSeconds",
      "fcr",
      "metricTrust",
      "metricWait",
    ]);
  });

  it("offers every metric on cards but CES as effort, until the team chooses", () => {
    const library = emptyMetricLibrary();
    expect(isOnCards(library, "ces")).toBe(true);
    expect(isOnCards(library, "cesEffort")).toBe(false);
    expect(isOnCards(library, "frtSeconds")).toBe(true);
    const chosen = produce(library, (l) => {
      l.onCards.ces = false;
      l.onCards.cesEffort = true;
    });
    expect(isOnCards(chosen, "ces")).toBe(false);
    expect(isOnCards(chosen, "cesEffort")).toBe(true);
  });

  it("refuses a metric with no name, no range, a standard metric's id, or one already there", () => {
    const library = emptyMetricLibrary();
    expect(defineMetric(library, { ...wait, name: "  " })).toBe(false);
    expect(defineMetric(library, { ...wait, min: 5, max: 5 })).toBe(false);
    expect(defineMetric(library, { ...wait, max: 2e9 })).toBe(false);
    expect(defineMetric(library, { ...wait, id: "nps" })).toBe(false);
    expect(defineMetric(library, { ...wait, name: " Wait " })).toBe(true);
    expect(library.custom[wait.id]!.name).toBe("Wait");
    expect(defineMetric(library, wait)).toBe(false);
  });

  it("renames and turns a metric's good end, and removes it", () => {
    const library = produce(emptyMetricLibrary(), (l) => {
      defineMetric(l, wait);
    });
    const edited = produce(library, (l) => {
      expect(editMetric(l, wait.id, { name: "Queue", higherIsBetter: true })).toBe(true);
      expect(editMetric(l, wait.id, { name: "" })).toBe(false);
    });
    expect(edited.custom[wait.id]).toMatchObject({ name: "Queue", higherIsBetter: true, max: 120 });
    const removed = produce(edited, (l) => {
      expect(removeMetric(l, wait.id)).toBe(true);
    });
    expect(removed.custom).toEqual({});
  });

  it("carries a custom metric's definition into the journey that uses it, and only a known one", () => {
    const library = produce(emptyMetricLibrary(), (l) => {
      defineMetric(l, wait);
    });
    const journey = produce(blankJourney(), (j) => {
      expect(carryMetricInto(j, library, "csat")).toBe(true);
      expect(carryMetricInto(j, library, wait.id)).toBe(true);
      expect(carryMetricInto(j, library, "metricGhost")).toBe(false);
    });
    expect(journey.customMetrics).toEqual({ [wait.id]: wait });
  });
});

describe("figures of the library's metrics", () => {
  const journey = produce(blankJourney(), (j) => {
    j.customMetrics[wait.id] = wait;
    withCard(j, { id: "a", metrics: { ces: 6, cesEffort: 2, [wait.id]: 20 } });
    withCard(j, { id: "b", metrics: { ces: 4, cesEffort: 4, frtSeconds: 60, [wait.id]: 10 } });
    withCard(j, { id: "c", metrics: {} });
  });

  it("roll up each metric over the cards that give it, custom ones and both CES scales alike", () => {
    const rollups = metricRollups(journey, () => true);
    expect(rollups.map((r) => [r.key, r.average, r.count])).toEqual([
      ["ces", 5, 2],
      ["cesEffort", 3, 2],
      ["frtSeconds", 60, 1],
      [wait.id, 15, 2],
    ]);
  });

  it("stand against goals the good way for each scale", () => {
    const today = "2027-01-01";
    // CES as ease: higher is better; as effort: lower is better; the wait: lower is better.
    expect(targetStanding(journey, { metric: "ces", value: 5.5, by: null }, 5, today)).toBe(
      "short",
    );
    expect(targetStanding(journey, { metric: "cesEffort", value: 3.5, by: null }, 3, today)).toBe(
      "met",
    );
    const goal = { metric: wait.id, value: 12, by: "2026-12-31" };
    expect(targetStanding(journey, goal, 15, today)).toBe("late");
    expect(targetGap(journey, goal, 15)).toBe(3);
    expect(targetStanding(journey, goal, 11, today)).toBe("met");
  });

  it("compare by stage with custom metrics' deltas", () => {
    const future = produce(journey, (j) => {
      j.id = "future";
      j.elements.a!.metrics[wait.id] = 4;
      j.elements.b!.metrics[wait.id] = 6;
    });
    const [stage] = compareJourneys(journey, future);
    expect(stage!.delta.metrics[wait.id]).toBe(-10);
    expect(stage!.delta.metrics.cesEffort).toBe(0);
  });
});
