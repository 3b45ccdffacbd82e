import { describe, expect, it } from "vitest";
import {
  MAX_STAGE_ZOOM,
  MIN_OPENING_ZOOM,
  STICKY_LANES_WIDTH,
  openingViewport,
  stageViewport,
} from "../../src/canvas/viewports";

describe("the view a journey opens on", () => {
  it("fits a small map whole, centred, never magnified past 100%", () => {
    const view = openingViewport({ width: 400, height: 300 }, 1000, 700);
    expect(view.zoom).toBe(1);
    expect(view.x).toBe(300);
  });

  it("fits a map that is readable when fitted", () => {
    const view = openingViewport({ width: 2000, height: 1000 }, 1032, 700);
    expect(view.zoom).toBeCloseTo(0.5);
    expect(view.x).toBeCloseTo(16);
  });

  it("opens a huge map at its start at a readable zoom rather than fitted to specks", () => {
    const view = openingViewport({ width: 20_000, height: 6000 }, 1000, 700);
    expect(view).toEqual({ x: 16, y: 16, zoom: MIN_OPENING_ZOOM });
  });
});

describe("zooming to a stage", () => {
  it("fills the pane's width beside the pinned lane names with the stage's column", () => {
    const stage = { x: 1000, width: 500 };
    const view = stageViewport(stage, 600);
    const room = 600 - STICKY_LANES_WIDTH - 32;
    expect(view.zoom).toBeCloseTo(room / 500);
    const left = stage.x * view.zoom + view.x;
    const right = (stage.x + stage.width) * view.zoom + view.x;
    expect(left).toBeCloseTo(STICKY_LANES_WIDTH + 16);
    expect(right).toBeCloseTo(584);
    expect(view.y).toBe(16);
  });

  it("does not magnify a narrow stage past the cap", () => {
    const view = stageViewport({ x: 184, width: 248 }, 1200);
    expect(view.zoom).toBe(MAX_STAGE_ZOOM);
    const centre = (STICKY_LANES_WIDTH + 16 + (1200 - 16)) / 2;
    expect(view.x + (184 + 124) * view.zoom).toBeCloseTo(centre);
  });
});
