import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { metricScale, targetStanding, type Journey } from "../../src/domain";
import {
  MIGRATIONS,
  parseWaymarkText,
  serializeJourney,
  serializeWorkspace,
} from "../../src/format";
import { waitAtBranch } from "../helpers/metrics";

const fixture = (name: string) =>
  readFileSync(path.resolve(__dirname, "../fixtures", name), "utf8");
const V5 = "format-v5/journey-targets.waymark.json";
const options = { source: "Waymark test", exportedAt: new Date(Date.UTC(2026, 11, 5)) };

const wait = waitAtBranch;

function openV5(): { journey: Journey; file: ReturnType<typeof parseWaymarkText> } {
  const file = parseWaymarkText(fixture(V5));
  if (!file.ok) throw new Error(JSON.stringify(file.error));
  return { journey: file.value.journeys[0]!, file };
}

/** The v5 fixture with its first journey changed as a version 6 file would hold it. */
function v6File(
  change: (journey: Record<string, unknown> & { elements: Record<string, unknown>[] }) => void,
) {
  const file = JSON.parse(fixture(V5));
  file.version = 6;
  file.journeys[0].customMetrics = [];
  change(file.journeys[0]);
  return JSON.stringify(file);
}

describe("the metric library in the file format (version 6)", () => {
  it("opens a version 5 file through migration 6: CES is the 1 to 7 ease scale, nothing custom", () => {
    expect(MIGRATIONS.map((m) => m.to)).toContain(6);
    const { journey, file } = openV5();
    expect(file.ok && file.value.writtenVersion).toBe(5);
    expect(journey.customMetrics).toEqual({});
    const checkout = journey.elements.cardCheckout!;
    expect(checkout.metrics).toEqual({ csat: 61, nps: -12, ces: 5.5, ahtSeconds: 240, fcr: 72 });
    // Today's CES is CES 2.0: 1 to 7, higher is better; the effort scale is another metric.
    expect(metricScale(journey, "ces")).toEqual({
      min: 1,
      max: 7,
      integer: false,
      higherIsBetter: true,
    });
    expect(metricScale(journey, "cesEffort")?.higherIsBetter).toBe(false);
    expect(targetStanding(journey, journey.targets.ces!, 6.2, "2027-01-01")).toBe("met");
    expect(targetStanding(journey, journey.targets.ahtSeconds!, 240, "2027-01-01")).toBe("short");
    expect(journey.plan.actionFixture1!.target).toEqual({ metric: "ces", value: 6.5 });
  });

  it("writes custom metrics, their figures, goals and aims, and both CES scales, and reads them back", async () => {
    const { journey, file } = openV5();
    if (!file.ok) throw new Error();
    journey.customMetrics = { [wait.id]: wait };
    journey.elements.cardCheckout!.metrics = {
      ...journey.elements.cardCheckout!.metrics,
      cesEffort: 2,
      frtSeconds: 30,
      [wait.id]: 14,
    };
    journey.targets[wait.id] = { metric: wait.id, value: 10, by: "2027-06-30" };
    journey.targets.cesEffort = { metric: "cesEffort", value: 1.5, by: null };
    journey.plan.actionFixture1!.target = { metric: wait.id, value: 8 };
    const persona = file.value.personas[0]!;
    const written = await serializeJourney(
      { personas: { [persona.id]: persona }, journeys: { [journey.id]: journey } },
      journey.id,
      options,
    );
    const json = JSON.parse(written);
    expect(json.version).toBe(6);
    const card = json.journeys[0].elements.find((e: { id: string }) => e.id === "cardCheckout");
    expect(card.customFigures).toEqual([{ metric: wait.id, value: 14 }]);
    expect(card.metrics).toMatchObject({ cesEffort: 2, frtSeconds: 30 });
    const back = parseWaymarkText(written);
    if (!back.ok) throw new Error(JSON.stringify(back.error));
    const read = back.value.journeys[0]!;
    expect(read.customMetrics).toEqual({ [wait.id]: wait });
    expect(read.elements.cardCheckout!.metrics[wait.id]).toBe(14);
    expect(read.elements.cardCheckout!.metrics.cesEffort).toBe(2);
    expect(read.targets[wait.id]).toEqual(journey.targets[wait.id]);
    expect(read.plan.actionFixture1!.target).toEqual({ metric: wait.id, value: 8 });
    // Lower is better for the wait: 9 minutes meets a goal of 10.
    expect(targetStanding(read, read.targets[wait.id]!, 9, "2027-01-01")).toBe("met");
  });

  it("refuses a figure, goal or aim for a metric the file does not define, or outside its scale", () => {
    const refusal = (text: string) => {
      const parsed = parseWaymarkText(text);
      return parsed.ok ? null : parsed.error;
    };
    const unknown = refusal(
      v6File((j) => {
        j.elements[1]!.customFigures = [{ metric: "metricGhost", value: 3 }];
      }),
    );
    expect(unknown).toMatchObject({ kind: "damaged", damage: { code: "unknownMetric" } });
    const outside = refusal(
      v6File((j) => {
        j.customMetrics = [wait];
        j.elements[1]!.customFigures = [{ metric: wait.id, value: 121 }];
      }),
    );
    expect(outside).toMatchObject({ kind: "damaged", damage: { code: "outsideScale" } });
    const notWhole = refusal(
      v6File((j) => {
        j.customMetrics = [wait];
        j.targets = [{ metric: wait.id, value: 2.5, by: null }];
      }),
    );
    expect(notWhole).toMatchObject({ kind: "damaged", damage: { code: "outsideScale" } });
    const effort = refusal(
      v6File((j) => {
        (j.elements[1]!.metrics as Record<string, number>).cesEffort = 6;
      }),
    );
    expect(effort).toMatchObject({ kind: "damaged" });
    const noRange = refusal(
      v6File((j) => {
        j.customMetrics = [{ ...wait, min: 5, max: 5 }];
      }),
    );
    expect(noRange).toMatchObject({ kind: "damaged" });
    const posing = refusal(
      v6File((j) => {
        j.customMetrics = [{ ...wait, id: "csat" }];
      }),
    );
    expect(posing).toMatchObject({ kind: "damaged" });
    const aim = refusal(
      v6File((j) => {
        (j.plan as { target: unknown }[])[0]!.target = { metric: "metricGhost", value: 1 };
      }),
    );
    expect(aim).toMatchObject({ kind: "damaged", damage: { code: "unknownMetric" } });
  });

  it("writes only what it can read back: a goal or aim naming a metric the journey no longer defines is left out", async () => {
    const { journey, file } = openV5();
    if (!file.ok) throw new Error();
    journey.customMetrics = {
      [wait.id]: wait,
      metricOld: { ...wait, id: "metricOld", name: "Old" },
    };
    journey.targets.metricGhost = { metric: "metricGhost", value: 3, by: null };
    journey.targets[wait.id] = { metric: wait.id, value: 500, by: null };
    journey.plan.actionFixture1!.target = { metric: "metricGhost", value: 1 };
    journey.elements.cardCheckout!.metrics[wait.id] = 14;
    const persona = file.value.personas[0]!;
    const written = await serializeJourney(
      { personas: { [persona.id]: persona }, journeys: { [journey.id]: journey } },
      journey.id,
      options,
    );
    const back = parseWaymarkText(written);
    if (!back.ok) throw new Error(JSON.stringify(back.error));
    const read = back.value.journeys[0]!;
    // Only the definition still in use travels; the goal off the scale and the ghost stay home.
    expect(Object.keys(read.customMetrics)).toEqual([wait.id]);
    expect(Object.keys(read.targets).sort()).toEqual(["ahtSeconds", "ces"]);
    expect(read.plan.actionFixture1!.target).toBeNull();
    expect(read.elements.cardCheckout!.metrics[wait.id]).toBe(14);
  });

  it("carries the workspace's library in a workspace file, and nothing of it in a journey's", async () => {
    const { journey, file } = openV5();
    if (!file.ok) throw new Error();
    const persona = file.value.personas[0]!;
    const workspace = { personas: { [persona.id]: persona }, journeys: { [journey.id]: journey } };
    const library = { custom: { [wait.id]: wait }, onCards: { cesEffort: true, ces: false } };
    const whole = parseWaymarkText(await serializeWorkspace(workspace, options, [], library));
    if (!whole.ok) throw new Error(JSON.stringify(whole.error));
    expect(whole.value.metricLibrary).toEqual(library);
    const one = parseWaymarkText(await serializeJourney(workspace, journey.id, options));
    expect(one.ok && one.value.metricLibrary).toBeNull();
  });
});
