import {
  FREE_VOTER,
  addVote,
  clearVotes,
  dotsCastIn,
  dotsUsedBy,
  endRound,
  newId,
  participantKey,
  personKey,
  removeVote,
  startRound,
  type Id,
  type Journey,
  type VotingRound,
} from "../domain";
import { changeJourney, getJourney, now } from "./document";
import { ownDotsOn } from "./selectors";
import { MAX_DOTS, MAX_PARTICIPANTS, TIMER_MAX_MS, sessionStore, type TimerState } from "./session";

/**
 * Workshop tools: the timer and dot-voting rounds. The arithmetic is pure (state and the time in,
 * state out), so it is tested without a clock; the actions below apply it to the session store.
 */

// ---- Timer ----------------------------------------------------------------------------------

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

/**
 * A dot-voting round lives in the journey (so every tab, and later every seat, sees it, and each
 * participant's budget holds on the merged votes); whose turn it is at this device is session
 * state (participants take turns at one laptop).
 */
export interface RoundView {
  round: VotingRound;
  /** The participant voting now at this device, from 0 (a private round has no turns). */
  participant: number;
  /** Who votes at this device now; null in a private round until this person gives a name. */
  voter: string | null;
  dotsLeft: number;
  /** Dots put on cards so far by everyone in the round. */
  dotsCast: number;
  isLast: boolean;
}

function clampInt(value: number, min: number, max: number): number {
  return Number.isFinite(value) ? Math.min(max, Math.max(min, Math.round(value))) : min;
}

/** The participant whose turn it is at this device in a round (0 until the device moves on). */
export function participantOf(
  round: VotingRound,
  turn: { roundId: Id; participant: number } | null,
) {
  return turn && turn.roundId === round.id ? Math.min(turn.participant, round.participants - 1) : 0;
}

/**
 * Who votes at this device in a round: the participant whose turn it is, or in a private round
 * the person by the name they gave the room (null until they give one).
 */
export function voterOf(
  round: VotingRound,
  turn: { roundId: Id; participant: number } | null,
  name: string | null,
): string | null {
  if (round.private) return name ? personKey(round, name) : null;
  return participantKey(round, participantOf(round, turn));
}

export function roundView(
  journey: Journey | undefined,
  turn: { roundId: Id; participant: number } | null,
  name: string | null = null,
): RoundView | null {
  const round = journey?.votingRound;
  if (!journey || !round) return null;
  const participant = participantOf(round, turn);
  const voter = voterOf(round, turn, name);
  const used = voter ? dotsUsedBy(journey, voter) : 0;
  return {
    round,
    participant,
    voter,
    dotsLeft: Math.max(0, round.dotsPerParticipant - used),
    dotsCast: dotsCastIn(journey, round),
    isLast: participant >= round.participants - 1,
  };
}

export type VoteOutcome =
  | "added"
  | "removed"
  /** The participant has used every dot; the vote was not added. */
  | "noDotsLeft"
  /** In a private round, this person has used every dot (they may take one back to move it). */
  | "allDotsUsed"
  /** In a round, a participant takes back only their own dots. */
  | "notTheirs"
  /** Nothing to take back: the card has no votes. */
  | "none"
  /** A private round counts each person by name, and this person has given none. */
  | "needName";

/**
 * Adds or takes back one vote on a card: in a running round as the participant whose turn it is
 * (spending or returning one of their dots), otherwise freely. Each vote is one undo step.
 */
export function castVote(journeyId: Id, elementId: Id, delta: 1 | -1): VoteOutcome {
  const journey = getJourney(journeyId);
  const element = journey?.elements[elementId];
  if (!journey || !element) return "none";
  const round = journey.votingRound;
  const session = sessionStore.getState();
  const by = round
    ? voterOf(round, session.votingTurn, session.presence?.name ?? null)
    : FREE_VOTER;
  if (by === null) return "needName";
  if (delta === 1) {
    if (round && dotsUsedBy(journey, by) >= round.dotsPerParticipant)
      return round.private ? "allDotsUsed" : "noDotsLeft";
    const vote = { id: newId(), elementId, by, at: now(), weight: 1 };
    return changeJourney(journeyId, (j) => void addVote(j, vote)) ? "added" : "none";
  }
  // A private round's dots are on no card's count: only the voter's own entries say where.
  const hidden = round?.private === true;
  if (!hidden && element.votes === 0) return "none";
  let removed = false;
  changeJourney(journeyId, (j) => {
    removed = removeVote(j, elementId, round ? by : null);
  });
  if (removed) return "removed";
  return round && !hidden ? "notTheirs" : "none";
}

export function startVotingRound(
  journeyId: Id,
  dotsPerParticipant: number,
  participants: number,
  options: { clearVotes?: boolean; private?: boolean } = {},
): void {
  const round: VotingRound = {
    id: newId(),
    dotsPerParticipant: clampInt(dotsPerParticipant, 1, MAX_DOTS),
    participants: clampInt(participants, 1, MAX_PARTICIPANTS),
  };
  if (options.private) round.private = true;
  // Clearing the votes is an undo step; the round itself is not (it is ended, not undone).
  changeJourney(journeyId, (j) => {
    if (options.clearVotes) clearVotes(j);
    startRound(j, round);
  });
  sessionStore.setState({ votingTurn: { roundId: round.id, participant: 0 } });
}

/** On to the next participant at this device; past the last one the round stays on the last. */
export function advanceVotingRound(journeyId: Id): void {
  const round = getJourney(journeyId)?.votingRound;
  if (!round) return;
  const participant = participantOf(round, sessionStore.getState().votingTurn);
  if (participant >= round.participants - 1) return;
  sessionStore.setState({ votingTurn: { roundId: round.id, participant: participant + 1 } });
}

export function endVotingRound(journeyId: Id): void {
  changeJourney(journeyId, endRound);
  sessionStore.setState({ votingTurn: null });
}

/**
 * The dots on a card this device can show: in a private round only this person's own (everyone's
 * stay hidden until the reveal), otherwise the card's count.
 */
export function shownVotes(
  journey: Journey,
  elementId: Id,
  name: string | null,
): { count: number; own: boolean } {
  const own = ownDotsOn(journey, name, elementId);
  return own === null
    ? { count: journey.elements[elementId]?.votes ?? 0, own: false }
    : { count: own, own: true };
}
