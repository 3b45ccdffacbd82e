import { describe, expect, it } from "vitest";
import { newId, type Journey } from "../../src/domain";
import { initialSettings } from "../../src/export/dialog-settings";
import type { PosterOptions } from "../../src/export/geometry";
import {
  MIN_SHOWN_TITLE_PX,
  SHOWN_SLIDE_WIDTH,
  planImage,
  type SizeChoice,
} from "../../src/export/image-plan";
import { posterTargets, type ImageSettings } from "../../src/export/images";
import { planPoster } from "../../src/export/poster-plan";
import { readabilityAdvice } from "../../src/export/readability";
import { t } from "../../src/i18n";
import { groceryTemplate } from "../../src/templates";
import { blankJourney, withCard } from "../helpers/factories";

const options: PosterOptions = {
  scope: { kind: "journey" },
  personaHeader: true,
  legend: true,
  emotionCurve: true,
  background: "white",
};

const grocery = () => groceryTemplate.build({ newId, now: 1, t }).journey;

const SLIDES = ["slide1080", "slide2160"] as const;

function stageOptions(journey: Journey, index: number): PosterOptions {
  return { ...options, scope: { kind: "stage", stageId: journey.stages[index]!.id } };
}

function settingsFor(journey: Journey, changes: Partial<ImageSettings>): ImageSettings {
  return { ...initialSettings(journey, true), ...changes };
}

function plansFor(journey: Journey, settings: ImageSettings) {
  return posterTargets(journey, settings).map((target) =>
    planPoster(journey, target.options, settings.size, true),
  );
}

function fourteenStages(): Journey {
  const journey = blankJourney({ newId: () => newId() });
  while (journey.stages.length < 14)
    journey.stages.push({ id: newId(), name: "Step", description: "", columns: 1 });
  journey.stages.forEach((_, i) => withCard(journey, { id: `c${i}`, stage: i }));
  return journey;
}

/** A journey whose third stage holds more cards than any slide shows at a readable size. */
function crowdedStage(): Journey {
  const journey = blankJourney({ newId: () => newId() });
  for (let i = 0; i < 40; i++)
    withCard(journey, {
      id: `c${i}`,
      stage: 2,
      ...(i % 2
        ? { kind: "touchpoint", lane: "touchpoints" }
        : { kind: "frictionPoint", lane: "frictionPoints" }),
    });
  withCard(journey, { id: "calm", stage: 0 });
  return journey;
}

describe("the readability rule", () => {
  it("asks card titles for 1/80 of the slide's height: 13.5 px at 1080p, 27 px at 2160p", () => {
    expect(MIN_SHOWN_TITLE_PX / (SHOWN_SLIDE_WIDTH * (9 / 16))).toBeCloseTo(1 / 80);
    // A card title is 16 poster units: a poster 1280 units tall puts it at exactly 1/80.
    for (const [size, height] of [
      ["slide1080", 1080],
      ["slide2160", 2160],
    ] as const) {
      const readable = planImage({ width: 1000, height: 1270 }, size);
      const small = planImage({ width: 1000, height: 1290 }, size);
      expect(readable.readable).toBe(true);
      expect(small.readable).toBe(false);
      expect(readable.titlePx).toBeGreaterThan(height / 80);
      expect(small.titlePx).toBeLessThan(height / 80);
    }
  });

  it("gives a 3840 x 2160 slide the same verdict as 1920 x 1080: it is sharper, not larger", () => {
    for (const [width, height] of [
      [1000, 600],
      [2400, 1400],
      [5000, 2000],
      [900, 3000],
    ] as const) {
      const hd = planImage({ width, height }, "slide1080");
      const uhd = planImage({ width, height }, "slide2160");
      expect(uhd.titlePx).toBeCloseTo(hd.titlePx * 2);
      expect(uhd.shownTitlePx).toBeCloseTo(hd.shownTitlePx);
      expect(uhd.readable).toBe(hd.readable);
    }
  });

  it("judges an image fitted to content by the pixels its titles keep under the pixel cap", () => {
    expect(planImage({ width: 1200, height: 800 }, "fit")).toMatchObject({
      shownTitlePx: 16,
      readable: true,
    });
    // So large that the cap leaves titles under half their size in pixels.
    const huge = planImage({ width: 14_000, height: 5_000 }, "fit");
    expect(huge.pixelRatio).toBeLessThan(0.5);
    expect(huge.capped).toBe(true);
    expect(huge.shownTitlePx).toBeCloseTo(16 * huge.pixelRatio);
    expect(huge.readable).toBe(false);
  });

  it("finds the sample journey too small to read on one slide at either size, and each stage readable", () => {
    const journey = grocery();
    for (const size of SLIDES) {
      const whole = planPoster(journey, options, size);
      expect(whole.image.readable).toBe(false);
      expect(whole.image.shownTitlePx).toBeLessThan(7);
      journey.stages.forEach((_, i) => {
        expect(planPoster(journey, stageOptions(journey, i), size).image.readable).toBe(true);
      });
    }
  });

  it("finds a fourteen-stage journey unreadable on one slide but each of its stages readable", () => {
    const journey = fourteenStages();
    for (const size of SLIDES) {
      expect(planPoster(journey, options, size).image.readable).toBe(false);
      journey.stages.forEach((_, i) => {
        expect(planPoster(journey, stageOptions(journey, i), size).image.readable).toBe(true);
      });
    }
  });
});

describe("what the dialog advises", () => {
  const advise = (journey: Journey, changes: Partial<ImageSettings>) => {
    const settings = settingsFor(journey, changes);
    return readabilityAdvice(journey, settings, plansFor(journey, settings), true);
  };

  it("says nothing when every title can be read", () => {
    const journey = grocery();
    expect(advise(journey, { scope: "eachStage" })).toBeNull();
    expect(advise(journey, { scope: "stage", stageId: journey.stages[3]!.id })).toBeNull();
    expect(advise(journey, { size: "fit" })).toBeNull();
  });

  it("offers the sample journey one image per stage, with the size its titles would then have", () => {
    const journey = grocery();
    for (const size of SLIDES) {
      const advice = advise(journey, { size, scope: "journey" })!;
      expect(advice).toMatchObject({ slide: true, tooFullStages: 0 });
      expect(advice.shownPx).toBeCloseTo(planPoster(journey, options, size).image.shownTitlePx);
      expect(advice.perStagePx).toBeGreaterThanOrEqual(MIN_SHOWN_TITLE_PX);
    }
  });

  it("counts the stages too full for a slide of their own, whatever the scope", () => {
    const journey = crowdedStage();
    const sizes: SizeChoice[] = [...SLIDES];
    for (const size of sizes) {
      expect(advise(journey, { size, scope: "journey" })).toMatchObject({ tooFullStages: 1 });
      expect(advise(journey, { size, scope: "eachStage" })).toMatchObject({ tooFullStages: 1 });
      expect(
        advise(journey, { size, scope: "stage", stageId: journey.stages[2]!.id }),
      ).toMatchObject({ tooFullStages: 1, perStagePx: null });
      expect(advise(journey, { size, scope: "stage", stageId: journey.stages[0]!.id })).toBeNull();
    }
    // Fitted to content, the crowded stage is readable: the file is as large as it needs.
    expect(
      advise(journey, { size: "fit", scope: "stage", stageId: journey.stages[2]!.id }),
    ).toBeNull();
  });
});
