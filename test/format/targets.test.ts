import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FORMAT_VERSION, MIGRATIONS, parseWaymarkText, serializeJourney } from "../../src/format";

const fixture = (name: string) =>
  readFileSync(path.resolve(__dirname, "../fixtures", name), "utf8");
const V4 = "format-v4/journey-plan.waymark.json";
const options = { source: "Waymark test", exportedAt: new Date(Date.UTC(2026, 11, 4)) };

function v5File(targets: unknown[]) {
  const file = JSON.parse(fixture(V4));
  file.version = 5;
  file.journeys[0].targets = targets;
  return JSON.stringify(file);
}

describe("targets in the file format (version 5)", () => {
  it("opens a version 4 file through migration 5, with no targets and its plan kept", () => {
    expect(MIGRATIONS.map((m) => m.to)).toContain(5);
    const parsed = parseWaymarkText(fixture(V4));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    expect(parsed.value.writtenVersion).toBe(4);
    expect(parsed.value.journeys[0]!.targets).toEqual({});
    expect(Object.keys(parsed.value.journeys[0]!.plan)).toEqual(["actionFixture1"]);
  });

  it("writes a journey's targets and reads them back", async () => {
    const parsed = parseWaymarkText(fixture(V4));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    const journey = parsed.value.journeys[0]!;
    journey.targets = {
      nps: { metric: "nps", value: 20, by: "2027-03-31" },
      ahtSeconds: { metric: "ahtSeconds", value: 240, by: null },
    };
    const persona = parsed.value.personas[0]!;
    const written = await serializeJourney(
      { personas: { [persona.id]: persona }, journeys: { [journey.id]: journey } },
      journey.id,
      options,
    );
    expect(JSON.parse(written).version).toBe(FORMAT_VERSION);
    const again = parseWaymarkText(written);
    if (!again.ok) throw new Error(JSON.stringify(again.error));
    expect(again.value.journeys[0]!.targets).toEqual(journey.targets);
  });

  it.each([
    ["outside its metric's range", [{ metric: "csat", value: 120, by: null }], /value/],
    ["a metric it does not know", [{ metric: "mood", value: 1, by: null }], /metric/],
    ["a day that does not exist", [{ metric: "nps", value: 1, by: "2027-02-30" }], /by/],
    [
      "two goals for one metric",
      [
        { metric: "nps", value: 1, by: null },
        { metric: "nps", value: 2, by: null },
      ],
      /repeatedTarget/,
    ],
  ])("refuses a target %s, naming it", (_what, targets, named) => {
    const parsed = parseWaymarkText(v5File(targets));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(JSON.stringify(parsed.error)).toMatch(/"targets"/);
      expect(JSON.stringify(parsed.error)).toMatch(named);
    }
  });
});
