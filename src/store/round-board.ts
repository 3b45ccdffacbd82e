import { useMemo } from "react";
import { useStore } from "zustand";
import { roundVoters, voterName, type Id, type RoundVoter } from "../domain";
import { useJourney, useSession } from "./hooks";
import { roundView, type RoundView } from "./workshop";
import { roomStore } from "./room";

export interface RoundBoard {
  /** Everyone who has voted, then everyone in the room still to vote. */
  people: RoundVoter[];
  finished: number;
}

/**
 * Who is in a private round, as its live board lists them: who has used all their dots and who
 * is still voting (everyone in the room who has not voted yet), never where anyone's dots are.
 */
export function useRoundBoard(journeyId: Id): RoundBoard | null {
  const journey = useJourney(journeyId);
  const peers = useStore(roomStore, (s) => (s.journeyId === journeyId ? s.peers : null));
  return useMemo(() => {
    const round = journey?.votingRound;
    if (!journey || !round?.private) return null;
    // Keys hold names as the budget compares them; the board shows them as people typed them.
    const typed = new Map((peers ?? []).map((peer) => [voterName(peer.name), peer.name]));
    const voters = roundVoters(journey, round).map((voter) => ({
      ...voter,
      name: typed.get(voter.name) ?? voter.name,
    }));
    const seen = new Set(voters.map((voter) => voterName(voter.name)));
    const waiting = [...typed]
      .filter(([key]) => !seen.has(key))
      .map(([, name]) => ({ name, used: 0, finished: false }));
    const people = [...voters, ...waiting];
    return { people, finished: people.filter((person) => person.finished).length };
  }, [journey, peers]);
}

/** The voting round running on this journey, if any, as it stands at this device. */
export function useVotingRoundView(journeyId: Id): RoundView | null {
  const journey = useJourney(journeyId);
  const turn = useSession((s) => s.votingTurn);
  const name = useSession((s) => s.presence?.name ?? null);
  return useMemo(() => roundView(journey, turn, name), [journey, turn, name]);
}
