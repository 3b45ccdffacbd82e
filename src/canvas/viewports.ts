import type { Viewport } from "@xyflow/react";
import type { StageBox } from "../domain";

/** Below this zoom a journey opens at its start instead of fitted: readable beats complete. */
export const MIN_OPENING_ZOOM = 0.4;

/** "Zoom to a stage" never magnifies past this: a lone narrow stage would otherwise fill a 4K screen with one card. */
export const MAX_STAGE_ZOOM = 1.25;

const MARGIN = 16;

/** Room kept free at the bottom of a fitted map for the zoom controls, so they cover no lane. */
export const CONTROLS_ROOM = 64;

/**
 * A journey opens fitted when it fits at a readable zoom (above the zoom controls); a big one
 * opens at its beginning (first stages, top lanes) at that zoom, with the minimap showing the rest.
 */
export function openingViewport(
  layout: { width: number; height: number; direction?: "ltr" | "rtl" },
  width: number,
  height: number,
): Viewport {
  const fitted = fitViewport(layout, width, height);
  if (fitted.zoom >= MIN_OPENING_ZOOM) return fitted;
  // A right-to-left journey begins at its right edge.
  const x = layout.direction === "rtl" ? width - MARGIN - layout.width * MIN_OPENING_ZOOM : MARGIN;
  return { x, y: MARGIN, zoom: MIN_OPENING_ZOOM };
}

/** The whole map in view, centred, above the zoom controls, never magnified past 100%. */
export function fitViewport(
  layout: { width: number; height: number },
  width: number,
  height: number,
  maxZoom = 1,
): Viewport {
  const zoom = Math.max(
    0.05,
    Math.min(
      maxZoom,
      (width - MARGIN * 2) / layout.width,
      (height - MARGIN - CONTROLS_ROOM) / layout.height,
    ),
  );
  return { x: (width - layout.width * zoom) / 2, y: MARGIN, zoom };
}

/** The lane names pinned to the map's side once their column scrolls away (StickyHeaders.tsx). */
export const STICKY_LANES_WIDTH = 104;

/**
 * The view of one stage: its column fills the width of the pane beside the pinned lane names,
 * its header at the top, and the lanes run on below (scrolling reaches them). Fitting the whole
 * height instead would keep a nine-lane map almost as small as the fitted view, which is not
 * what "zoom to" promises.
 */
export function stageViewport(
  stage: Pick<StageBox, "x" | "width">,
  width: number,
  direction: "ltr" | "rtl" = "ltr",
): Viewport {
  // The pinned lane names take the left side, or the right side of a right-to-left map.
  const start = direction === "rtl" ? MARGIN : STICKY_LANES_WIDTH + MARGIN;
  const room = width - STICKY_LANES_WIDTH - MARGIN * 2;
  const zoom = Math.min(MAX_STAGE_ZOOM, room / stage.width);
  return { x: start + room / 2 - (stage.x + stage.width / 2) * zoom, y: MARGIN, zoom };
}
