import { openCommentCounts, type Id, type Journey, type Persona } from "../domain";
import type { DocumentState } from "./document";

/**
 * Selectors for the document, one per concern, shared by every view. Each returns an object the
 * store already holds, so a view re-renders only when that journey or persona itself changed
 * (Immer keeps untouched ones identical).
 */
/** An opened journey, whole. */
export const selectJourney =
  (journeyId: Id | null | undefined) =>
  (s: DocumentState): Journey | undefined =>
    journeyId ? s.journeys[journeyId] : undefined;

/** The persona a journey is for. */
export const selectPersonaOfJourney =
  (journeyId: Id | null | undefined) =>
  (s: DocumentState): Persona | undefined => {
    const journey = journeyId ? s.workspace.journeys[journeyId] : undefined;
    return journey ? s.workspace.personas[journey.personaId] : undefined;
  };

/** Open comments per card, computed once per state of a journey's comments. */
const commentCounts = new WeakMap<object, Map<Id, number>>();
export function openCommentsOn(journey: Journey | undefined, elementId: Id): number {
  if (!journey) return 0;
  let counts = commentCounts.get(journey.comments);
  if (!counts) {
    counts = openCommentCounts(journey);
    commentCounts.set(journey.comments, counts);
  }
  return counts.get(elementId) ?? 0;
}
