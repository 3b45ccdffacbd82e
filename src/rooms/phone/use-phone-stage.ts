import { useEffect, useState } from "react";
import type { Id, Journey } from "../../domain";
import { leadDestination, roomStore } from "../../store";

/**
 * The stage a phone shows: the facilitator's while this person follows them (and once each time
 * they bring everyone over), otherwise the one chosen. Choosing another stage while following
 * steps away from the lead, as scrolling the map away does; "Back to …" returns.
 */
export function usePhoneStage(journey: Journey): {
  stageId: Id | null;
  choose: (stageId: Id) => void;
} {
  const journeyId = journey.id;
  const [chosen, setChosen] = useState<Id | null>(() => {
    const room = roomStore.getState();
    return room.journeyId === journeyId ? (room.lead?.stage ?? room.place) : null;
  });
  useEffect(
    () =>
      roomStore.subscribe((state, previous) => {
        if (state.journeyId !== journeyId) return;
        const stageId = leadDestination(state, previous);
        if (stageId) setChosen(stageId);
      }),
    [journeyId],
  );
  const stageId = journey.stages.some((stage) => stage.id === chosen)
    ? chosen
    : (journey.stages[0]?.id ?? null);
  const choose = (next: Id) => {
    setChosen(next);
    const room = roomStore.getState();
    if (room.journeyId !== journeyId) return;
    if (room.owner) roomStore.setState({ place: next });
    else if (room.lead?.following && !room.awayFromLead && room.lead.stage !== next)
      roomStore.setState({ awayFromLead: true });
  };
  return { stageId, choose };
}
