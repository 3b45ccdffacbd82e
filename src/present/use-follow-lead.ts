import { useEffect } from "react";
import type { Journey } from "../domain";
import { leadDestination, leadStageNow, roomStore } from "../store";

/**
 * In a room, the presentation follows the facilitator's lead as the map does: a participant's
 * slide goes to the facilitator's stage (the overview when they show it); the facilitator's own
 * slide is the place their lead sends.
 */
export function useFollowLeadInPresentation(
  journey: Journey,
  step: number,
  setStep: (step: number) => void,
): void {
  const journeyId = journey.id;
  const stageId = step > 0 ? (journey.stages[step - 1]?.id ?? null) : null;
  useEffect(() => {
    const room = roomStore.getState();
    if (room.owner && room.journeyId === journeyId && room.place !== stageId)
      roomStore.setState({ place: stageId });
  }, [journeyId, stageId]);

  const stages = journey.stages;
  useEffect(() => {
    const go = (destination: string | null | undefined) => {
      if (destination === undefined) return;
      const index = destination === null ? -1 : stages.findIndex((s) => s.id === destination);
      if (destination === null || index >= 0) setStep(index + 1);
    };
    // A participant who opens the presentation while following starts where the lead is.
    go(leadStageNow(journeyId));
    return roomStore.subscribe((state, previous) => {
      if (state.journeyId === journeyId) go(leadDestination(state, previous));
    });
  }, [journeyId, stages, setStep]);
}
