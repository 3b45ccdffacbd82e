import type { Id, Journey, Vote, VotingRound } from "./types";

/**
 * Votes are entries (who, which card, when), so votes cast at the same moment in two places both
 * count once merged. A card's `votes` is the sum of the votes that count on it: all of them,
 * except that in a running round each participant's budget holds on the merged votes (their
 * earliest dots count, any beyond are left out). Operations are Immer-style recipes that keep
 * every card's count in step with the entries.
 */

/** Who votes outside a round. */
export const FREE_VOTER = "free";
/** Who cast the votes a file brought in as counts. */
export const IMPORTED_VOTER = "imported";

export function participantKey(round: Pick<VotingRound, "id">, participant: number): string {
  return `round:${round.id}:${participant}`;
}

/** How a person's name is written in their key: one person, one budget, however they typed it. */
export function voterName(name: string): string {
  return name.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase().slice(0, 40);
}

/**
 * Who votes in a private round: the person by the name they gave the room, so their budget holds
 * on the merged votes when they vote from two devices, or offline and then back.
 */
export function personKey(round: Pick<VotingRound, "id">, name: string): string {
  return `round:${round.id}:@${voterName(name)}`;
}

/** The name in a private round's key (the form it was written in). */
export function nameOfKey(key: string): string | null {
  const at = key.indexOf(":@");
  return key.startsWith("round:") && at > 0 ? key.slice(at + 2) : null;
}

function byTime(a: Vote, b: Vote): number {
  return a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The votes that count, per card: the sum of their weights. */
export function countVotes(
  votes: Readonly<Record<Id, Vote>>,
  round: VotingRound | null,
): Map<Id, number> {
  const counts = new Map<Id, number>();
  const add = (vote: Vote) =>
    counts.set(vote.elementId, (counts.get(vote.elementId) ?? 0) + vote.weight);
  const ballots = new Map<string, Vote[]>();
  const prefix = round ? `round:${round.id}:` : null;
  for (const vote of Object.values(votes)) {
    if (prefix && vote.by.startsWith(prefix)) {
      // A private round's dots count nowhere until it ends (the reveal).
      if (round!.private) continue;
      const ballot = ballots.get(vote.by);
      if (ballot) ballot.push(vote);
      else ballots.set(vote.by, [vote]);
    } else add(vote);
  }
  for (const ballot of ballots.values()) {
    ballot.sort(byTime);
    let left = round!.dotsPerParticipant;
    for (const vote of ballot) {
      if (vote.weight > left) break;
      left -= vote.weight;
      add(vote);
    }
  }
  return counts;
}

/** Sets every card's count from the entries; cards whose count is unchanged are not touched. */
export function recountVotes(journey: Journey): void {
  const counts = countVotes(journey.votes, journey.votingRound);
  for (const element of Object.values(journey.elements)) {
    const count = counts.get(element.id) ?? 0;
    if (element.votes !== count) element.votes = count;
  }
}

/** Dots a voter (a key) has put on cards (those beyond the budget included). */
export function dotsUsedBy(journey: Journey, by: string): number {
  let used = 0;
  for (const vote of Object.values(journey.votes)) if (vote.by === by) used += vote.weight;
  return used;
}

/** Dots a participant has put on cards in the round (those beyond the budget included). */
export function dotsUsed(journey: Journey, round: VotingRound, participant: number): number {
  return dotsUsedBy(journey, participantKey(round, participant));
}

export function dotsLeftFor(journey: Journey, round: VotingRound, participant: number): number {
  return Math.max(0, round.dotsPerParticipant - dotsUsed(journey, round, participant));
}

/** A voter's dots per card, as they see their own while a private round hides everyone's. */
export function dotsByCard(journey: Journey, by: string): Map<Id, number> {
  const dots = new Map<Id, number>();
  for (const vote of Object.values(journey.votes))
    if (vote.by === by) dots.set(vote.elementId, (dots.get(vote.elementId) ?? 0) + vote.weight);
  return dots;
}

/** One person in a private round, as the live board shows them: never where their dots are. */
export interface RoundVoter {
  name: string;
  used: number;
  finished: boolean;
}

/** Everyone who has put a dot in a private round, by name, and whether they used their budget. */
export function roundVoters(journey: Journey, round: VotingRound): RoundVoter[] {
  const prefix = `round:${round.id}:@`;
  const used = new Map<string, number>();
  for (const vote of Object.values(journey.votes))
    if (vote.by.startsWith(prefix)) used.set(vote.by, (used.get(vote.by) ?? 0) + vote.weight);
  return [...used]
    .map(([by, dots]) => ({
      name: by.slice(prefix.length),
      used: Math.min(dots, round.dotsPerParticipant),
      finished: dots >= round.dotsPerParticipant,
    }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Every dot put on cards in the round, counted or not. */
export function dotsCastIn(journey: Journey, round: VotingRound): number {
  const prefix = `round:${round.id}:`;
  let cast = 0;
  for (const vote of Object.values(journey.votes))
    if (vote.by.startsWith(prefix)) cast += vote.weight;
  return cast;
}

/** Adds a vote on an existing card. Returns whether it was added. */
export function addVote(journey: Journey, vote: Vote): boolean {
  if (!journey.elements[vote.elementId] || journey.votes[vote.id]) return false;
  journey.votes[vote.id] = vote;
  recountVotes(journey);
  return true;
}

/**
 * Takes back the latest vote `by` put on a card (any voter's when `by` is null). A vote brought
 * in from a file as a count gives back one of its weight. Returns whether one was taken back.
 */
export function removeVote(journey: Journey, elementId: Id, by: string | null): boolean {
  let latest: Vote | null = null;
  for (const vote of Object.values(journey.votes)) {
    if (vote.elementId !== elementId || (by !== null && vote.by !== by)) continue;
    if (!latest || byTime(latest, vote) < 0) latest = vote;
  }
  if (!latest) return false;
  if (latest.weight > 1) journey.votes[latest.id]!.weight = latest.weight - 1;
  else delete journey.votes[latest.id];
  recountVotes(journey);
  return true;
}

/** Removes the votes on these cards (they are being removed). */
export function removeVotesOf(journey: Journey, elementIds: ReadonlySet<Id>): void {
  let removed = false;
  for (const vote of Object.values(journey.votes)) {
    if (!elementIds.has(vote.elementId)) continue;
    delete journey.votes[vote.id];
    removed = true;
  }
  if (removed) recountVotes(journey);
}

export function clearVotes(journey: Journey): void {
  for (const id of Object.keys(journey.votes)) delete journey.votes[id];
  recountVotes(journey);
}

export function startRound(journey: Journey, round: VotingRound): void {
  journey.votingRound = round;
  recountVotes(journey);
}

/**
 * Ends the round. Dots put beyond a participant's budget (only possible when they voted from two
 * places at once) never counted, and are taken off now, so the counts stay as they were.
 */
export function endRound(journey: Journey): void {
  const round = journey.votingRound;
  if (!round) return;
  const prefix = `round:${round.id}:`;
  const ballots = new Map<string, Vote[]>();
  for (const vote of Object.values(journey.votes)) {
    if (!vote.by.startsWith(prefix)) continue;
    ballots.set(vote.by, [...(ballots.get(vote.by) ?? []), vote]);
  }
  for (const ballot of ballots.values()) {
    let left = round.dotsPerParticipant;
    for (const vote of ballot.sort(byTime)) {
      if (vote.weight <= left) left -= vote.weight;
      else delete journey.votes[vote.id];
    }
  }
  journey.votingRound = null;
  recountVotes(journey);
}

/**
 * Entries for cards that carry a vote count (files, and stored rows of older versions): one entry
 * per card, weighing its count. Ids come from the card's, so the same file gives the same entries.
 */
export function votesFromCounts(
  elements: readonly { id: Id; votes: number }[],
  at: number,
): Record<Id, Vote> {
  const votes: Record<Id, Vote> = {};
  for (const element of elements) {
    if (element.votes <= 0) continue;
    const id = `imported-${element.id}`;
    votes[id] = { id, elementId: element.id, by: IMPORTED_VOTER, at, weight: element.votes };
  }
  return votes;
}
