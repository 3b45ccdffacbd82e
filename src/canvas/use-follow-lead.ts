import { useReactFlow } from "@xyflow/react";
import { useEffect, type RefObject } from "react";
import type { Id, JourneyLayout } from "../domain";
import { roomStore } from "../store";
import type { LinkEdge, MapNode } from "./map-nodes";
import { request } from "./structure-requests";

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
  const flow = useReactFlow<MapNode, LinkEdge>();
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
        const lead = state.lead;
        if (!lead?.stage) return;
        const before = previous.lead;
        const summoned = before !== null && lead.summon > before.summon;
        const following = lead.following && !state.awayFromLead;
        const cause =
          lead.stage !== before?.stage ||
          (lead.following && !before?.following) ||
          (previous.awayFromLead && !state.awayFromLead);
        if (summoned || (following && cause))
          request({ kind: "zoomToStage", stageId: lead.stage, at: Date.now() });
      }),
    [journeyId, layout, wrapper, flow],
  );
}
