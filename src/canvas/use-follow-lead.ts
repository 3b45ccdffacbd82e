import { useEffect, type RefObject } from "react";
import type { Id, JourneyLayout } from "../domain";
import { leadDestination, leadStageNow, roomStore } from "../store";
import { request } from "./structure-requests";
import { useFlow } from "./use-flow";

/**
 * A participant's map follows the facilitator's lead: to their stage whenever it changes while
 * "Follow me" is on (unless this person stepped away), and once each time they bring everyone
 * over, following or not. A facilitator who leads before choosing a stage leads from the one in
 * the middle of their view.
 */
export function useFollowLead(
  journeyId: Id,
  layout: JourneyLayout,
  wrapper: RefObject<HTMLDivElement | null>,
): void {
  const flow = useFlow();
  // A participant coming back to the map while following finds it on the lead's stage.
  useEffect(() => {
    const stageId = leadStageNow(journeyId);
    if (stageId) request({ kind: "zoomToStage", stageId, at: Date.now() });
  }, [journeyId]);
  useEffect(
    () =>
      roomStore.subscribe((state, previous) => {
        if (state.journeyId !== journeyId) return;
        if (state.owner) {
          const startsLeading =
            (state.leading && !previous.leading) || state.summons > previous.summons;
          if (startsLeading && state.place === null) {
            const pane = wrapper.current?.getBoundingClientRect();
            const { x, zoom } = flow.getViewport();
            const middle = ((pane?.width ?? 0) / 2 - x) / zoom;
            const stage = [...layout.stages].sort(
              (a, b) => Math.abs(a.x + a.width / 2 - middle) - Math.abs(b.x + b.width / 2 - middle),
            )[0];
            if (stage) roomStore.setState({ place: stage.id });
          }
          return;
        }
        const stageId = leadDestination(state, previous);
        if (stageId) request({ kind: "zoomToStage", stageId, at: Date.now() });
      }),
    [journeyId, layout, wrapper, flow],
  );
}
