import type { Journey } from "../domain";
import { posterTargets, type ImageSettings } from "./images";
import { planPoster, type PosterPlan } from "./poster-plan";

/**
 * What the Export dialog tells a person whose card titles would be too small to read, and which
 * remedies are honest. A bigger slide is not one (see SHOWN_SLIDE_WIDTH): one image per stage
 * is, as the slide deck already does (the whole map as an overview, then a slide per stage); for
 * a stage too full even for a slide of its own, an image fitted to content is the way to hand it
 * over as a file people zoom into.
 */
export interface ReadabilityAdvice {
  /** The smallest card title among the images, as shown. */
  shownPx: number;
  /** The images are slides (judged as shown on a screen), not images fitted to content. */
  slide: boolean;
  /** For the whole journey: the smallest title if each stage had an image of its own. */
  perStagePx: number | null;
  /** Stages too full for an image of their own at a readable size. */
  tooFullStages: number;
}

/** Null when every image's titles can be read. `plans` are the images the settings ask for. */
export function readabilityAdvice(
  journey: Journey,
  settings: ImageSettings,
  plans: readonly PosterPlan[],
  hasPersona: boolean,
): ReadabilityAdvice | null {
  const unreadable = plans.filter((plan) => !plan.image.readable);
  if (!unreadable.length) return null;
  const shownPx = smallest(unreadable);
  const slide = settings.size !== "fit";
  if (settings.scope !== "journey")
    return { shownPx, slide, perStagePx: null, tooFullStages: unreadable.length };
  const stagePlans = posterTargets(journey, { ...settings, scope: "eachStage" }).map((target) =>
    planPoster(journey, target.options, settings.size, hasPersona),
  );
  return {
    shownPx,
    slide,
    perStagePx: stagePlans.length ? smallest(stagePlans) : null,
    tooFullStages: stagePlans.filter((plan) => !plan.image.readable).length,
  };
}

function smallest(plans: readonly PosterPlan[]): number {
  return Math.min(...plans.map((plan) => plan.image.shownTitlePx));
}
