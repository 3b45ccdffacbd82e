import { describe, expect, it } from "vitest";
import {
  MAX_STAGE_ZOOM,
  MAX_OPENING_ZOOM,
  READABLE_ZOOM,
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
    const view = openingViewport({ width: 1300, height: 700 }, 1032, 900);
    expect(view.zoom).toBeCloseTo(1000 / 1300);
    expect(view.x).toBeCloseTo(16);
  });

  // The sample's shape: lane names, then six stages of one column, nine lanes.
  const stages = Array.from({ length: 6 }, (_, i) => ({ x: 184 + i * 248, width: 248 }));
  const sample = { width: 184 + 6 * 248, height: 1600, stages };

  it("opens a map too big to read fitted on its first whole stages, at a readable zoom", () => {
    const view = openingViewport(sample, 720, 700);
    expect(view.zoom).toBeGreaterThanOrEqual(READABLE_ZOOM);
    // Three whole stages: the third ends at the pane's far margin, the fourth does not fit.
    expect(view.x).toBe(16);
    expect(view.x + (184 + 3 * 248) * view.zoom).toBeCloseTo(720 - 16);
    expect(view.y).toBe(16);
  });

  it("does not magnify two narrow first stages to fill the pane when the third is wide", () => {
    const wideThird = {
      ...sample,
      stages: [
        { x: 184, width: 248 },
        { x: 432, width: 248 },
        { x: 680, width: 472 },
      ],
    };
    expect(openingViewport(wideThird, 720, 700)).toEqual({ x: 16, y: 16, zoom: MAX_OPENING_ZOOM });
  });

  it("opens a right-to-left map on its first stages at the right", () => {
    const mirrored = {
      ...sample,
      direction: "rtl" as const,
      stages: stages.map((s) => ({ x: sample.width - s.x - s.width, width: s.width })),
    };
    const view = openingViewport(mirrored, 720, 700);
    expect(view.zoom).toBeCloseTo(openingViewport(sample, 720, 700).zoom);
    // The map's right edge (its lane names) at the pane's right margin; stage 3 ends at the left.
    expect(view.x + sample.width * view.zoom).toBeCloseTo(720 - 16);
    expect(view.x + mirrored.stages[2]!.x * view.zoom).toBeCloseTo(16);
  });

  it("opens a map whose first stage is wider than the pane at the readable zoom, at its start", () => {
    const wide = { width: 20_000, height: 6000, stages: [{ x: 184, width: 19_816 }] };
    expect(openingViewport(wide, 1000, 700)).toEqual({ x: 16, y: 16, zoom: READABLE_ZOOM });
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
