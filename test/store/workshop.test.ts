import { produce } from "immer";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  applyVote,
  castVote,
  createRound,
  defaultSession,
  dotsCast,
  dotsLeft,
  formatClock,
  getWorkspace,
  isTimeUp,
  keepVotingRoundInStep,
  reconcileRound,
  redo,
  removeCards,
  nextParticipant,
  parseSession,
  pauseTimer,
  replaceWorkspace,
  resetTimer,
  sessionStore,
  setTimerMinutes,
  startTimer,
  startVotingRound,
  advanceVotingRound,
  endVotingRound,
  timerRemaining,
  undo,
  type TimerState,
} from "../../src/store";
import { blankJourney, withCard, workspaceWith } from "../helpers/factories";

const MIN = 60_000;
const fresh = (minutes = 5): TimerState => ({
  durationMs: minutes * MIN,
  startedAt: null,
  remainingMs: minutes * MIN,
  sound: false,
});

describe("the workshop timer", () => {
  it("counts down from the wall clock once started, and never below zero", () => {
    const running = startTimer(fresh(1), 1_000);
    expect(timerRemaining(running, 1_000)).toBe(MIN);
    expect(timerRemaining(running, 1_000 + 15_000)).toBe(45_000);
    expect(timerRemaining(running, 1_000 + 5 * MIN)).toBe(0);
    expect(isTimeUp(running, 1_000 + 59_999)).toBe(false);
    expect(isTimeUp(running, 1_000 + MIN)).toBe(true);
  });

  it("keeps what is left while paused and goes on from there when resumed", () => {
    const running = startTimer(fresh(2), 0);
    const paused = pauseTimer(running, 30_000);
    expect(paused.startedAt).toBeNull();
    expect(timerRemaining(paused, 10 * MIN)).toBe(90_000);
    const resumed = startTimer(paused, 100_000);
    expect(timerRemaining(resumed, 110_000)).toBe(80_000);
  });

  it("ignores a start while running and a pause while paused", () => {
    const running = startTimer(fresh(), 0);
    expect(startTimer(running, 5_000)).toBe(running);
    const paused = pauseTimer(running, 1_000);
    expect(pauseTimer(paused, 9_000)).toBe(paused);
  });

  it("resets to its full length, and starts a finished timer again from the top", () => {
    const finished = startTimer(fresh(1), 0);
    expect(isTimeUp(finished, 2 * MIN)).toBe(true);
    const again = startTimer(finished, 2 * MIN);
    expect(timerRemaining(again, 2 * MIN + 1_000)).toBe(59_000);
    const reset = resetTimer(pauseTimer(again, 2 * MIN + 20_000));
    expect(reset).toMatchObject({ startedAt: null, remainingMs: MIN });
  });

  it("does not give time back when the clock is set back", () => {
    const running = startTimer(fresh(1), 50_000);
    expect(timerRemaining(running, 10_000)).toBe(MIN);
  });

  it("sets whole minutes from 1 to 180 and stops the timer", () => {
    const running = startTimer(fresh(), 0);
    expect(setTimerMinutes(running, 10)).toMatchObject({
      durationMs: 10 * MIN,
      remainingMs: 10 * MIN,
      startedAt: null,
    });
    expect(setTimerMinutes(running, 0).durationMs).toBe(MIN);
    expect(setTimerMinutes(running, 999).durationMs).toBe(180 * MIN);
    expect(setTimerMinutes(running, Number.NaN)).toBe(running);
  });

  it("shows minutes and seconds, rounding up so 00:00 means the end", () => {
    expect(formatClock(5 * MIN)).toBe("05:00");
    expect(formatClock(59_001)).toBe("01:00");
    expect(formatClock(58_999)).toBe("00:59");
    expect(formatClock(1)).toBe("00:01");
    expect(formatClock(0)).toBe("00:00");
    expect(formatClock(65 * MIN)).toBe("1:05:00");
  });

  it("comes back from a saved session, and a damaged saved timer falls back to the default", () => {
    const saved = { ...defaultSession(), timer: startTimer(fresh(3), 123) };
    expect(parseSession(JSON.parse(JSON.stringify(saved))).timer).toEqual(saved.timer);
    for (const timer of [
      { ...fresh(), durationMs: -5 },
      { ...fresh(), remainingMs: "soon" },
      { ...fresh(1), remainingMs: 2 * MIN },
      { ...fresh(), extra: true },
      null,
    ]) {
      const parsed = parseSession({ ...saved, timer, theme: "dark" });
      expect(parsed.timer).toEqual(defaultSession().timer);
      expect(parsed.theme).toBe("dark");
    }
  });
});

describe("a dot-voting round", () => {
  it("gives each participant their dots and refuses one more", () => {
    let round = createRound("j", 2, 3);
    expect(dotsLeft(round)).toBe(2);
    let result = applyVote(round, "a", 1, 0);
    expect(result.outcome).toBe("added");
    round = result.round!;
    round = applyVote(round, "b", 1, 0).round!;
    expect(dotsLeft(round)).toBe(0);
    result = applyVote(round, "c", 1, 0);
    expect(result).toEqual({ outcome: "noDotsLeft", round });
    round = nextParticipant(round);
    expect(round.participant).toBe(1);
    expect(dotsLeft(round)).toBe(2);
    expect(dotsCast(round)).toBe(2);
  });

  it("lets a participant take back only their own dots", () => {
    let round = createRound("j", 3, 2);
    round = applyVote(round, "a", 1, 0).round!;
    round = nextParticipant(round);
    expect(applyVote(round, "a", -1, 1).outcome).toBe("notTheirs");
    round = applyVote(round, "a", 1, 1).round!;
    const back = applyVote(round, "a", -1, 2);
    expect(back.outcome).toBe("removed");
    expect(back.round!.ballots).toEqual([["a"], []]);
  });

  it("stays on the last participant, and clamps its sizes", () => {
    const round = createRound("j", 50, 0);
    expect(round.dotsPerParticipant).toBe(20);
    expect(round.participants).toBe(1);
    expect(nextParticipant(round)).toBe(round);
  });

  it("counts free votes outside a round, but never takes a vote from a card without one", () => {
    expect(applyVote(null, "a", 1, 0).outcome).toBe("added");
    expect(applyVote(null, "a", -1, 2).outcome).toBe("removed");
    expect(applyVote(null, "a", -1, 0).outcome).toBe("none");
  });
});

describe("voting on cards", () => {
  const J = "journey-1";
  const votes = (id: string) => getWorkspace().journeys[J]!.elements[id]!.votes;
  beforeEach(() => {
    replaceWorkspace(
      workspaceWith(
        produce(blankJourney(), (j) => {
          withCard(j, { id: "a", title: "Checkout page" });
          withCard(j, { id: "b", title: "Delivery slot", votes: 4 });
        }),
      ),
    );
    sessionStore.setState(defaultSession());
  });
  afterEach(() => endVotingRound());

  it("stores each vote on the card as one undo step", () => {
    expect(castVote(J, "a", 1)).toBe("added");
    expect(castVote(J, "a", 1)).toBe("added");
    expect(votes("a")).toBe(2);
    undo(J);
    expect(votes("a")).toBe(1);
    expect(castVote(J, "missing", 1)).toBe("none");
  });

  it("counts votes in the journey's round and stops at the participant's dots", () => {
    startVotingRound(J, 2, 2, { clearVotes: true });
    expect(votes("b")).toBe(0);
    expect(castVote(J, "a", 1)).toBe("added");
    expect(castVote(J, "b", 1)).toBe("added");
    expect(castVote(J, "b", 1)).toBe("noDotsLeft");
    expect(votes("b")).toBe(1);
    advanceVotingRound();
    expect(castVote(J, "a", -1)).toBe("notTheirs");
    expect(castVote(J, "a", 1)).toBe("added");
    expect(votes("a")).toBe(2);
    expect(sessionStore.getState().votingRound!.ballots).toEqual([["a", "b"], ["a"]]);
    // A round on another journey leaves this one's votes free.
    startVotingRound("other", 1, 1);
    expect(castVote(J, "a", 1)).toBe("added");
    expect(castVote(J, "a", 1)).toBe("added");
  });

  it("gives a dot back when its vote is undone or its card is deleted", () => {
    const stop = keepVotingRoundInStep();
    try {
      startVotingRound(J, 2, 2, { clearVotes: true });
      castVote(J, "a", 1);
      advanceVotingRound();
      castVote(J, "a", 1);
      castVote(J, "b", 1);
      const round = () => sessionStore.getState().votingRound!;
      expect(dotsLeft(round())).toBe(0);
      undo(J);
      expect(votes("b")).toBe(0);
      expect(round().ballots).toEqual([["a"], ["a"]]);
      expect(dotsLeft(round())).toBe(1);
      // A redo puts the vote back on the card; the dot stays with the participant, who can
      // cast it again (the card then shows both).
      redo(J);
      expect(votes("b")).toBe(1);
      expect(round().ballots).toEqual([["a"], ["a"]]);
      // Deleting a card returns every dot on it, to whoever cast it.
      removeCards(J, ["a"]);
      expect(round().ballots).toEqual([[], []]);
    } finally {
      stop();
    }
  });

  it("takes back a participant's own dot even when others voted the same card", () => {
    const stop = keepVotingRoundInStep();
    try {
      startVotingRound(J, 2, 2, { clearVotes: true });
      castVote(J, "a", 1);
      advanceVotingRound();
      castVote(J, "a", 1);
      sessionStore.setState({
        votingRound: { ...sessionStore.getState().votingRound!, participant: 0 },
      });
      expect(castVote(J, "a", -1)).toBe("removed");
      expect(sessionStore.getState().votingRound!.ballots).toEqual([[], ["a"]]);
    } finally {
      stop();
    }
  });

  it("returns excess dots from the latest ballots first, and keeps a round that is in step", () => {
    const round = { ...createRound(J, 3, 3), ballots: [["a", "b"], ["a"], ["a", "a"]] };
    expect(reconcileRound(round, () => 9)).toBe(round);
    const counts: Record<string, number> = { a: 2, b: 1 };
    expect(reconcileRound(round, (id) => counts[id] ?? 0).ballots).toEqual([["a", "b"], ["a"], []]);
    expect(reconcileRound(round, () => 0).ballots).toEqual([[], [], []]);
  });

  it("restores a saved round, and drops a damaged one", () => {
    startVotingRound(J, 3, 4);
    const saved = JSON.parse(JSON.stringify(sessionStore.getState())) as Record<string, unknown>;
    expect(parseSession(saved).votingRound).toEqual(sessionStore.getState().votingRound);
    const round = saved.votingRound as Record<string, unknown>;
    expect(parseSession({ ...saved, votingRound: { ...round, participant: 9 } }).votingRound).toBe(
      null,
    );
    expect(
      parseSession({ ...saved, votingRound: { ...round, ballots: [["a", "b", "c", "d"]] } })
        .votingRound,
    ).toBe(null);
  });
});
