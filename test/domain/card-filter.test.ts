import { produce } from "immer";
import { describe, expect, it } from "vitest";
import {
  EMPTY_FILTER,
  activeFilterParts,
  cardMatcher,
  foldForSearch,
  isFilterEmpty,
  matchingCards,
  type CardFilter,
} from "../../src/domain";
import { blankJourney, withCard } from "../helpers/factories";

const journey = () =>
  produce(blankJourney(), (j) => {
    withCard(j, {
      id: "checkout",
      stage: 1,
      title: "Checkout page",
      satisfaction: 2,
      channel: { kind: "standard", id: "web" },
      owner: { kind: "standard", id: "product" },
      painPoints: [{ id: "p1", text: "Delivery fee shown late", severity: "high" }],
      confidence: "validated",
      votes: 3,
    });
    withCard(j, {
      id: "email",
      stage: 2,
      title: "Welcome email",
      satisfaction: 5,
      channel: { kind: "standard", id: "email" },
      owner: { kind: "custom", name: "CRM team" },
    });
    withCard(j, {
      id: "ad",
      stage: 0,
      title: "Reklama na Instagramie",
      satisfaction: 4,
      channel: { kind: "custom", name: "Instagram" },
      confidence: "assumed",
      notes: "Zniżka dla nowych klientów",
    });
    withCard(j, {
      id: "slots",
      kind: "frictionPoint",
      stage: 1,
      lane: "frictionPoints",
      title: "Slots hidden until sign-up",
      painPoints: [{ id: "p2", text: "Angry", severity: "medium" }],
      tags: ["booking"],
    });
  });

const filter = (change: Partial<CardFilter>): CardFilter => ({ ...EMPTY_FILTER, ...change });

describe("the map's filter", () => {
  it("matches nothing narrower than every card when empty, and says so", () => {
    expect(isFilterEmpty(EMPTY_FILTER)).toBe(true);
    expect(isFilterEmpty(filter({ text: "   " }))).toBe(true);
    expect(isFilterEmpty(filter({ minVotes: 1 }))).toBe(false);
    expect(matchingCards(journey(), EMPTY_FILTER)).toEqual(["ad", "checkout", "slots", "email"]);
  });

  it("finds every word anywhere in a card, whatever the case or accents, in reading order", () => {
    const j = journey();
    expect(matchingCards(j, filter({ text: "DELIVERY late" }))).toEqual(["checkout"]);
    expect(matchingCards(j, filter({ text: "znizka" }))).toEqual(["ad"]);
    expect(matchingCards(j, filter({ text: "booking" }))).toEqual(["slots"]);
    expect(matchingCards(j, filter({ text: "instagram" }))).toEqual(["ad"]);
    expect(matchingCards(j, filter({ text: "page email" }))).toEqual([]);
  });

  it("folds Persian and Arabic forms of a letter together", () => {
    expect(foldForSearch("كيك")).toBe(foldForSearch("کیک"));
    expect(foldForSearch("Łódź")).toBe("lodz");
  });

  it("narrows by each part, any value within a part", () => {
    const j = journey();
    expect(matchingCards(j, filter({ kinds: ["frictionPoint"] }))).toEqual(["slots"]);
    expect(matchingCards(j, filter({ channels: ["standard:web", "custom:instagram"] }))).toEqual([
      "ad",
      "checkout",
    ]);
    expect(matchingCards(j, filter({ channels: ["none"] }))).toEqual(["slots"]);
    expect(matchingCards(j, filter({ owners: ["custom:crm team"] }))).toEqual(["email"]);
    expect(matchingCards(j, filter({ severities: ["high", "medium"] }))).toEqual([
      "checkout",
      "slots",
    ]);
    expect(matchingCards(j, filter({ confidence: ["none"] }))).toEqual(["slots", "email"]);
    expect(matchingCards(j, filter({ satisfaction: { min: 4, max: 5 } }))).toEqual(["ad", "email"]);
    expect(matchingCards(j, filter({ minVotes: 1 }))).toEqual(["checkout"]);
    expect(
      matchingCards(j, filter({ cards: { ids: ["email", "slots"], label: "Chosen" } })),
    ).toEqual(["slots", "email"]);
  });

  it("needs every part set to pass", () => {
    const j = journey();
    const both = filter({ kinds: ["touchpoint"], severities: ["high"], text: "checkout" });
    expect(matchingCards(j, both)).toEqual(["checkout"]);
    expect(matchingCards(j, { ...both, text: "email" })).toEqual([]);
    expect(activeFilterParts(both)).toBe(2);
  });

  it("leaves unscored cards out of a satisfaction range", () => {
    const matches = cardMatcher(filter({ satisfaction: { min: 1, max: 5 } }));
    const j = journey();
    expect(matches(j.elements["slots"]!)).toBe(false);
    expect(matches(j.elements["checkout"]!)).toBe(true);
  });
});

describe("a journey with only the cards a filter finds", () => {
  it("keeps those cards, the arrows between them and what is on them; stages and lanes stay", async () => {
    const { onlyCards } = await import("../../src/domain");
    const { sampleJourney } = await import("../engine/helpers");
    const journey = sampleJourney();
    const only = onlyCards(journey, new Set(["a"]));
    expect(Object.keys(only.elements)).toEqual(["a"]);
    expect(only.links).toEqual({});
    expect(only.stages).toBe(journey.stages);
    expect(Object.keys(onlyCards(journey, new Set(["a", "b"])).links)).toEqual(["l"]);
  });
});
