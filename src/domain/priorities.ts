import { elementsInJourneyOrder } from "./cells";
import type { ElementKind, Journey, JourneyElement, Rating } from "./types";

/**
 * The four quadrants of the opportunity matrix. Impact 3 and up is high; effort 3 and up is high:
 * a middle impact still earns a look, a middle effort is still real work.
 */
export const QUADRANTS = ["quickWins", "bigBets", "fillIns", "moneyPits"] as const;
export type Quadrant = (typeof QUADRANTS)[number];

export function quadrantOf(impact: Rating, effort: Rating): Quadrant {
  const high = impact >= 3;
  const hard = effort >= 3;
  if (high) return hard ? "bigBets" : "quickWins";
  return hard ? "moneyPits" : "fillIns";
}

/** The kinds of card the matrix weighs: opportunities always, friction points when asked. */
export function matrixKinds(withFriction: boolean): ReadonlySet<ElementKind> {
  return new Set<ElementKind>(withFriction ? ["opportunity", "frictionPoint"] : ["opportunity"]);
}

export interface MatrixItem {
  element: JourneyElement;
  impact: Rating;
  effort: Rating;
  quadrant: Quadrant;
}

export interface OpportunityMatrix {
  /** Cards placed on the matrix, most votes first (then journey order), so big dots draw under small ones. */
  placed: MatrixItem[];
  /** Cards of the weighed kinds still missing impact or effort, in journey order. */
  unplaced: JourneyElement[];
  /** Placed cards per quadrant, most votes first. */
  byQuadrant: Record<Quadrant, MatrixItem[]>;
}

/** Where a journey's opportunities (and friction points, if asked) stand by impact and effort. */
export function opportunityMatrix(journey: Journey, withFriction = false): OpportunityMatrix {
  const kinds = matrixKinds(withFriction);
  const placed: MatrixItem[] = [];
  const unplaced: JourneyElement[] = [];
  for (const element of elementsInJourneyOrder(journey)) {
    if (!kinds.has(element.kind)) continue;
    if (element.impact === null || element.effort === null) unplaced.push(element);
    else
      placed.push({
        element,
        impact: element.impact,
        effort: element.effort,
        quadrant: quadrantOf(element.impact, element.effort),
      });
  }
  // A stable sort keeps journey order among equal votes.
  placed.sort((a, b) => b.element.votes - a.element.votes);
  const byQuadrant = Object.fromEntries(
    QUADRANTS.map((q) => [q, placed.filter((item) => item.quadrant === q)]),
  ) as Record<Quadrant, MatrixItem[]>;
  return { placed, unplaced, byQuadrant };
}

/** A rating moved by a step and kept on the scale. */
export function stepRating(rating: Rating | null, step: number): Rating {
  const from = rating ?? 3;
  return Math.max(1, Math.min(5, from + step)) as Rating;
}
