import { produce } from "immer";
import { beforeEach, describe, expect, it } from "vitest";
import { personKey, roundVoters, voterName } from "../../src/domain";
import {
  castVote,
  defaultSession,
  endVotingRound,
  getJourney,
  replaceWorkspace,
  roundView,
  sessionStore,
  shownVotes,
  startVotingRound,
} from "../../src/store";
import { blankJourney, withCard, workspaceWith } from "../helpers/factories";

describe("a private voting round (each person on their own device)", () => {
  const J = "journey-1";
  const votes = (id: string) => getJourney(J)!.elements[id]!.votes;
  const as = (name: string | null) =>
    sessionStore.setState({ presence: name ? { name, color: "#1d4ed8" } : null });
  const shown = (id: string) => {
    const { presence } = sessionStore.getState();
    return shownVotes(getJourney(J)!, id, presence?.name ?? null);
  };
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
    startVotingRound(J, 3, 1, { private: true });
  });

  it("puts nobody's dots on the cards until the reveal, and shows each person only their own", () => {
    as("Ben");
    expect(castVote(J, "a", 1)).toBe("added");
    expect(castVote(J, "a", 1)).toBe("added");
    as("Cleo");
    expect(castVote(J, "a", 1)).toBe("added");
    // The votes from before the round still show; the round's do not.
    expect(votes("a")).toBe(0);
    expect(votes("b")).toBe(4);
    expect(shown("a")).toEqual({ count: 1, own: true });
    as("Ben");
    expect(shown("a")).toEqual({ count: 2, own: true });
    expect(roundView(getJourney(J), null, "Ben")!.dotsLeft).toBe(1);

    endVotingRound(J);
    expect(votes("a")).toBe(3);
    expect(shown("a")).toEqual({ count: 3, own: false });
  });

  it("holds each person's budget and lets them take back only their own dots", () => {
    as("Ben");
    for (let i = 0; i < 3; i++) expect(castVote(J, "a", 1)).toBe("added");
    expect(castVote(J, "b", 1)).toBe("allDotsUsed");
    as("Cleo");
    expect(castVote(J, "a", -1)).toBe("none");
    expect(castVote(J, "a", 1)).toBe("added");
    as("Ben");
    expect(castVote(J, "a", -1)).toBe("removed");
    expect(roundView(getJourney(J), null, "Ben")!.dotsLeft).toBe(1);
  });

  it("counts a person by their name however they typed it, and asks for one when there is none", () => {
    as(null);
    expect(castVote(J, "a", 1)).toBe("needName");
    as("Ben ");
    castVote(J, "a", 1);
    as("  ben");
    castVote(J, "a", 1);
    const round = getJourney(J)!.votingRound!;
    expect(personKey(round, "BEN")).toBe(personKey(round, "ben"));
    expect(voterName("  Zoë   Ann ")).toBe("zoë ann");
    expect(roundVoters(getJourney(J)!, round)).toEqual([{ name: "ben", used: 2, finished: false }]);
  });

  it("lists who has finished without saying where anyone's dots are", () => {
    as("Ben");
    for (let i = 0; i < 3; i++) castVote(J, "a", 1);
    as("Cleo");
    castVote(J, "b", 1);
    const round = getJourney(J)!.votingRound!;
    const voters = roundVoters(getJourney(J)!, round);
    expect(voters).toEqual([
      { name: "ben", used: 3, finished: true },
      { name: "cleo", used: 1, finished: false },
    ]);
  });
});
