import type { Id } from "../domain";
import { changeJourney, documentStore, getWorkspace } from "./document";
import { voteForCard } from "./actions/cards";
import {
  MAX_DOTS,
  MAX_PARTICIPANTS,
  TIMER_MAX_MS,
  sessionStore,
  type TimerState,
  type VotingRound,
} from "./session";

/**
 * Workshop tools: the timer and dot-voting rounds. The arithmetic is pure (state and the time in,
 * state out), so it is tested without a clock; the actions below apply it to the session store.
 */

// ---- Timer ----------------------------------------------------------------------------------

export function isTimerRunning(timer: TimerState, now: number): boolean {
  return timer.startedAt !== null && timerRemaining(timer, now) > 0;
}

/** Milliseconds left at `now`; never below zero. A clock set back never adds time. */
export function timerRemaining(timer: TimerState, now: number): number {
  if (timer.startedAt === null) return timer.remainingMs;
  const elapsed = Math.max(0, now - timer.startedAt);
  return Math.max(0, timer.remainingMs - elapsed);
}

/** The timer reached zero while running: the end signal shows until it is reset. */
export function isTimeUp(timer: TimerState, now: number): boolean {
  return timer.startedAt !== null && timerRemaining(timer, now) === 0;
}

export function startTimer(timer: TimerState, now: number): TimerState {
  const left = timerRemaining(timer, now);
  if (timer.startedAt !== null && left > 0) return timer;
  // Starting a finished timer starts it again from its full length.
  const remainingMs = left > 0 ? left : timer.durationMs;
  return { ...timer, startedAt: now, remainingMs };
}

export function pauseTimer(timer: TimerState, now: number): TimerState {
  if (timer.startedAt === null) return timer;
  return { ...timer, startedAt: null, remainingMs: timerRemaining(timer, now) };
}

export function resetTimer(timer: TimerState): TimerState {
  return { ...timer, startedAt: null, remainingMs: timer.durationMs };
}

/** Sets the length in whole minutes (1 to 180) and resets the timer to it. */
export function setTimerMinutes(timer: TimerState, minutes: number): TimerState {
  if (!Number.isFinite(minutes)) return timer;
  const durationMs = Math.min(TIMER_MAX_MS, Math.max(1, Math.round(minutes)) * 60_000);
  return { ...timer, durationMs, startedAt: null, remainingMs: durationMs };
}

/** "04:59", or "1:05:00" past an hour; seconds round up, so the clock shows 00:00 only at the end. */
export function formatClock(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const two = (n: number) => String(n).padStart(2, "0");
  return hours > 0 ? `${hours}:${two(minutes)}:${two(seconds)}` : `${two(minutes)}:${two(seconds)}`;
}

function changeTimer(change: (timer: TimerState) => TimerState): void {
  const timer = sessionStore.getState().timer;
  const next = change(timer);
  if (next !== timer) sessionStore.setState({ timer: next });
}

export const timerActions = {
  start: (now = Date.now()) => changeTimer((t) => startTimer(t, now)),
  pause: (now = Date.now()) => changeTimer((t) => pauseTimer(t, now)),
  reset: () => changeTimer(resetTimer),
  setMinutes: (minutes: number) => changeTimer((t) => setTimerMinutes(t, minutes)),
  setSound: (sound: boolean) => changeTimer((t) => (t.sound === sound ? t : { ...t, sound })),
};

// ---- Dot voting -----------------------------------------------------------------------------

export function createRound(
  journeyId: Id,
  dotsPerParticipant: number,
  participants: number,
): VotingRound {
  const dots = clampInt(dotsPerParticipant, 1, MAX_DOTS);
  const people = clampInt(participants, 1, MAX_PARTICIPANTS);
  return {
    journeyId,
    dotsPerParticipant: dots,
    participants: people,
    participant: 0,
    ballots: Array.from({ length: people }, () => []),
  };
}

function clampInt(value: number, min: number, max: number): number {
  return Number.isFinite(value) ? Math.min(max, Math.max(min, Math.round(value))) : min;
}

export function dotsLeft(round: VotingRound): number {
  return round.dotsPerParticipant - (round.ballots[round.participant]?.length ?? 0);
}

/** Dots put on cards so far by everyone in the round. */
export function dotsCast(round: VotingRound): number {
  return round.ballots.reduce((sum, ballot) => sum + ballot.length, 0);
}

export function isLastParticipant(round: VotingRound): boolean {
  return round.participant >= round.participants - 1;
}

export type VoteOutcome =
  | "added"
  | "removed"
  /** The participant has used every dot; the vote was not added. */
  | "noDotsLeft"
  /** In a round, a participant takes back only their own dots. */
  | "notTheirs"
  /** Nothing to take back: the card has no votes. */
  | "none";

/**
 * What a vote does to a round: adding spends one of the current participant's dots, taking one
 * back returns a dot they put on that card. Outside a round (null), votes are free.
 */
export function applyVote(
  round: VotingRound | null,
  elementId: Id,
  delta: 1 | -1,
  cardVotes: number,
): { outcome: VoteOutcome; round: VotingRound | null } {
  if (!round) {
    if (delta === -1 && cardVotes === 0) return { outcome: "none", round };
    return { outcome: delta === 1 ? "added" : "removed", round };
  }
  const ballot = round.ballots[round.participant] ?? [];
  if (delta === 1) {
    if (ballot.length >= round.dotsPerParticipant) return { outcome: "noDotsLeft", round };
    return { outcome: "added", round: withBallot(round, [...ballot, elementId]) };
  }
  const at = ballot.lastIndexOf(elementId);
  if (at < 0 || cardVotes === 0) return { outcome: "notTheirs", round };
  return {
    outcome: "removed",
    round: withBallot(round, [...ballot.slice(0, at), ...ballot.slice(at + 1)]),
  };
}

function withBallot(round: VotingRound, ballot: Id[]): VotingRound {
  const ballots = round.ballots.map((b, i) => (i === round.participant ? ballot : b));
  return { ...round, ballots };
}

/** On to the next participant; past the last one the round stays on the last. */
export function nextParticipant(round: VotingRound): VotingRound {
  if (isLastParticipant(round)) return round;
  return { ...round, participant: round.participant + 1 };
}

/**
 * A dot lives on a ballot only while its vote is still on the card. When votes go without a
 * vote action (an undo, a deleted card, "clear votes"), the dots return to the people who cast
 * them, latest ballots first, so nobody is left short of dots they can no longer see.
 */
export function reconcileRound(
  round: VotingRound,
  votesOn: (elementId: Id) => number,
): VotingRound {
  const cast = new Map<Id, number>();
  for (const ballot of round.ballots)
    for (const id of ballot) cast.set(id, (cast.get(id) ?? 0) + 1);
  const excess = new Map<Id, number>();
  for (const [id, count] of cast) {
    const over = count - Math.max(0, votesOn(id));
    if (over > 0) excess.set(id, over);
  }
  if (excess.size === 0) return round;
  const ballots = round.ballots.map((ballot) => [...ballot]);
  for (let person = ballots.length - 1; person >= 0; person--) {
    const ballot = ballots[person]!;
    for (let at = ballot.length - 1; at >= 0; at--) {
      const id = ballot[at]!;
      const over = excess.get(id) ?? 0;
      if (over === 0) continue;
      ballot.splice(at, 1);
      excess.set(id, over - 1);
    }
  }
  return { ...round, ballots };
}

/** Keeps the running round in step with its journey's card votes (see `reconcileRound`). */
export function keepVotingRoundInStep(): () => void {
  return documentStore.subscribe((state, previous) => {
    const round = sessionStore.getState().votingRound;
    if (!round) return;
    const journey = state.workspace.journeys[round.journeyId];
    if (journey === previous.workspace.journeys[round.journeyId]) return;
    const next = reconcileRound(round, (id) => journey?.elements[id]?.votes ?? 0);
    if (next !== round) sessionStore.setState({ votingRound: next });
  });
}

/** The round applying to a journey, if one is running there. */
export function roundFor(journeyId: Id): VotingRound | null {
  const round = sessionStore.getState().votingRound;
  return round && round.journeyId === journeyId ? round : null;
}

/**
 * Adds or takes back one vote on a card, counting it in the journey's voting round when one is
 * running. The vote itself is stored on the card (one undo step).
 */
export function castVote(journeyId: Id, elementId: Id, delta: 1 | -1): VoteOutcome {
  const element = getWorkspace().journeys[journeyId]?.elements[elementId];
  if (!element) return "none";
  const round = roundFor(journeyId);
  const result = applyVote(round, elementId, delta, element.votes);
  if (result.outcome !== "added" && result.outcome !== "removed") return result.outcome;
  // The ballot first: the card's vote count then never drops below it, so the round's
  // reconciliation (below) has nothing to return.
  if (round && result.round !== round) sessionStore.setState({ votingRound: result.round });
  voteForCard(journeyId, elementId, delta);
  return result.outcome;
}

export function startVotingRound(
  journeyId: Id,
  dotsPerParticipant: number,
  participants: number,
  options: { clearVotes?: boolean } = {},
): void {
  if (options.clearVotes) clearVotes(journeyId);
  sessionStore.setState({ votingRound: createRound(journeyId, dotsPerParticipant, participants) });
}

export function advanceVotingRound(): void {
  const round = sessionStore.getState().votingRound;
  if (round) sessionStore.setState({ votingRound: nextParticipant(round) });
}

export function endVotingRound(): void {
  sessionStore.setState({ votingRound: null });
}

/** Takes every vote off a journey's cards (one undo step). */
export function clearVotes(journeyId: Id): void {
  changeJourney(journeyId, (journey) => {
    for (const element of Object.values(journey.elements))
      if (element.votes !== 0) element.votes = 0;
  });
}
