import { describe, expect, it } from "vitest";
import {
  MAX_STAGE_ZOOM,
  MIN_OPENING_ZOOM,
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
  it("fills the pane's width with the stage's column and centres it", () => {
    const stage = { x: 1000, width: 500 };
    const view = stageViewport(stage, 600);
    expect(view.zoom).toBeCloseTo(568 / 500);
    const left = stage.x * view.zoom + view.x;
    const right = (stage.x + stage.width) * view.zoom + view.x;
    expect(left).toBeCloseTo(16);
    expect(right).toBeCloseTo(584);
    expect(view.y).toBe(16);
  });

  it("does not magnify a narrow stage past the cap", () => {
    const view = stageViewport({ x: 184, width: 248 }, 1200);
    expect(view.zoom).toBe(MAX_STAGE_ZOOM);
    expect(view.x + (184 + 124) * view.zoom).toBeCloseTo(600);
  });
});
