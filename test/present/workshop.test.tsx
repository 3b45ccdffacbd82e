import { act, fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { produce } from "immer";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { t } from "../../src/i18n";
import { playEndSound } from "../../src/present/beep";
import { Timer } from "../../src/present/Timer";
import { VotesDialog, votesRanking } from "../../src/present/Votes";
import { VotingPanel, VotingRoundButton } from "../../src/present/VotingRound";
import {
  castVote,
  defaultSession,
  replaceWorkspace,
  sessionStore,
  getJourney,
  startVotingRound,
} from "../../src/store";
import { blankJourney, withCard, workspaceWith } from "../helpers/factories";

const J = "journey-1";

beforeEach(() => {
  sessionStore.setState(defaultSession());
  replaceWorkspace(
    workspaceWith(
      produce(blankJourney(), (j) => {
        withCard(j, {
          id: "tp",
          title: "Checkout page",
          votes: 2,
          painPoints: [
            { id: "p1", text: "Fee shown late", severity: "medium" },
            { id: "p2", text: "Coupon field hidden", severity: "high" },
          ],
        });
        withCard(j, {
          id: "tp2",
          title: "Delivery slots",
          votes: 5,
          painPoints: [{ id: "p3", text: "Evenings gone", severity: "low" }],
        });
        withCard(j, {
          id: "f1",
          kind: "frictionPoint",
          lane: "frictionPoints",
          title: "Slots hidden",
          votes: 1,
        });
        withCard(j, { id: "f2", kind: "frictionPoint", lane: "frictionPoints", title: "No votes" });
        withCard(j, {
          id: "o1",
          kind: "opportunity",
          lane: "opportunities",
          title: "Show slots early",
          votes: 3,
        });
      }),
    ),
  );
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe("the timer", () => {
  it("counts down once started, and at zero turns red and says Time is up", () => {
    vi.useFakeTimers({ now: 1_000_000 });
    const sound = vi.fn();
    vi.stubGlobal(
      "AudioContext",
      class {
        currentTime = 0;
        destination = {};
        constructor() {
          sound();
        }
        createOscillator() {
          return {
            type: "",
            frequency: { setValueAtTime() {} },
            connect: (node: unknown) => node,
            start() {},
            stop() {},
          };
        }
        createGain() {
          return {
            gain: { setValueAtTime() {}, exponentialRampToValueAtTime() {} },
            connect: (node: unknown) => node,
          };
        }
        close() {
          return Promise.resolve();
        }
      },
    );
    render(<Timer placement="header" />);
    const readout = screen.getByRole("timer", { name: "Time left" });
    expect(readout).toHaveTextContent("05:00");
    fireEvent.click(screen.getByRole("button", { name: "Timer settings" }));
    fireEvent.change(screen.getByRole("textbox", { name: "Minutes" }), {
      target: { value: "1" },
    });
    fireEvent.click(screen.getByRole("checkbox", { name: "Sound at the end" }));
    expect(readout).toHaveTextContent("01:00");
    fireEvent.click(screen.getByRole("button", { name: "Start timer" }));
    act(() => void vi.advanceTimersByTime(20_000));
    expect(readout).toHaveTextContent("00:40");
    fireEvent.click(screen.getByRole("button", { name: "Pause timer" }));
    act(() => void vi.advanceTimersByTime(60_000));
    expect(readout).toHaveTextContent("00:40");
    fireEvent.click(screen.getByRole("button", { name: "Start timer" }));
    expect(screen.queryByRole("alert")).toBeNull();
    act(() => void vi.advanceTimersByTime(41_000));
    expect(readout).toHaveTextContent("00:00");
    expect(screen.getByRole("alert")).toHaveTextContent("Time is up");
    expect(screen.getByRole("group", { name: "Timer" })).toHaveClass("timer--up");
    expect(sound).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole("button", { name: "Reset timer" }));
    expect(readout).toHaveTextContent("01:00");
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("refuses 0 minutes with a message on the field, and Enter starts nothing", async () => {
    const user = userEvent.setup();
    render(<Timer placement="presentation" />);
    const readout = screen.getByRole("timer", { name: "Time left" });
    await user.click(screen.getByRole("button", { name: "Timer settings" }));
    const minutes = screen.getByRole("textbox", { name: "Minutes" });
    expect(minutes).not.toHaveAttribute("aria-invalid");
    await user.clear(minutes);
    await user.type(minutes, "0{Enter}");
    expect(minutes).toHaveValue("0");
    expect(minutes).toHaveAttribute("aria-invalid", "true");
    expect(minutes).toHaveAccessibleDescription(/Minutes are a whole number from 1 to 180/);
    expect(screen.getByRole("alert")).toHaveTextContent("Minutes are a whole number from 1 to 180");
    expect(sessionStore.getState().timer).toMatchObject({ durationMs: 300_000, startedAt: null });
    expect(readout).toHaveTextContent("05:00");
    expect(screen.getByRole("button", { name: "Start timer" })).toBeInTheDocument();
    // Leaving the box keeps what was typed and the reason, rather than the saved 5.
    await user.tab();
    expect(minutes).toHaveValue("0");
    expect(minutes).toHaveAttribute("aria-invalid", "true");
    // A length in range takes the message away, and Enter then starts the timer.
    await user.click(minutes);
    await user.clear(minutes);
    await user.type(minutes, "3");
    expect(minutes).not.toHaveAttribute("aria-invalid");
    expect(minutes).toHaveAccessibleDescription("From 1 to 180. Enter starts the timer.");
    expect(screen.queryByRole("alert")).toBeNull();
    await user.type(minutes, "{Enter}");
    expect(sessionStore.getState().timer.durationMs).toBe(180_000);
    expect(sessionStore.getState().timer.startedAt).not.toBeNull();
  });

  it.each([
    ["an empty box", ""],
    ["181 minutes", "181"],
    ["part of a minute", "2.5"],
  ])("refuses %s, and Enter starts nothing", async (_, text) => {
    const user = userEvent.setup();
    render(<Timer placement="header" />);
    await user.click(screen.getByRole("button", { name: "Timer settings" }));
    const minutes = screen.getByRole("textbox", { name: "Minutes" });
    await user.clear(minutes);
    await user.type(minutes, `${text}{Enter}`);
    expect(minutes).toHaveAttribute("aria-invalid", "true");
    expect(minutes).toHaveAccessibleDescription(/Minutes are a whole number from 1 to 180/);
    expect(sessionStore.getState().timer.startedAt).toBeNull();
    expect(screen.getByRole("button", { name: "Start timer" })).toBeInTheDocument();
  });

  it("makes no sound, and no error, where the browser has no Web Audio", () => {
    vi.stubGlobal("AudioContext", undefined);
    expect(playEndSound()).toBe(false);
    vi.stubGlobal(
      "AudioContext",
      class {
        constructor() {
          throw new Error("not allowed");
        }
      },
    );
    expect(playEndSound()).toBe(false);
  });

  it("does not sound for a timer found already finished when the page opens", () => {
    const sound = vi.fn();
    vi.stubGlobal(
      "AudioContext",
      class {
        constructor() {
          sound();
        }
      },
    );
    sessionStore.setState({
      timer: {
        durationMs: 60_000,
        startedAt: Date.now() - 120_000,
        remainingMs: 60_000,
        sound: true,
      },
    });
    render(<Timer placement="presentation" />);
    expect(screen.getByRole("alert")).toHaveTextContent("Time is up");
    expect(sound).not.toHaveBeenCalled();
  });
});

describe("dot voting", () => {
  it("sets up a round with dots per participant and participants", async () => {
    const user = userEvent.setup();
    render(<VotingRoundButton journeyId={J} compact />);
    await user.click(screen.getByRole("button", { name: "Voting round" }));
    const dialog = screen.getByRole("dialog", { name: "Start a voting round" });
    const dots = within(dialog).getByRole("textbox", { name: "Dots per participant" });
    await user.clear(dots);
    await user.type(dots, "2");
    const people = within(dialog).getByRole("textbox", { name: "Participants" });
    await user.clear(people);
    await user.type(people, "3");
    await user.click(within(dialog).getByRole("checkbox", { name: /Start from zero/ }));
    await user.click(within(dialog).getByRole("button", { name: "Start round" }));
    expect(getJourney(J)!.votingRound).toMatchObject({ dotsPerParticipant: 2, participants: 3 });
    expect(sessionStore.getState().votingTurn).toMatchObject({ participant: 0 });
    expect(Object.values(getJourney(J)!.elements).every((e) => e.votes === 0)).toBe(true);
    expect(screen.getByRole("button", { name: "Voting round" })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
  });

  it("refuses a round of zero dots", async () => {
    const user = userEvent.setup();
    render(<VotingRoundButton journeyId={J} />);
    await user.click(screen.getByRole("button", { name: "Voting round" }));
    const dots = screen.getByRole("textbox", { name: "Dots per participant" });
    await user.clear(dots);
    await user.type(dots, "0");
    expect(screen.getByRole("alert")).toHaveTextContent("Dots are 1 to 20");
    expect(screen.getByRole("button", { name: "Start round" })).toBeDisabled();
  });

  it("keeps a running tally and moves on participant by participant", async () => {
    const user = userEvent.setup();
    const onShowResults = vi.fn();
    startVotingRound(J, 2, 2);
    render(<VotingPanel journeyId={J} placement="editor" onShowResults={onShowResults} />);
    const panel = screen.getByRole("region", { name: "Voting round" });
    expect(panel).toHaveTextContent("Participant 1 of 2");
    expect(panel).toHaveTextContent("2 dots left");
    act(() => void castVote(J, "f2", 1));
    act(() => void castVote(J, "f2", 1));
    expect(panel).toHaveTextContent("no dots left");
    expect(panel).toHaveTextContent("2 of 4 dots cast");
    expect(within(panel).getByRole("status")).toHaveTextContent("used every dot");
    await user.click(within(panel).getByRole("button", { name: "Next participant" }));
    expect(panel).toHaveTextContent("Participant 2 of 2");
    await user.click(within(panel).getByRole("button", { name: "Finish and show the votes" }));
    expect(onShowResults).toHaveBeenCalled();
    expect(getJourney(J)!.votingRound).toBeNull();
    expect(sessionStore.getState().votingTurn).toBeNull();
  });

  it("ranks pain points, friction points and opportunities by votes and leads to the card", async () => {
    const user = userEvent.setup();
    const onReveal = vi.fn();
    render(<VotesDialog journeyId={J} open onClose={() => {}} onReveal={onReveal} />);
    const dialog = screen.getByRole("dialog", { name: "Votes" });
    const list = (name: string) =>
      within(within(dialog).getByRole("region", { name }))
        .queryAllByRole("button")
        .map((b) => b.getAttribute("aria-label"));
    expect(list("Pain points")).toEqual([
      "1. Evenings gone, on Delivery slots: 5 votes",
      "2. Coupon field hidden, on Checkout page: 2 votes",
      "3. Fee shown late, on Checkout page: 2 votes",
    ]);
    expect(list("Friction points")).toEqual(["1. Slots hidden: 1 vote"]);
    expect(list("Opportunities")).toEqual(["1. Show slots early: 3 votes"]);
    await user.click(within(dialog).getByRole("button", { name: /Show slots early/ }));
    expect(onReveal).toHaveBeenCalledWith("o1");
  });

  it("shows every card with votes: those in no ranking under Other cards with votes", async () => {
    const user = userEvent.setup();
    const onReveal = vi.fn();
    replaceWorkspace(
      workspaceWith(
        produce(blankJourney(), (j) => {
          withCard(j, {
            id: "pp",
            title: "Checkout page",
            votes: 1,
            painPoints: [{ id: "p1", text: "Fee shown late", severity: "medium" }],
          });
          withCard(j, { id: "ad", title: "Free first delivery ad", votes: 2 });
          withCard(j, { id: "n1", kind: "note", lane: "backstage", title: "Referral budget" });
          withCard(j, {
            id: "n2",
            kind: "note",
            lane: "backstage",
            title: "Courier rota",
            votes: 3,
          });
          withCard(j, { id: "f1", kind: "frictionPoint", lane: "frictionPoints", votes: 1 });
        }),
      ),
    );
    render(<VotesDialog journeyId={J} open onClose={() => {}} onReveal={onReveal} />);
    const dialog = screen.getByRole("dialog", { name: "Votes" });
    const list = (name: string) =>
      within(within(dialog).getByRole("region", { name }))
        .queryAllByRole("button")
        .map((b) => b.getAttribute("aria-label"));
    expect(list("Pain points")).toEqual(["1. Fee shown late, on Checkout page: 1 vote"]);
    expect(list("Friction points")).toEqual(["1. f1: 1 vote"]);
    expect(list("Other cards with votes")).toEqual([
      "1. Courier rota, Note: 3 votes",
      "2. Free first delivery ad, Touchpoint: 2 votes",
    ]);
    const others = within(dialog).getByRole("region", { name: "Other cards with votes" });
    expect(others).toHaveTextContent("Courier rota");
    expect(others).toHaveTextContent("Touchpoint");
    // Every dot cast is in the view: 1 + 2 + 3 + 1 votes on the cards, 7 in the entries.
    const shown = ["Pain points", "Friction points", "Opportunities", "Other cards with votes"]
      .flatMap(list)
      .map((name) => Number(/: (\d+) votes?$/.exec(name ?? "")?.[1]));
    expect(shown.reduce((sum, n) => sum + n, 0)).toBe(7);
    await user.click(within(others).getByRole("button", { name: /Free first delivery ad/ }));
    expect(onReveal).toHaveBeenCalledWith("ad");
  });

  it("keeps a card ranked too low for its list among the other cards, so its votes still count", () => {
    const journey = produce(blankJourney(), (j) => {
      for (let i = 1; i <= 11; i++)
        withCard(j, {
          id: `f${i}`,
          kind: "frictionPoint",
          lane: "frictionPoints",
          title: `Friction ${i}`,
          votes: 20 - i,
        });
    });
    const ranking = votesRanking(journey, t);
    expect(ranking.frictionPoints.map((item) => item.elementId)).toHaveLength(10);
    expect(ranking.others.map((item) => [item.elementId, item.kind, item.votes])).toEqual([
      ["f11", "Friction point", 9],
    ]);
  });

  it("leaves out Other cards with votes when every voted card is ranked", () => {
    render(<VotesDialog journeyId={J} open onClose={() => {}} onReveal={() => {}} />);
    expect(screen.queryByRole("region", { name: "Other cards with votes" })).toBeNull();
  });
});
