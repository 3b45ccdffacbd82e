import { produce } from "immer";
import { afterEach, describe, expect, it } from "vitest";
import { csvVocabulary } from "../../src/app/import-cards";
import { elementsInJourneyOrder, type Journey } from "../../src/domain";
import { csvRows } from "../../src/export/csv";
import { cardsFromCsv } from "../../src/format";
import { loadLocale, setLocale } from "../../src/i18n";
import { blankJourney, withCard } from "../helpers/factories";
import { waitAtBranch } from "../helpers/metrics";

let ids = 0;
const newId = () => `n${++ids}`;

const source = () =>
  produce(blankJourney(), (j) => {
    withCard(j, {
      id: "ad",
      title: "Sees an ad",
      satisfaction: 4,
      votes: 2,
      channel: { kind: "standard", id: "socialMedia" },
      owner: { kind: "custom", name: "Brand team" },
      metrics: { csat: 58, nps: -12, ces: 5.5, ahtSeconds: 200, fcr: 75 },
      confidence: "validated",
    });
    withCard(j, {
      id: "queue",
      stage: 2,
      kind: "frictionPoint",
      lane: "frictionPoints",
      title: "Queue; long",
      painPoints: [
        { id: "p1", text: "Long queue (at lunch)", severity: "high" },
        { id: "p2", text: "No seats", severity: "low" },
      ],
      impact: 4,
      effort: 2,
    });
    j.links.l1 = { id: "l1", from: "ad", to: "queue", kind: "causes" };
  });

/** The same journey's stages and lanes, without its cards. */
const empty = (journey: Journey) =>
  produce(journey, (j) => {
    j.elements = {};
    j.links = {};
    j.votes = {};
  });

const fieldsOf = (journey: Journey) =>
  elementsInJourneyOrder(journey).map(({ id: _id, order: _o, painPoints, ...rest }) => ({
    ...rest,
    painPoints: painPoints.map(({ id: _p, ...p }) => p),
  }));

afterEach(() => setLocale("en"));

describe("cards from a CSV file", () => {
  it("reads back what Waymark's CSV export writes: every field, votes and arrows", () => {
    const journey = source();
    const read = cardsFromCsv(csvRows(journey), empty(journey), csvVocabulary(), newId);
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    expect(read.value.map((c) => c.votes)).toEqual([2, 0]);
    expect(read.value[0]!.links).toEqual([{ kind: "causes", toTitle: "Queue; long" }]);
    const cards = read.value.map((c) => c.element);
    expect(
      fieldsOf({
        ...journey,
        elements: Object.fromEntries(cards.map((c) => [c.id, { ...c, order: c.id }])),
      }),
    ).toEqual(fieldsOf(journey).map((c) => ({ ...c, votes: 0 })));
  });

  it("reads the library's metrics back: both CES scales, FRT and a custom metric by its name", () => {
    const wait = waitAtBranch;
    const journey = produce(source(), (j) => {
      j.customMetrics[wait.id] = wait;
      j.elements.ad!.metrics = { ces: 6, cesEffort: 2, frtSeconds: 30, [wait.id]: 14 };
    });
    const rows = csvRows(journey);
    expect(rows[0]).toContain("Wait at the branch (min)");
    const read = cardsFromCsv(rows, empty(journey), csvVocabulary([wait]), newId);
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    expect(read.value[0]!.element.metrics).toEqual(journey.elements.ad!.metrics);
    // A hand-made sheet may head the column with the bare name; a value off the scale is refused.
    const bare = cardsFromCsv(
      [
        ["Stage", "Lane", "Title", "Wait at the branch"],
        ["awareness", "touchpoints", "Row", "121"],
      ],
      empty(journey),
      csvVocabulary([wait]),
      newId,
    );
    // Renamed in the library since: a column headed by either name still finds the metric.
    const renamed = { ...wait, name: "Queue" };
    const either = cardsFromCsv(
      [
        ["Stage", "Lane", "Title", "Wait at the branch (min)", "Queue"],
        ["awareness", "touchpoints", "Row", "12", ""],
      ],
      empty(journey),
      csvVocabulary([renamed, wait]),
      newId,
    );
    if (!either.ok) throw new Error(JSON.stringify(either.error));
    expect(either.value[0]!.element.metrics).toEqual({ [wait.id]: 12 });
    expect(bare).toMatchObject({
      ok: false,
      error: {
        kind: "damaged",
        at: ["rows", 1, "Wait at the branch"],
        damage: { code: "outsideScale" },
      },
    });
  });

  it("reads a Polish export in Polish, and plain English column names in any language", async () => {
    await loadLocale("pl");
    setLocale("pl");
    const journey = source();
    const read = cardsFromCsv(csvRows(journey), empty(journey), csvVocabulary(), newId);
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    expect(read.value[0]!.element.channel).toEqual({ kind: "standard", id: "socialMedia" });
    expect(read.value[1]!.element.painPoints.map((p) => p.severity)).toEqual(["high", "low"]);
    const english = cardsFromCsv(
      [
        ["Stage", "Lane", "Title", "CSAT"],
        ["awareness", "touchpoints", "Hand-made row", "90"],
      ],
      empty(journey),
      csvVocabulary(),
      newId,
    );
    if (!english.ok) throw new Error(JSON.stringify(english.error));
    expect(english.value[0]!.element).toMatchObject({
      kind: "touchpoint",
      title: "Hand-made row",
      metrics: { csat: 90 },
    });
  });

  it.each([
    [
      [
        ["Stage", "Lane"],
        ["awareness", "touchpoints"],
      ],
      ["columns", "title"],
      "missing",
    ],
    [
      [
        ["Stage", "Lane", "Title"],
        ["Nowhere", "touchpoints", "x"],
      ],
      ["rows", 1, "stageId"],
      "unknownStage",
    ],
    [
      [
        ["Stage", "Lane", "Title"],
        ["awareness", "touchpoints", "ok"],
        ["awareness", "Nope", "x"],
      ],
      ["rows", 2, "laneId"],
      "unknownLane",
    ],
    [
      [
        ["Stage", "Lane", "Title", "Satisfaction"],
        ["awareness", "touchpoints", "x", "7"],
      ],
      ["rows", 1, "satisfaction"],
      "invalid",
    ],
    [
      [
        ["Stage", "Lane", "Title", "NPS"],
        ["awareness", "touchpoints", "x", "lots"],
      ],
      ["rows", 1, "nps"],
      "wrongType",
    ],
    [
      [
        ["Stage", "Lane", "Title", "Kind"],
        ["awareness", "touchpoints", "x", "Dragon"],
      ],
      ["rows", 1, "kind"],
      "notAllowed",
    ],
  ])("refuses the whole file at its first problem: %j", (rows, at, code) => {
    const read = cardsFromCsv(rows, blankJourney(), csvVocabulary(), newId);
    expect(read.ok).toBe(false);
    if (read.ok || read.error.kind !== "damaged") throw new Error("not refused as damaged");
    expect(read.error.at).toEqual(at);
    if (code !== "invalid") expect(read.error.damage.code).toBe(code);
  });

  it("says an empty file is empty", () => {
    const read = cardsFromCsv([["Stage", "Lane", "Title"]], blankJourney(), csvVocabulary(), newId);
    expect(read).toEqual({ ok: false, error: { kind: "empty" } });
  });
});
