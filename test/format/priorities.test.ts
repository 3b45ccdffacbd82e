import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FORMAT_VERSION, parseWaymarkText, serializeJourney } from "../../src/format";

const fixture = (name: string) =>
  readFileSync(path.resolve(__dirname, "../fixtures", name), "utf8");
const options = { source: "Waymark test", exportedAt: new Date(Date.UTC(2026, 11, 4)) };

describe("impact and effort in the file format (version 3)", () => {
  it("opens a version 2 file through migration 3, every card unplaced", () => {
    const parsed = parseWaymarkText(fixture("format-v2/journey-comments.waymark.json"));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    expect(parsed.value.writtenVersion).toBe(2);
    const cards = Object.values(parsed.value.journeys[0]!.elements);
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) expect([card.impact, card.effort]).toEqual([null, null]);
  });

  it("writes impact and effort and reads them back", async () => {
    const parsed = parseWaymarkText(fixture("format-v2/journey-comments.waymark.json"));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    const journey = parsed.value.journeys[0]!;
    const first = Object.values(journey.elements)[0]!;
    first.impact = 5;
    first.effort = 2;
    const persona = parsed.value.personas[0]!;
    const written = await serializeJourney(
      { personas: { [persona.id]: persona }, journeys: { [journey.id]: journey } },
      journey.id,
      options,
    );
    expect(JSON.parse(written).version).toBe(FORMAT_VERSION);
    const again = parseWaymarkText(written);
    if (!again.ok) throw new Error(JSON.stringify(again.error));
    const card = again.value.journeys[0]!.elements[first.id]!;
    expect([card.impact, card.effort]).toEqual([5, 2]);
  });

  it.each([0, 6, 2.5, "3"])("refuses an impact of %j, naming the card", async (impact) => {
    const file = JSON.parse(fixture("format-v2/journey-comments.waymark.json"));
    file.version = 3;
    for (const element of file.journeys[0].elements) {
      element.impact = null;
      element.effort = null;
    }
    file.journeys[0].elements[0].impact = impact;
    const parsed = parseWaymarkText(JSON.stringify(file));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(JSON.stringify(parsed.error)).toMatch(/impact/);
  });

  it("refuses a version 3 file whose cards lack impact and effort (no migration fills them in)", () => {
    const file = JSON.parse(fixture("format-v2/journey-comments.waymark.json"));
    file.version = 3;
    expect(parseWaymarkText(JSON.stringify(file)).ok).toBe(false);
  });
});
