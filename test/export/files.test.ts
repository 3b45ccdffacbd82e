import { produce } from "immer";
import JSZip from "jszip";
import Papa from "papaparse";
import { afterEach, describe, expect, it } from "vitest";
import { buildCsv, csvRows } from "../../src/export/csv";
import {
  buildDeck,
  deckSlideCount,
  painPointNotes,
  stageNotes,
  topPainPoints,
} from "../../src/export/deck";
import { mostVotedPainPoints } from "../../src/domain";
import { exportFileName } from "../../src/export/file-names";
import { loadLocale, setLocale, t } from "../../src/i18n";
import { blankJourney, withCard } from "../helpers/factories";

const PNG =
  "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

function journeyWithPains() {
  const journey = blankJourney();
  withCard(journey, {
    id: "a",
    stage: 0,
    title: "Sees an ad",
    votes: 9,
    painPoints: [{ id: "p1", text: "Ad hides the price", severity: "low" }],
  });
  withCard(journey, {
    id: "b",
    stage: 2,
    title: "Pays",
    votes: 1,
    painPoints: [{ id: "p2", text: "Card declined", severity: "high" }],
  });
  withCard(journey, {
    id: "c",
    stage: 2,
    kind: "frictionPoint",
    lane: "frictionPoints",
    title: "Queue",
    votes: 4,
    painPoints: [
      { id: "p3", text: "Long queue", severity: "high" },
      { id: "p4", text: "No seats", severity: "medium" },
    ],
  });
  return journey;
}

const maya = (quote: string) => ({
  name: "Maya Kowalska",
  role: "Parent",
  quote,
  goals: ["Save time"],
  needs: ["Slots"],
  frustrations: [],
  avatar: { kind: "initials" as const, initials: "MK", color: "#1d4ed8" },
});

/** The deck of a journey with Maya as its persona, opened: its slide files by number. */
async function deckOf(journey: ReturnType<typeof journeyWithPains>, quote: string) {
  const bytes = await buildDeck({
    journey,
    persona: maya(quote),
    avatarPng: PNG,
    mapPng: PNG,
    stagePngs: journey.stages.map(() => PNG),
  });
  const zip = await JSZip.loadAsync(bytes);
  const slides = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
  const slide = (n: number) => zip.file(`ppt/slides/slide${n}.xml`)!.async("string");
  return { slides, slide };
}

describe("file names", () => {
  const date = new Date(2026, 10, 22);
  it("come from the journey title and the date", () => {
    expect(exportFileName("Order groceries", date, "png")).toBe("Order groceries 2026-11-22.png");
  });
  it("number and name a stage's image", () => {
    expect(exportFileName("Order groceries", date, "png", { number: 2, name: "Sign up" })).toBe(
      "Order groceries - 02 Sign up 2026-11-22.png",
    );
  });
  it("keep Polish and Persian letters and drop path characters", () => {
    expect(exportFileName("Zakupy/خرید: <tydzień>", date, "csv")).toBe(
      "Zakupy خرید tydzień 2026-11-22.csv",
    );
    expect(exportFileName("   ", date, "pptx")).toBe("journey 2026-11-22.pptx");
  });
  it("name an untitled journey and stage with the catalogue's words", () => {
    expect(exportFileName("", date, "png", { number: 3, name: " / " })).toBe(
      `${t("export.fileName.journey")} - 03 ${t("export.fileName.stage")} 2026-11-22.png`,
    );
  });
});

describe("CSV", () => {
  it("has one row per card in journey order, a column per metric, and the arrows", () => {
    const journey = journeyWithPains();
    withCard(journey, {
      id: "m",
      stage: 1,
      title: "Zażółć gęślą jaźń",
      satisfaction: 4,
      metrics: { csat: 58, nps: -12, ahtSeconds: 200, ces: 5.5 },
      channel: { kind: "standard", id: "mobileApp" },
      owner: { kind: "custom", name: "Logistyka" },
      confidence: "partlyBacked",
      impact: 4,
      effort: 2,
    });
    journey.links.l1 = {
      id: "l1",
      from: "m",
      to: Object.keys(journey.elements)[0]!,
      kind: "causes",
    };
    const [header, ...rows] = csvRows(journey);
    expect(header).toEqual([
      "Stage",
      "Lane",
      "Kind",
      "Title",
      "Satisfaction",
      "Pain points",
      "CSAT (%)",
      "NPS",
      "CES (1–7)",
      "CES effort (1–5)",
      "AHT (seconds)",
      "FRT (seconds)",
      "FCR (%)",
      "Channel",
      "Owner",
      "Confidence",
      "Impact",
      "Effort",
      "Votes",
      "Arrows to",
    ]);
    expect(rows.map((r) => r[3])).toEqual(["Sees an ad", "Zażółć gęślą jaźń", "Pays", "Queue"]);
    expect(rows[1]).toEqual([
      "consideration",
      "touchpoints",
      "Touchpoint",
      "Zażółć gęślą jaźń",
      "4",
      "",
      "58",
      "-12",
      "5.5",
      "",
      "200",
      "",
      "",
      "Mobile app",
      "Logistyka",
      "Partly backed",
      "4",
      "2",
      "0",
      "Causes: Sees an ad",
    ]);
    expect(rows[3]![5]).toBe("Long queue (High)\nNo seats (Medium)");
    expect(rows[0]!.slice(6, 13)).toEqual(["", "", "", "", "", "", ""]);
  });

  it("keeps a negative NPS a number a spreadsheet can sum, and defuses a formula", async () => {
    const journey = blankJourney();
    withCard(journey, { id: "n", title: "-1+cmd|' /C calc'!A0", metrics: { nps: -40 } });
    const parsed = Papa.parse<string[]>((await buildCsv(journey)).slice(1), {
      skipEmptyLines: true,
    });
    expect(parsed.data[1]![3]).toBe("'-1+cmd|' /C calc'!A0");
    expect(parsed.data[1]![7]).toBe("-40");
  });

  it("starts with a byte-order mark and parses back to the same Polish and Persian text", async () => {
    const journey = blankJourney();
    journey.stages[0]!.name = "Świadomość";
    withCard(journey, { id: "pl", title: "Zażółć gęślą jaźń" });
    withCard(journey, { id: "fa", title: "سفارش خرید هفتگی" });
    withCard(journey, { id: "q", title: 'Line one\nline "two", three' });
    const text = await buildCsv(journey);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.slice(1).map((row) => [row[0], row[3]])).toEqual([
      ["Świadomość", "Zażółć gęślą jaźń"],
      ["Świadomość", "سفارش خرید هفتگی"],
      ["Świadomość", 'Line one\nline "two", three'],
    ]);
  });

  it("defuses cells a spreadsheet would run as formulas", async () => {
    const journey = blankJourney();
    withCard(journey, { id: "f", title: '=HYPERLINK("https://evil.example","x")' });
    const parsed = Papa.parse<string[]>((await buildCsv(journey)).slice(1), {
      skipEmptyLines: true,
    });
    expect(parsed.data[1]![3]!.startsWith("'=")).toBe(true);
  });
});

describe("the slide deck", () => {
  it("ranks pain points as the votes view does: by their card's votes, then by severity", () => {
    const journey = journeyWithPains();
    const ranked = topPainPoints(journey).map((p) => p.painPoint.text);
    expect(ranked).toEqual(["Ad hides the price", "Long queue", "No seats", "Card declined"]);
    expect(ranked).toEqual(mostVotedPainPoints(journey).map((p) => p.painPoint.text));
    // Without votes, the worst first.
    for (const element of Object.values(journey.elements)) element.votes = 0;
    expect(topPainPoints(journey).map((p) => p.painPoint.text)).toEqual([
      "Card declined",
      "Long queue",
      "No seats",
      "Ad hides the price",
    ]);
  });

  it("lists each stage's pain points in the speaker notes", () => {
    const journey = journeyWithPains();
    const notes = painPointNotes(journey);
    expect(notes.startsWith("Pain points by stage")).toBe(true);
    for (const stage of journey.stages) expect(notes).toContain(stage.name);
    expect(notes).toContain("Card declined (High; on “Pays”; one vote)");
    expect(stageNotes(journey, 1)).toBe("2. consideration\n- none noted");
  });

  it("is a valid .pptx with a title, the map, one slide per stage and the pain points", async () => {
    const journey = journeyWithPains();
    const { slides, slide } = await deckOf(journey, "سفارش خرید هفتگی");
    expect(slides).toHaveLength(deckSlideCount(journey));
    expect(deckSlideCount(journey)).toBe(journey.stages.length + 4);
    const title = await slide(1);
    expect(title).toContain("Maya Kowalska");
    expect(title).toContain("سفارش خرید هفتگی");
    const last = await slide(slides.length - 1);
    expect(last.indexOf("Ad hides the price")).toBeLessThan(last.indexOf("Long queue"));
  });

  async function titleSlide(title: string): Promise<string> {
    const journey = produce(blankJourney(), (j) => {
      j.title = title;
    });
    const bytes = await buildDeck({
      journey,
      persona: null,
      avatarPng: null,
      mapPng: PNG,
      stagePngs: journey.stages.map(() => PNG),
    });
    const zip = await JSZip.loadAsync(bytes);
    return zip.file("ppt/slides/slide1.xml")!.async("string");
  }

  describe("in Persian", () => {
    afterEach(() => setLocale("en"));

    async function persianDeck() {
      await loadLocale("fa");
      setLocale("fa");
      const { slides, slide } = await deckOf(journeyWithPains(), "");
      return { title: await slide(1), pains: await slide(slides.length - 1) };
    }

    it("reads from the right: the persona's picture at the right, the table's first column too", async () => {
      const { title, pains } = await persianDeck();
      // The picture is 1.7 in wide at 0.6 in from the start edge: from the right in Persian.
      const offsets = [...title.matchAll(/<p:pic>.*?<a:off x="(\d+)"/gs)].map((m) => Number(m[1]));
      expect(offsets).toHaveLength(1);
      const emu = 914400;
      expect(offsets[0]! / emu).toBeCloseTo(13.333 - 0.6 - 1.7, 1);
      // The deck's own words are Persian, laid out right to left.
      const heading = t("export.deck.topPainPoints");
      expect(heading).not.toBe("Top pain points");
      expect(pains).toContain(heading);
      expect(pains).toMatch(/rtl="1"/);
      // The pain point column (the first read) is the rightmost cell of each row.
      const header = [...pains.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]);
      const keys = [
        "export.deck.column.votes",
        "export.deck.column.stage",
        "export.deck.column.card",
        "export.deck.column.severity",
        "export.deck.column.painPoint",
      ] as const;
      const columns = keys.map((key) => header.indexOf(t(key)));
      expect(columns.every((index) => index >= 0)).toBe(true);
      expect([...columns].sort((a, b) => a - b)).toEqual(columns);
      // Votes in Persian digits.
      expect(pains).toContain("<a:t>۹</a:t>");
    });
  });

  it("lays right-to-left titles out right to left, tagged with the language their letters show", async () => {
    const persian = await titleSlide("سفارش هفتگی خرید");
    expect(persian).toContain("سفارش هفتگی خرید");
    expect(persian).toMatch(/rtl="1"/);
    expect(persian).toMatch(/lang="fa-IR"/);
    const hebrew = await titleSlide("הזמנה שבועית");
    expect(hebrew).toMatch(/lang="he-IL"/);
    expect(hebrew).not.toMatch(/fa-IR/);
    const english = await titleSlide("Weekly grocery order");
    expect(english).toContain("Weekly grocery order");
    expect(english).not.toMatch(/rtl="1"|fa-IR|he-IL|ar-SA/);
  });
});
