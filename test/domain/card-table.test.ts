import { produce } from "immer";
import { describe, expect, it } from "vitest";
import {
  metricCount,
  nextSort,
  sortTableRows,
  worstSeverityRank,
  type Journey,
  type JourneyElement,
  type TableColumn,
  type TableSort,
} from "../../src/domain";
import { blankJourney, withCard } from "../helpers/factories";

const journey = () =>
  produce(blankJourney(), (j) => {
    withCard(j, {
      id: "checkout",
      stage: 1,
      title: "checkout page",
      satisfaction: 2,
      owner: { kind: "standard", id: "product" },
      painPoints: [{ id: "p1", text: "Fee shown late", severity: "high" }],
      metrics: { csat: 40, nps: -20 },
      confidence: "validated",
      votes: 3,
    });
    withCard(j, {
      id: "email",
      stage: 2,
      title: "Welcome email",
      satisfaction: 5,
      painPoints: [
        { id: "p2", text: "Too long", severity: "low" },
        { id: "p3", text: "Spam folder", severity: "low" },
        { id: "p4", text: "No link", severity: "low" },
      ],
      confidence: "assumed",
    });
    withCard(j, { id: "ad", stage: 0, title: "Ad", satisfaction: 4, votes: 1 });
    withCard(j, {
      id: "search",
      kind: "customerAction",
      stage: 0,
      lane: "actions",
      title: "",
      metrics: { ces: 6 },
    });
    withCard(j, { id: "slots", kind: "frictionPoint", stage: 1, lane: "frictionPoints" });
  });

/** The words a column shows, as the table's cells do (kinds by their English names). */
const textOf = (column: TableColumn, element: JourneyElement) => {
  if (column === "title") return element.title;
  if (column === "kind") return element.kind;
  if (column === "owner") return element.owner?.kind === "standard" ? element.owner.id : "";
  return "";
};
const collator = new Intl.Collator("en", { sensitivity: "base" });
const ids = (j: Journey, sort: TableSort | null) =>
  sortTableRows(j, Object.values(j.elements), sort, textOf, collator.compare).map((e) => e.id);

describe("the table's order of cards", () => {
  it("is the journey's reading order with no sort: stage, then lane, then place in the cell", () => {
    expect(ids(journey(), null)).toEqual(["search", "ad", "checkout", "slots", "email"]);
  });

  it("sorts satisfaction both ways, unscored cards last either way, ties in reading order", () => {
    const j = journey();
    expect(ids(j, { column: "satisfaction", direction: "ascending" })).toEqual([
      "checkout",
      "ad",
      "email",
      "search",
      "slots",
    ]);
    expect(ids(j, { column: "satisfaction", direction: "descending" })).toEqual([
      "email",
      "ad",
      "checkout",
      "search",
      "slots",
    ]);
  });

  it("ranks pain points by the worst first, then by how many", () => {
    expect(ids(journey(), { column: "painPoints", direction: "descending" })).toEqual([
      "checkout",
      "email",
      "search",
      "ad",
      "slots",
    ]);
  });

  it("sorts titles by the reader's collation, whatever the case, untitled cards last", () => {
    expect(ids(journey(), { column: "title", direction: "ascending" })).toEqual([
      "ad",
      "checkout",
      "slots",
      "email",
      "search",
    ]);
    expect(ids(journey(), { column: "title", direction: "descending" })).toEqual([
      "email",
      "slots",
      "checkout",
      "ad",
      "search",
    ]);
  });

  it("sorts by stage and by lane as the journey orders them, not by their names", () => {
    const j = produce(journey(), (draft) => {
      draft.stages[0]!.name = "Zebra";
    });
    expect(ids(j, { column: "stage", direction: "ascending" })).toEqual([
      "search",
      "ad",
      "checkout",
      "slots",
      "email",
    ]);
    expect(ids(j, { column: "lane", direction: "ascending" })).toEqual([
      "search",
      "ad",
      "checkout",
      "email",
      "slots",
    ]);
  });

  it("sorts votes, confidence and metrics, leaving cards without them last", () => {
    const j = journey();
    expect(ids(j, { column: "votes", direction: "descending" })).toEqual([
      "checkout",
      "ad",
      "search",
      "slots",
      "email",
    ]);
    expect(ids(j, { column: "confidence", direction: "ascending" })).toEqual([
      "email",
      "checkout",
      "search",
      "ad",
      "slots",
    ]);
    expect(ids(j, { column: "metrics", direction: "descending" })).toEqual([
      "checkout",
      "search",
      "ad",
      "slots",
      "email",
    ]);
  });

  it("sorts only the rows it is given (the filtered ones)", () => {
    const j = journey();
    const rows = [j.elements.email!, j.elements.ad!];
    expect(
      sortTableRows(
        j,
        rows,
        { column: "satisfaction", direction: "ascending" },
        textOf,
        collator.compare,
      ).map((e) => e.id),
    ).toEqual(["ad", "email"]);
  });
});

describe("the table's figures", () => {
  it("names a card's worst pain point and counts its metrics", () => {
    const j = journey();
    expect(worstSeverityRank(j.elements.checkout!)).toBe(3);
    expect(worstSeverityRank(j.elements.email!)).toBe(1);
    expect(worstSeverityRank(j.elements.ad!)).toBe(0);
    expect(metricCount(j.elements.checkout!.metrics)).toBe(2);
    expect(metricCount({})).toBe(0);
  });

  it("cycles a header's sort: ascending, descending, none; another column starts ascending", () => {
    const up = nextSort(null, "title");
    expect(up).toEqual({ column: "title", direction: "ascending" });
    const down = nextSort(up, "title");
    expect(down).toEqual({ column: "title", direction: "descending" });
    expect(nextSort(down, "title")).toBeNull();
    expect(nextSort(down, "votes")).toEqual({ column: "votes", direction: "ascending" });
  });
});
