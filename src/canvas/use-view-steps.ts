import { useStoreApi } from "@xyflow/react";
import { useMemo } from "react";
import type { JourneyLayout } from "../domain";
import type { LinkEdge, MapNode } from "./map-nodes";
import { prefersReducedMotion } from "./use-focus-follow";
import { fitViewport } from "./viewports";
import { useFlow } from "./use-flow";

export const ZOOM_STEP = 1.2;
export const MIN_ZOOM = 0.1;
export const MAX_ZOOM = 2.5;

/**
 * The zoom the last step is heading for, while its animation runs: until it ends, or, when it
 * was cut short, a second after it began and only while the view is still between where it
 * started and where it was heading (a wheel or a pinch that took it elsewhere wins). Not a fixed
 * time: on a busy machine the animation's frames come late, and a press just after the time was
 * up went on from the middle of the animation (a step short).
 */
let heading: { from: number; zoom: number; until: number } | null = null;
const HEADING_KEPT_MS = 1000;

/** Whether the view is still on its way along the last step (the zoom between its ends). */
function headingFrom(
  step: { from: number; zoom: number; until: number },
  current: number,
  now: number,
): boolean {
  const low = Math.min(step.from, step.zoom) - 1e-6;
  const high = Math.max(step.from, step.zoom) + 1e-6;
  return now < step.until && current >= low && current <= high;
}

/**
 * Zoom in, zoom out and fit, for the controls and the keys alike. A step started while the
 * previous one is still animating goes on from where that one is heading, so three quick
 * presses zoom three steps (React Flow's own zoomIn would start from the middle of the last).
 */
export function useViewSteps(layout: JourneyLayout) {
  const flow = useFlow();
  const store = useStoreApi<MapNode, LinkEdge>();
  return useMemo(() => {
    const duration = () => (prefersReducedMotion() ? 0 : 180);
    const step = (factor: number) => {
      const now = performance.now();
      const current = flow.getZoom();
      const from = heading && headingFrom(heading, current, now) ? heading.zoom : current;
      const zoom = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, from * factor));
      const time = duration();
      const next = { from: current, zoom, until: now + time + HEADING_KEPT_MS };
      heading = next;
      void flow.zoomTo(zoom, { duration: time }).then(() => {
        if (heading === next) heading = null;
      });
    };
    return {
      zoomIn: () => step(ZOOM_STEP),
      zoomOut: () => step(1 / ZOOM_STEP),
      fit: () => {
        const { width, height } = store.getState();
        heading = null;
        void flow.setViewport(fitViewport(layout, width, height, MAX_ZOOM), {
          duration: duration(),
        });
      },
    };
  }, [flow, store, layout]);
}
