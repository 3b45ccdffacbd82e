import {
  dotsByCard,
  openCommentCounts,
  personKey,
  type Id,
  type Journey,
  type Persona,
} from "../domain";
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

/** Each voter's dots per card, computed once per state of a journey's votes. */
const dotsByVoter = new WeakMap<object, Map<string, Map<Id, number>>>();
/**
 * This person's dots on a card while a private round hides everyone's (null outside one): what
 * their own map shows.
 */
export function ownDotsOn(journey: Journey | undefined, name: string | null, elementId: Id) {
  const round = journey?.votingRound;
  if (!journey || !round?.private) return null;
  if (!name) return 0;
  const voter = personKey(round, name);
  let byVoter = dotsByVoter.get(journey.votes);
  if (!byVoter) {
    byVoter = new Map();
    dotsByVoter.set(journey.votes, byVoter);
  }
  let dots = byVoter.get(voter);
  if (!dots) {
    dots = dotsByCard(journey, voter);
    byVoter.set(voter, dots);
  }
  return dots.get(elementId) ?? 0;
}
