import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FORMAT_VERSION, MIGRATIONS, parseWaymarkText, serializeJourney } from "../../src/format";
import type { PlanAction } from "../../src/domain";

const fixture = (name: string) =>
  readFileSync(path.resolve(__dirname, "../fixtures", name), "utf8");
const V3 = "format-v3/journey-priorities.waymark.json";
const options = { source: "Waymark test", exportedAt: new Date(Date.UTC(2026, 11, 4)) };

function v4File() {
  const file = JSON.parse(fixture(V3));
  file.version = 4;
  file.journeys[0].plan = [];
  return file;
}

function action(cardIds: string[], overrides: Partial<PlanAction> = {}): PlanAction {
  return {
    id: "action-1",
    title: "Call back within a day",
    notes: "",
    status: "planned",
    owner: { kind: "standard", id: "customerService" },
    due: "2027-03-31",
    target: { metric: "nps", value: 10 },
    cardIds,
    createdAt: 1_700_000_000_000,
    ...overrides,
  };
}

describe("the action plan in the file format (version 4)", () => {
  it("opens a version 3 file through migration 4, with an empty plan and its ratings kept", () => {
    expect(MIGRATIONS.map((m) => m.to)).toContain(4);
    const parsed = parseWaymarkText(fixture(V3));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    expect(parsed.value.writtenVersion).toBe(3);
    const journey = parsed.value.journeys[0]!;
    expect(journey.plan).toEqual({});
    const weighed = Object.values(journey.elements).filter((card) => card.impact !== null);
    expect(weighed.map((card) => [card.kind, card.impact, card.effort])).toEqual([
      ["frictionPoint", 4, 2],
    ]);
  });

  it("writes an action and reads it back whole", async () => {
    const parsed = parseWaymarkText(fixture(V3));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    const journey = parsed.value.journeys[0]!;
    const cardId = Object.keys(journey.elements)[2]!;
    journey.plan["action-1"] = action([cardId]);
    const persona = parsed.value.personas[0]!;
    const written = await serializeJourney(
      { personas: { [persona.id]: persona }, journeys: { [journey.id]: journey } },
      journey.id,
      options,
    );
    expect(JSON.parse(written).version).toBe(FORMAT_VERSION);
    const again = parseWaymarkText(written);
    if (!again.ok) throw new Error(JSON.stringify(again.error));
    expect(again.value.journeys[0]!.plan).toEqual({ "action-1": action([cardId]) });
  });

  it.each([
    ["a status it does not know", { status: "blocked" }, /status/],
    ["a day that does not exist", { due: "2027-02-30" }, /due/],
    ["a day written another way", { due: "31/03/2027" }, /due/],
    ["a target outside its metric's range", { target: { metric: "csat", value: 140 } }, /target/],
    ["a target on a metric it does not know", { target: { metric: "mood", value: 1 } }, /target/],
  ])("refuses an action with %s, naming the action", (_what, change, named) => {
    const file = v4File();
    file.journeys[0].plan = [{ ...action([file.journeys[0].elements[0].id]), ...change }];
    const parsed = parseWaymarkText(JSON.stringify(file));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(JSON.stringify(parsed.error)).toMatch(/"plan"/);
      expect(JSON.stringify(parsed.error)).toMatch(named);
    }
  });

  it("refuses an action fixing a card that is not in the journey", () => {
    const file = v4File();
    file.journeys[0].plan = [action(["no-such-card"])];
    const parsed = parseWaymarkText(JSON.stringify(file));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(JSON.stringify(parsed.error)).toMatch(/unknownCard/);
  });

  it("refuses a version 4 file whose journeys lack a plan (no migration fills it in)", () => {
    const file = JSON.parse(fixture(V3));
    file.version = 4;
    expect(parseWaymarkText(JSON.stringify(file)).ok).toBe(false);
  });
});

describe("the frozen version 4 file", () => {
  it("opens with its plan", () => {
    const parsed = parseWaymarkText(fixture("format-v4/journey-plan.waymark.json"));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    expect(parsed.value.writtenVersion).toBe(4);
    const action = parsed.value.journeys[0]!.plan.actionFixture1!;
    expect([action.status, action.due, action.target]).toEqual([
      "planned",
      "2027-02-26",
      { metric: "nps", value: 15 },
    ]);
  });
});
