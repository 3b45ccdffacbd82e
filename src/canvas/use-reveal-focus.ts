import { useEffect, type RefObject } from "react";
import { prefersReducedMotion } from "./use-focus-follow";
import { useFlow } from "./use-flow";
import { CONTROLS_ROOM } from "./viewports";

/** Stage and lane headers: the nodes whose controls take Tab (cells and cards rove with arrows). */
const HEADERS = ".react-flow__node-stageHeader, .react-flow__node-laneHeader";

/** Room kept between a revealed control and the map's edge, in screen pixels. */
const MARGIN = 24;

/**
 * A header's control (a stage's or lane's menu, a lane's fold) reached with Tab may lie beyond
 * the map's edge: the browser cannot scroll it into view (React Flow scrolls its box straight
 * back), so the keyboard would sit on something no one sees. The view pans by as little as
 * shows it. Only keyboard focus: a click's focus never moves the map under the pointer. Cells
 * and cards are brought into view by useFocusFollow.
 */
export function useRevealFocus(wrapper: RefObject<HTMLDivElement | null>): void {
  const flow = useFlow();
  useEffect(() => {
    const root = wrapper.current;
    if (!root) return;
    const onFocusIn = (event: FocusEvent) => {
      const target = event.target as HTMLElement;
      const pane = root.querySelector(".react-flow");
      if (!pane || !target.closest(HEADERS) || !target.matches(":focus-visible")) return;
      // Where it is once React Flow has undone the scroll the browser made to show it.
      const box = target.getBoundingClientRect();
      const left = box.left + pane.scrollLeft;
      const top = box.top + pane.scrollTop;
      const view = pane.getBoundingClientRect();
      const shift = (start: number, end: number, min: number, max: number) =>
        start < min ? min - start : end > max ? max - end : 0;
      const dx = shift(left, left + box.width, view.left + MARGIN, view.right - MARGIN);
      // Above the zoom controls, which float over the map's bottom edge.
      const dy = shift(top, top + box.height, view.top + MARGIN, view.bottom - CONTROLS_ROOM);
      if (!dx && !dy) return;
      const { x, y, zoom } = flow.getViewport();
      void flow.setViewport(
        { x: x + dx, y: y + dy, zoom },
        { duration: prefersReducedMotion() ? 0 : 160 },
      );
    };
    root.addEventListener("focusin", onFocusIn);
    return () => root.removeEventListener("focusin", onFocusIn);
  }, [wrapper, flow]);
}
