import type { Viewport } from "@xyflow/react";
import type { StageBox } from "../domain";

/**
 * The least zoom a journey opens at: a card title (15 px) is 10.5 px on screen, above the 9 px
 * the exports hold as the least legible size, with a margin for a projector across a room.
 */
export const READABLE_ZOOM = 0.7;

/**
 * A map opened at its beginning is not magnified past this to make its first stages fill the
 * pane: a wide third stage would otherwise leave two stages at full size and no sense of the rest.
 */
export const MAX_OPENING_ZOOM = 0.8;

/** "Zoom to a stage" never magnifies past this: a lone narrow stage would otherwise fill a 4K screen with one card. */
export const MAX_STAGE_ZOOM = 1.25;

const MARGIN = 16;

/** Room kept free at the bottom of a fitted map for the zoom controls, so they cover no lane. */
export const CONTROLS_ROOM = 64;

/**
 * The view a journey opens on: the whole map when it is readable fitted; otherwise its beginning
 * (the lane names, then as many whole first stages as the width holds at a readable zoom, the top
 * lanes; up to MAX_OPENING_ZOOM), with the minimap and scrolling for the rest. Readable beats complete: a map fitted to
 * specks says nothing until the person zooms in anyway.
 */
export function openingViewport(
  layout: {
    width: number;
    height: number;
    direction?: "ltr" | "rtl";
    stages?: readonly Pick<StageBox, "x" | "width">[];
  },
  width: number,
  height: number,
): Viewport {
  const fitted = fitViewport(layout, width, height);
  if (fitted.zoom >= READABLE_ZOOM) return fitted;
  const rtl = layout.direction === "rtl";
  const room = width - MARGIN * 2;
  // From the map's start edge (the lane names) to the far edge of each stage in turn.
  const spans = (layout.stages ?? []).map((stage) =>
    rtl ? layout.width - stage.x : stage.x + stage.width,
  );
  const held = spans.filter((span) => span * READABLE_ZOOM <= room);
  const span = held.length ? held[held.length - 1]! : 0;
  const zoom = span ? Math.min(MAX_OPENING_ZOOM, room / span) : READABLE_ZOOM;
  // A right-to-left journey begins at its right edge.
  const x = rtl ? width - MARGIN - layout.width * zoom : MARGIN;
  return { x, y: MARGIN, zoom };
}

/** A view centred on one place of the map (a card shown from the table), at the opening zoom. */
export function centredViewport(
  rect: { x: number; y: number; width: number; height: number },
  width: number,
  height: number,
): Viewport {
  const zoom = MAX_OPENING_ZOOM;
  return {
    x: width / 2 - (rect.x + rect.width / 2) * zoom,
    y: height / 2 - (rect.y + rect.height / 2) * zoom,
    zoom,
  };
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
