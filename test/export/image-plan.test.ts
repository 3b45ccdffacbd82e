import { describe, expect, it } from "vitest";
import {
  MAX_CANVAS_PIXELS,
  cappedPixelRatio,
  planImage,
  posterToPixels,
} from "../../src/export/image-plan";

describe("fitting a poster to a slide", () => {
  it("keeps the slide's exact size and scales the poster to fit inside it, centred", () => {
    const wide = planImage({ width: 4000, height: 1000 }, "slide1080");
    expect([wide.pixelWidth, wide.pixelHeight]).toEqual([1920, 1080]);
    expect(wide.scale).toBeCloseTo(1920 / 4000);
    expect(wide.offsetX).toBeCloseTo(0);
    expect(wide.offsetY).toBeCloseTo((1080 - 1000 * wide.scale) / 2);

    const tall = planImage({ width: 1000, height: 2000 }, "slide2160");
    expect([tall.pixelWidth, tall.pixelHeight]).toEqual([3840, 2160]);
    expect(tall.scale).toBeCloseTo(2160 / 2000);
    expect(tall.offsetX).toBeCloseTo((3840 - 1000 * tall.scale) / 2);
  });

  it("never crops: the scaled poster lies inside the slide", () => {
    for (const [w, h] of [
      [500, 500],
      [1920, 1080],
      [9000, 700],
      [640, 5000],
    ] as const) {
      for (const size of ["slide1080", "slide2160"] as const) {
        const plan = planImage({ width: w, height: h }, size);
        expect(plan.offsetX).toBeGreaterThanOrEqual(-1e-9);
        expect(plan.offsetY).toBeGreaterThanOrEqual(-1e-9);
        expect(plan.offsetX + w * plan.scale).toBeLessThanOrEqual(plan.width + 1e-9);
        expect(plan.offsetY + h * plan.scale).toBeLessThanOrEqual(plan.height + 1e-9);
      }
    }
  });

  it("draws a fitted-to-content image at twice its size when that stays under the pixel cap", () => {
    const plan = planImage({ width: 1200, height: 800 }, "fit");
    expect(plan).toMatchObject({
      width: 1200,
      height: 800,
      pixelRatio: 2,
      pixelWidth: 2400,
      pixelHeight: 1600,
      capped: false,
      scale: 1,
    });
  });
});

describe("the pixel cap", () => {
  it("lowers the pixel ratio so no canvas passes 16,777,216 pixels, and says so", () => {
    const plan = planImage({ width: 3000, height: 2500 }, "fit");
    expect(plan.capped).toBe(true);
    expect(plan.pixelRatio).toBeLessThan(2);
    expect(plan.pixelWidth * plan.pixelHeight).toBeLessThanOrEqual(MAX_CANVAS_PIXELS);
    // As large as the cap allows, to two decimals.
    const next = plan.pixelRatio + 0.01;
    expect(Math.ceil(3000 * next) * Math.ceil(2500 * next)).toBeGreaterThan(MAX_CANVAS_PIXELS);
  });

  it("also keeps each side within what browsers draw", () => {
    const ratio = cappedPixelRatio(20_000, 300, 2);
    expect(Math.ceil(20_000 * ratio)).toBeLessThanOrEqual(16_384);
  });

  it("leaves slide sizes alone: 4K is well under the cap", () => {
    expect(planImage({ width: 5000, height: 3000 }, "slide2160").capped).toBe(false);
  });
});

describe("output pixels", () => {
  it("maps poster units to output pixels through scale, offset and pixel ratio", () => {
    const image = planImage({ width: 3840, height: 2160 }, "slide1080");
    expect(posterToPixels(image, { x: 100, y: 200, width: 224, height: 120 })).toEqual({
      x: 50,
      y: 100,
      width: 112,
      height: 60,
    });
  });
});
