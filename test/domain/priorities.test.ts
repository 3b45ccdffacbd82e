import { produce } from "immer";
import { describe, expect, it } from "vitest";
import { opportunityMatrix, quadrantOf, stepRating, type Rating } from "../../src/domain";
import { blankJourney, withCard } from "../helpers/factories";

const journey = () =>
  produce(blankJourney(), (j) => {
    withCard(j, {
      id: "chat",
      kind: "opportunity",
      lane: "opportunities",
      impact: 5,
      effort: 1,
      votes: 1,
    });
    withCard(j, {
      id: "app",
      kind: "opportunity",
      lane: "opportunities",
      stage: 1,
      impact: 4,
      effort: 5,
      votes: 4,
    });
    withCard(j, {
      id: "faq",
      kind: "opportunity",
      lane: "opportunities",
      stage: 2,
      impact: 2,
      effort: 2,
    });
    withCard(j, {
      id: "mail",
      kind: "opportunity",
      lane: "opportunities",
      stage: 2,
      impact: 1,
      effort: 4,
    });
    withCard(j, { id: "idea", kind: "opportunity", lane: "opportunities", stage: 1, impact: 3 });
    withCard(j, {
      id: "fees",
      kind: "frictionPoint",
      lane: "frictionPoints",
      impact: 4,
      effort: 2,
      votes: 2,
    });
    withCard(j, { id: "ad", title: "A touchpoint", impact: 5, effort: 1 });
  });

describe("the opportunity matrix", () => {
  it("names the quadrant of every corner and of the middle lines", () => {
    const cases: [Rating, Rating, string][] = [
      [5, 1, "quickWins"],
      [5, 5, "bigBets"],
      [1, 1, "fillIns"],
      [1, 5, "moneyPits"],
      [3, 2, "quickWins"],
      [3, 3, "bigBets"],
      [2, 3, "moneyPits"],
      [2, 2, "fillIns"],
    ];
    for (const [impact, effort, quadrant] of cases)
      expect(quadrantOf(impact, effort), `${impact}/${effort}`).toBe(quadrant);
  });

  it("places opportunities with both ratings, most votes first, and lists the rest as unplaced", () => {
    const matrix = opportunityMatrix(journey());
    expect(matrix.placed.map((p) => p.element.id)).toEqual(["app", "chat", "faq", "mail"]);
    expect(matrix.unplaced.map((e) => e.id)).toEqual(["idea"]);
    expect(matrix.byQuadrant.quickWins.map((p) => p.element.id)).toEqual(["chat"]);
    expect(matrix.byQuadrant.bigBets.map((p) => p.element.id)).toEqual(["app"]);
    expect(matrix.byQuadrant.fillIns.map((p) => p.element.id)).toEqual(["faq"]);
    expect(matrix.byQuadrant.moneyPits.map((p) => p.element.id)).toEqual(["mail"]);
  });

  it("weighs friction points too when asked, never other kinds", () => {
    const matrix = opportunityMatrix(journey(), true);
    expect(matrix.placed.map((p) => p.element.id)).toEqual(["app", "fees", "chat", "faq", "mail"]);
    expect(matrix.byQuadrant.quickWins.map((p) => p.element.id)).toEqual(["fees", "chat"]);
  });

  it("is empty for a journey without opportunities", () => {
    const matrix = opportunityMatrix(blankJourney());
    expect(matrix.placed).toEqual([]);
    expect(matrix.unplaced).toEqual([]);
  });

  it("steps a rating within 1 to 5, starting an unrated one from the middle", () => {
    expect(stepRating(null, 1)).toBe(4);
    expect(stepRating(5, 1)).toBe(5);
    expect(stepRating(1, -1)).toBe(1);
    expect(stepRating(2, 1)).toBe(3);
  });
});
