import type { ReactFlowInstance } from "@xyflow/react";
import { useEffect, useRef, type RefObject } from "react";
import { type Journey, type JourneyLayout } from "../domain";
import { useEditor } from "../store";
import { focusTargetRect, focusTargetSelector } from "./focus-target";
import { isTextInput } from "../ui/text-input";
import { useFlow } from "./use-flow";

export function prefersReducedMotion(): boolean {
  return typeof matchMedia === "function" && matchMedia("(prefers-reduced-motion: reduce)").matches;
}

type Rect = { x: number; y: number; width: number; height: number };

/**
 * Pans the view to centre `rect` (map coordinates) when any of it is outside the view, zooming in
 * to at least `minZoom` on the way.
 */
export function bringIntoView(
  flow: Pick<ReactFlowInstance, "getViewport" | "setCenter">,
  root: HTMLElement,
  rect: Rect,
  minZoom = 0,
): void {
  const { x, y, zoom } = flow.getViewport();
  const left = rect.x * zoom + x;
  const top = rect.y * zoom + y;
  const margin = 24;
  const outside =
    left < margin ||
    top < margin ||
    left + rect.width * zoom > root.clientWidth - margin ||
    top + rect.height * zoom > root.clientHeight - margin;
  if (outside || zoom < minZoom) {
    void flow.setCenter(rect.x + rect.width / 2, rect.y + rect.height / 2, {
      zoom: Math.max(zoom, minZoom),
      duration: prefersReducedMotion() ? 0 : 160,
    });
  }
}

/**
 * Keeps the keyboard where the editor's focus is: when focus moves to a cell or card (arrow
 * keys), the view pans to show it and the browser focus follows, once its node is rendered.
 * Focus is only pulled along while it is already inside the map, so the inspector keeps it,
 * unless the map is asked to take it back (`requestMapFocus`).
 */
export function useFocusFollow(
  journey: Journey,
  layout: JourneyLayout,
  wrapper: RefObject<HTMLDivElement | null>,
): void {
  const focus = useEditor((s) => s.focus);
  const mapFocusRequest = useEditor((s) => s.mapFocusRequest);
  const handledRequest = useRef(mapFocusRequest);
  const flow = useFlow();
  useEffect(() => {
    const root = wrapper.current;
    const requested = handledRequest.current !== mapFocusRequest;
    handledRequest.current = mapFocusRequest;
    if (!root || !focus) return;
    if (!requested) {
      if (!root.contains(document.activeElement)) return;
      // Someone is typing (the in-cell composer, a rename box): never pull focus away from them.
      if (isTextInput(document.activeElement)) return;
    }
    const rect = focusTargetRect(layout, focus);
    if (rect) bringIntoView(flow, root, rect);
    const selector = focusTargetSelector(focus);
    let frame = 0;
    let attempts = 0;
    const tryFocus = () => {
      const element = root.querySelector<HTMLElement>(selector);
      if (element) {
        if (document.activeElement !== element) element.focus({ preventScroll: true });
      } else if (attempts++ < 20) {
        frame = requestAnimationFrame(tryFocus);
      }
    };
    tryFocus();
    return () => cancelAnimationFrame(frame);
  }, [focus, mapFocusRequest, flow, layout, wrapper, journey.id]);
}
