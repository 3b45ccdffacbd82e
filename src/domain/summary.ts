import { satisfactionByStage } from "./insights";
import type { Journey, JourneySummary } from "./types";

/** What a list shows of a journey without opening it. */
export function summarizeJourney(journey: Journey): JourneySummary {
  return {
    id: journey.id,
    personaId: journey.personaId,
    title: journey.title,
    scenario: journey.scenario,
    state: journey.state,
    currentStateId: journey.currentStateId,
    cardCount: Object.keys(journey.elements).length,
    // One decimal is all a sparkline shows; it keeps the entry small and stable.
    satisfaction: satisfactionByStage(journey).map((s) =>
      s.average === null ? null : Math.round(s.average * 10) / 10,
    ),
    createdAt: journey.createdAt,
    updatedAt: journey.updatedAt,
  };
}

/** Whether two summaries say the same (so a list need not be told again). */
export function sameSummary(a: JourneySummary, b: JourneySummary): boolean {
  return (
    a.id === b.id &&
    a.personaId === b.personaId &&
    a.title === b.title &&
    a.scenario === b.scenario &&
    a.state === b.state &&
    a.currentStateId === b.currentStateId &&
    a.cardCount === b.cardCount &&
    a.satisfaction.length === b.satisfaction.length &&
    a.satisfaction.every((value, i) => value === b.satisfaction[i]) &&
    a.createdAt === b.createdAt &&
    a.updatedAt === b.updatedAt
  );
}
