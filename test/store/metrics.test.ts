import { produce } from "immer";
import { beforeEach, describe, expect, it } from "vitest";
import {
  defineCustomMetric,
  getJourney,
  getWorkspace,
  mergeMetricLibrary,
  removeCustomMetric,
  replaceWorkspace,
  setCardFigure,
  setJourneyTarget,
  setMetricOnCards,
} from "../../src/store";
import { blankJourney, withCard, workspaceWith } from "../helpers/factories";
import { waitAtBranch } from "../helpers/metrics";

const journey = produce(blankJourney(), (j) => {
  withCard(j, { id: "a", title: "Branch visit" });
});

describe("the metric library in the store", () => {
  beforeEach(() => replaceWorkspace(workspaceWith(journey)));

  it("carries a custom metric into the journey with its first figure, and refuses one off its scale", () => {
    const { id: _id, ...definition } = waitAtBranch;
    const id = defineCustomMetric(definition)!;
    expect(setCardFigure(journey.id, "a", id, 121)).toBe(false);
    expect(getJourney(journey.id)!.customMetrics).toEqual({});
    expect(setCardFigure(journey.id, "a", id, 14)).toBe(true);
    expect(getJourney(journey.id)!.elements.a!.metrics[id]).toBe(14);
    expect(getJourney(journey.id)!.customMetrics[id]).toMatchObject({ name: "Wait at the branch" });
    // Taken out of the library, the journey keeps its figure and what it means.
    removeCustomMetric(id);
    expect(getWorkspace().metrics.custom).toEqual({});
    expect(getJourney(journey.id)!.customMetrics[id]).toBeDefined();
  });

  it("refuses a goal off its metric's scale and changes nothing", () => {
    const { id: _id, ...definition } = waitAtBranch;
    const id = defineCustomMetric(definition)!;
    const before = getJourney(journey.id);
    expect(setJourneyTarget(journey.id, id, { metric: id, value: 500, by: null })).toBe(false);
    expect(getJourney(journey.id)).toBe(before);
    expect(setJourneyTarget(journey.id, id, { metric: id, value: 10, by: null })).toBe(true);
    expect(getJourney(journey.id)!.customMetrics[id]).toBeDefined();
  });

  it("merges a file's library: its metrics this workspace lacks, its choices where none is made", () => {
    setMetricOnCards("ces", true);
    mergeMetricLibrary({
      custom: { [waitAtBranch.id]: waitAtBranch },
      onCards: { ces: false, cesEffort: true },
    });
    expect(getWorkspace().metrics).toEqual({
      custom: { [waitAtBranch.id]: waitAtBranch },
      onCards: { ces: true, cesEffort: true },
    });
  });
});
