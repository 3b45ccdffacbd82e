import { useEffect, useRef, type RefObject } from "react";
import { useStore } from "zustand";
import type { JourneyLayout } from "../../domain";
import { filterStore } from "../../store";
import { focusTargetRect } from "../focus-target";
import { bringIntoView } from "../use-focus-follow";
import { useFlow } from "../use-flow";

/** Cards stepped to from the find bar are brought into view readable (titles of about 10 px). */
const READABLE_ZOOM = 0.75;

/**
 * Brings the match stepped to into view, while the keyboard stays in the find bar (so Enter goes
 * on to the next one).
 */
export function useRevealMatch(layout: JourneyLayout, wrapper: RefObject<HTMLElement | null>) {
  const request = useStore(filterStore, (s) => s.revealRequest);
  const handled = useRef(request);
  const flow = useFlow();
  useEffect(() => {
    if (handled.current === request) return;
    handled.current = request;
    const id = filterStore.getState().current;
    const root = wrapper.current;
    if (!id || !root) return;
    const rect = focusTargetRect(layout, { kind: "card", id });
    if (rect) bringIntoView(flow, root, rect, READABLE_ZOOM);
  }, [request, layout, flow, wrapper]);
}
