import JSZip from "jszip";
import Papa from "papaparse";
import { afterEach, describe, expect, it } from "vitest";
import type { Journey, PlanAction } from "../../src/domain";
import { buildDeck, deckSlideCount } from "../../src/export/deck";
import { buildPlanCsv, planFileName } from "../../src/export/plan-csv";
import { loadLocale, setLocale } from "../../src/i18n";
import { blankJourney, withCard } from "../helpers/factories";

const PNG =
  "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

function action(id: string, overrides: Partial<PlanAction> = {}): PlanAction {
  return {
    id,
    title: `Action ${id}`,
    notes: "",
    status: "idea",
    owner: null,
    due: null,
    target: null,
    cardIds: [],
    createdAt: Number(id.replace(/\D/g, "")) || 1,
    ...overrides,
  };
}

function plannedJourney(count = 2): Journey {
  const journey = blankJourney();
  withCard(journey, { id: "a", stage: 0, title: "=Sees an ad" });
  withCard(journey, { id: "b", stage: 2, title: "Pays" });
  journey.plan.x1 = action("x1", {
    title: "Call back within a day",
    status: "planned",
    owner: { kind: "standard", id: "customerService" },
    due: "2027-03-31",
    target: { metric: "nps", value: -5 },
    cardIds: ["a", "b"],
    notes: "Start with the Warsaw team",
  });
  for (let i = 2; i <= count; i++) journey.plan[`x${i}`] = action(`x${i}`);
  return journey;
}

async function deckSlides(journey: Journey) {
  const bytes = await buildDeck({
    journey,
    persona: null,
    avatarPng: null,
    mapPng: PNG,
    stagePngs: journey.stages.map(() => PNG),
  });
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
  const read = (name: string) => zip.file(name)!.async("string");
  return {
    count: names.length,
    slide: (n: number) => read(`ppt/slides/slide${n}.xml`),
    notes: async () => {
      const files = Object.keys(zip.files).filter((n) => /notesSlide\d+\.xml$/.test(n));
      return (await Promise.all(files.map(read))).join("\n");
    },
  };
}

describe("the action plan exported", () => {
  afterEach(() => setLocale("en"));

  it("as CSV: a row per action, the day and target as a spreadsheet reads them, formulas defused", async () => {
    const text = await buildPlanCsv(plannedJourney());
    expect(text.startsWith("\ufeff")).toBe(true);
    const rows = Papa.parse<string[]>(text.slice(1).trim()).data;
    expect(rows[0]).toEqual([
      "Action",
      "Status",
      "Owner department",
      "Due date",
      "Target metric",
      "Value aimed at",
      "Cards it fixes",
      "Stages",
      "Notes",
    ]);
    // Board order: ideas before planned ones.
    expect(rows[1]![0]).toBe("Action x2");
    expect(rows[2]).toEqual([
      "Call back within a day",
      "Planned",
      "Customer service",
      "2027-03-31",
      "NPS",
      "-5",
      "'=Sees an ad\nPays",
      `${plannedJourney().stages[0]!.name}\n${plannedJourney().stages[2]!.name}`,
      "Start with the Warsaw team",
    ]);
    expect(planFileName("Order groceries", new Date(2026, 11, 4))).toBe(
      "Order groceries - action plan 2026-12-04.csv",
    );
  });

  it("as slides after the pain points, eight actions to a slide, notes in the speaker notes", async () => {
    const one = plannedJourney(2);
    expect(deckSlideCount(one)).toBe(one.stages.length + 5);
    const nine = plannedJourney(9);
    const deck = await deckSlides(nine);
    expect(deck.count).toBe(deckSlideCount(nine));
    expect(deckSlideCount(nine)).toBe(nine.stages.length + 6);
    // Board order: the eight ideas first, the planned action on the second slide.
    const first = await deck.slide(deck.count - 1);
    expect(first).toContain("Action plan (1 of 2)");
    expect(first).toContain("Action x9");
    const second = await deck.slide(deck.count);
    expect(second).toContain("Action plan (2 of 2)");
    expect(second).toContain("Call back within a day");
    expect(second).toContain("Mar 31, 2027");
    expect(second).toContain("NPS: aim -5");
    expect(await deck.notes()).toContain("Call back within a day: Start with the Warsaw team");
    // A journey without a plan has no plan slide.
    expect(deckSlideCount(blankJourney())).toBe(blankJourney().stages.length + 4);
  });

  it("in Polish, with the plan's own words", async () => {
    await loadLocale("pl");
    setLocale("pl");
    const deck = await deckSlides(plannedJourney());
    const slide = await deck.slide(deck.count);
    expect(slide).toContain("Plan działań");
    expect(slide).toContain("Zaplanowane");
    expect(slide).toContain("Obsługa klienta");
  });

  it("says what the map says on a slide: a real chart of satisfaction by stage, and the targets", async () => {
    const journey = plannedJourney();
    journey.elements.a!.kind = "touchpoint";
    journey.elements.a!.satisfaction = 2;
    journey.elements.a!.metrics = { nps: 10 };
    journey.targets.nps = { metric: "nps", value: 30, by: "2020-01-31" };
    const bytes = await buildDeck({
      journey,
      persona: null,
      avatarPng: null,
      mapPng: PNG,
      stagePngs: journey.stages.map(() => PNG),
    });
    const zip = await JSZip.loadAsync(bytes);
    const chartName = Object.keys(zip.files).find((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n))!;
    const chart = await zip.file(chartName)!.async("string");
    expect(chart).toContain("<c:lineChart>");
    expect(chart).toMatch(/<c:pt idx="0"><c:v>2<\/c:v><\/c:pt>/);
    expect(chart).toContain('<c:dispBlanksAs val="gap"/>');
    const slides = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
    const insights = await zip.file(`ppt/slides/slide${slides.length - 1}.xml`)!.async("string");
    expect(insights).toContain("What the map says");
    expect(insights).toContain("Late: 20 to go");
  });
});
