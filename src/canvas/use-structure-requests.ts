import { useEffect, type RefObject } from "react";
import type { Journey, JourneyLayout } from "../domain";
import { roomStore } from "../store";
import { focusTargetSelector } from "./focus-target";
import { request, useStructureRequest } from "./structure-requests";
import { prefersReducedMotion } from "./use-focus-follow";
import { stageViewport } from "./viewports";
import { useFlow } from "./use-flow";

/** Carries out view requests (zoom to a stage, show a card and focus it). */
export function useStructureRequests(
  _journey: Journey,
  layout: JourneyLayout,
  wrapper: RefObject<HTMLDivElement | null>,
): void {
  const flow = useFlow();
  const pending = useStructureRequest();
  useEffect(() => {
    if (pending?.kind !== "revealCard") return;
    request(null);
    const box = layout.cards.get(pending.id);
    if (!box) return;
    const selector = focusTargetSelector({ kind: "card", id: pending.id });
    void flow.setCenter(box.x + box.width / 2, box.y + box.height / 2, {
      zoom: Math.max(flow.getZoom(), 0.8),
      duration: prefersReducedMotion() ? 0 : 250,
    });
    // The card is drawn once it is in view; focus it then. (Not cancelled when the request is
    // cleared just above: the search ends by itself after half a second.)
    let attempts = 0;
    const tryFocus = () => {
      const element = wrapper.current?.querySelector<HTMLElement>(selector);
      if (element) element.focus({ preventScroll: true });
      else if (attempts++ < 30) requestAnimationFrame(tryFocus);
    };
    requestAnimationFrame(tryFocus);
  }, [pending, layout, flow, wrapper]);
  useEffect(() => {
    if (pending?.kind !== "zoomToStage") return;
    const stage = layout.stages.find((s) => s.id === pending.stageId);
    const pane = wrapper.current?.getBoundingClientRect();
    if (stage && pane) {
      void flow.setViewport(stageViewport(stage, pane.width, layout.direction), {
        duration: prefersReducedMotion() ? 0 : 250,
      });
      // A facilitator's place is the stage they zoomed to: a lead takes everyone there.
      if (roomStore.getState().owner) roomStore.setState({ place: stage.id });
    }
    request(null);
  }, [pending, layout, flow, wrapper]);
}
