import { describe, expect, it } from "vitest";
import { newId } from "../../src/domain";
import type { PosterOptions } from "../../src/export/geometry";
import { planImage } from "../../src/export/image-plan";
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

describe("a stage on a slide of its own", () => {
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
    expect(plan.image.readable).toBe(true);
  });
});
