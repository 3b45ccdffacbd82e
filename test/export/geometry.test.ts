import { describe, expect, it } from "vitest";
import { LAYOUT, layoutJourney, newId } from "../../src/domain";
import { posterGeometry, type PosterOptions } from "../../src/export/geometry";
import {
  MAX_CANVAS_PIXELS,
  MIN_READABLE_TITLE_PX,
  cappedPixelRatio,
  planImage,
  posterToPixels,
} from "../../src/export/image-plan";
import { cardOnPoster, planPoster } from "../../src/export/poster-plan";
import { t } from "../../src/i18n";
import { groceryTemplate } from "../../src/templates";
import { blankJourney, stageId, withCard } from "../helpers/factories";

const options: PosterOptions = {
  scope: { kind: "journey" },
  personaHeader: true,
  legend: true,
  emotionCurve: true,
  background: "white",
};

const grocery = () => groceryTemplate.build({ newId, now: 1, t }).journey;

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

describe("the readability rule", () => {
  it("calls titles readable at 9 output pixels and more", () => {
    // A card title is 16 px: at 1920 x 1080 a scale of 9/16 is the limit.
    const limit = 1080 / (9 / 16);
    expect(planImage({ width: 1000, height: limit }, "slide1080").readable).toBe(true);
    expect(planImage({ width: 1000, height: limit + 20 }, "slide1080").readable).toBe(false);
    expect(planImage({ width: 1000, height: limit + 20 }, "slide1080").titlePx).toBeLessThan(
      MIN_READABLE_TITLE_PX,
    );
    expect(planImage({ width: 1000, height: limit + 20 }, "slide2160").readable).toBe(true);
  });

  it("finds a fourteen-stage journey unreadable at 1920 x 1080 but each of its stages readable", () => {
    const journey = blankJourney({ newId: () => newId() });
    while (journey.stages.length < 14)
      journey.stages.push({ id: newId(), name: "Step", description: "", columns: 1 });
    journey.stages.forEach((_, i) => withCard(journey, { id: `c${i}`, stage: i }));
    expect(planPoster(journey, options, "slide1080").image.readable).toBe(false);
    expect(planPoster(journey, options, "slide2160").image.readable).toBe(true);
    for (const stage of journey.stages) {
      const plan = planPoster(
        journey,
        { ...options, scope: { kind: "stage", stageId: stage.id } },
        "slide1080",
      );
      expect(plan.image.readable).toBe(true);
    }
  });

  it("makes the sample grocery journey readable on a 1920 x 1080 slide", () => {
    expect(planPoster(grocery(), options, "slide1080").image.readable).toBe(true);
  });
});

describe("the poster", () => {
  it("stacks header, map and legend inside margins, the map where layoutJourney puts it", () => {
    const journey = grocery();
    const plan = planPoster(journey, options, "fit");
    const layout = layoutJourney(journey);
    const { header, map, legend } = plan.geometry;
    expect(map.width).toBe(layout.width);
    expect(map.height).toBe(layout.height);
    expect(header.y + header.height).toBeLessThan(map.y);
    expect(map.y + map.height).toBeLessThan(legend!.y);
    expect(legend!.y + legend!.height).toBeLessThan(plan.geometry.height);
    // "Fitted to content" keeps the editor's layout, card for card.
    for (const [id, box] of layout.cards) {
      expect(cardOnPoster(plan, id)).toEqual({
        x: map.x + box.x,
        y: map.y + box.y,
        width: LAYOUT.cardWidth,
        height: LAYOUT.cardHeight,
      });
    }
  });

  it("leaves out the header's persona, the legend and the emotion lane when asked", () => {
    const journey = grocery();
    const full = planPoster(journey, options, "fit");
    const bare = planPoster(
      journey,
      { ...options, personaHeader: false, legend: false, emotionCurve: false },
      "fit",
    );
    expect(bare.geometry.legend).toBeNull();
    expect(bare.geometry.header.persona).toBe(false);
    expect(bare.geometry.header.height).toBeLessThan(full.geometry.header.height);
    expect(bare.journey.lanes.some((l) => l.kind === "emotionCurve")).toBe(false);
    expect(bare.geometry.height).toBeLessThan(full.geometry.height - LAYOUT.emotionLaneHeight);
  });

  it("wraps the legend onto more rows on a narrow poster", () => {
    const layout = layoutJourney(blankJourney());
    const wide = posterGeometry([layout], options);
    const narrow = posterGeometry([{ ...layout, width: 400 }], options);
    const rows = (g: typeof wide) => new Set(g.legend!.items.map((i) => i.y)).size;
    expect(rows(narrow)).toBeGreaterThan(rows(wide));
    for (const item of narrow.legend!.items)
      expect(item.x + item.width).toBeLessThanOrEqual(narrow.legend!.x + narrow.legend!.width);
  });

  it("spreads a stage with deep cells over more columns on a slide, keeping every card", () => {
    const journey = blankJourney({ newId: () => newId() });
    for (let i = 0; i < 8; i++) withCard(journey, { id: `t${i}`, stage: 1 });
    const stage = stageId(journey, 1);
    const natural = planPoster(
      journey,
      { ...options, scope: { kind: "stage", stageId: stage } },
      "fit",
    );
    const slide = planPoster(
      journey,
      { ...options, scope: { kind: "stage", stageId: stage } },
      "slide1080",
    );
    expect(natural.journey.stages[0]!.columns).toBe(1);
    expect(slide.journey.stages[0]!.columns).toBeGreaterThan(1);
    expect(slide.image.scale).toBeGreaterThan(planImage(natural.geometry, "slide1080").scale);
    for (let i = 0; i < 8; i++) expect(cardOnPoster(slide, `t${i}`)).not.toBeNull();
  });

  it("splits a single stage's lanes into two panels side by side when that makes cards larger", () => {
    const journey = grocery();
    const plan = planPoster(
      journey,
      { ...options, scope: { kind: "stage", stageId: journey.stages[1]!.id } },
      "slide1080",
    );
    expect(plan.panels).toHaveLength(2);
    const lanes = plan.panels.flatMap((p) => p.journey.lanes.map((l) => l.id));
    expect(lanes).toEqual(journey.lanes.map((l) => l.id));
    expect(plan.panels[1]!.x).toBeGreaterThanOrEqual(
      plan.panels[0]!.x + plan.panels[0]!.layout.width,
    );
    expect(plan.image.titlePx).toBeGreaterThan(12);
  });

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
