import { produce } from "immer";
import { beforeEach, describe, expect, it } from "vitest";
import {
  castVote,
  defaultSession,
  formatClock,
  isTimeUp,
  redo,
  removeCards,
  roundView,
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
  getJourney,
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

describe("voting on cards", () => {
  const J = "journey-1";
  const votes = (id: string) => getJourney(J)!.elements[id]!.votes;
  const view = () => roundView(getJourney(J), sessionStore.getState().votingTurn)!;
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

  it("stores each vote as an entry on the journey, one undo step each", () => {
    expect(castVote(J, "a", 1)).toBe("added");
    expect(castVote(J, "a", 1)).toBe("added");
    expect(votes("a")).toBe(2);
    expect(Object.values(getJourney(J)!.votes).filter((v) => v.elementId === "a")).toHaveLength(2);
    undo(J);
    expect(votes("a")).toBe(1);
    expect(castVote(J, "missing", 1)).toBe("none");
  });

  it("counts free votes outside a round, but never takes a vote from a card without one", () => {
    expect(castVote(J, "b", -1)).toBe("removed");
    expect(votes("b")).toBe(3);
    expect(castVote(J, "a", -1)).toBe("none");
  });

  it("counts votes in the journey's round and stops at the participant's dots", () => {
    startVotingRound(J, 2, 2, { clearVotes: true });
    expect(votes("b")).toBe(0);
    expect(view()).toMatchObject({ participant: 0, dotsLeft: 2, dotsCast: 0, isLast: false });
    expect(castVote(J, "a", 1)).toBe("added");
    expect(castVote(J, "b", 1)).toBe("added");
    expect(castVote(J, "b", 1)).toBe("noDotsLeft");
    expect(votes("b")).toBe(1);
    advanceVotingRound(J);
    expect(view()).toMatchObject({ participant: 1, dotsLeft: 2, dotsCast: 2, isLast: true });
    expect(castVote(J, "b", -1)).toBe("notTheirs");
    expect(castVote(J, "a", 1)).toBe("added");
    expect(votes("a")).toBe(2);
    // Past the last participant the round stays on the last.
    advanceVotingRound(J);
    expect(view().participant).toBe(1);
  });

  it("clamps a round's sizes", () => {
    startVotingRound(J, 50, 0);
    expect(view().round).toMatchObject({ dotsPerParticipant: 20, participants: 1 });
  });

  it("gives a dot back when its vote is undone or its card is deleted", () => {
    startVotingRound(J, 2, 2, { clearVotes: true });
    castVote(J, "a", 1);
    advanceVotingRound(J);
    castVote(J, "a", 1);
    castVote(J, "b", 1);
    expect(view().dotsLeft).toBe(0);
    undo(J);
    expect(votes("b")).toBe(0);
    expect(view().dotsLeft).toBe(1);
    redo(J);
    expect(votes("b")).toBe(1);
    expect(view().dotsLeft).toBe(0);
    // Deleting a card returns every dot on it, to whoever cast it.
    removeCards(J, ["a"]);
    expect(view().dotsLeft).toBe(1);
    expect(view().dotsCast).toBe(1);
  });

  it("takes back a participant's own dot even when others voted the same card", () => {
    startVotingRound(J, 2, 2, { clearVotes: true });
    castVote(J, "a", 1);
    advanceVotingRound(J);
    castVote(J, "a", 1);
    sessionStore.setState({
      votingTurn: { ...sessionStore.getState().votingTurn!, participant: 0 },
    });
    expect(castVote(J, "a", -1)).toBe("removed");
    expect(votes("a")).toBe(1);
    expect(view().dotsLeft).toBe(2);
  });

  it("ends the round with the votes as they stood, and undoes the clearing of votes", () => {
    startVotingRound(J, 1, 1, { clearVotes: true });
    castVote(J, "a", 1);
    endVotingRound(J);
    expect(getJourney(J)!.votingRound).toBeNull();
    expect(votes("a")).toBe(1);
    expect(sessionStore.getState().votingTurn).toBeNull();
    undo(J); // the vote
    undo(J); // the clearing
    expect(votes("b")).toBe(4);
  });

  it("restores whose turn it is from a saved session, and drops a damaged one", () => {
    startVotingRound(J, 3, 4);
    const saved = JSON.parse(JSON.stringify(sessionStore.getState())) as Record<string, unknown>;
    expect(parseSession(saved).votingTurn).toEqual(sessionStore.getState().votingTurn);
    const turn = saved.votingTurn as Record<string, unknown>;
    expect(parseSession({ ...saved, votingTurn: { ...turn, participant: -1 } }).votingTurn).toBe(
      null,
    );
    expect(parseSession({ ...saved, votingTurn: { ...turn, extra: 1 } }).votingTurn).toBe(null);
  });
});
