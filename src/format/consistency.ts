import type { Damage } from "./errors";
import { fitsScale, isStandardMetric, STANDARD_SCALES, type MetricScale } from "../domain";
import type { JourneyFile } from "./schema";

export interface Inconsistency {
  /** Path relative to the journey, like `elements[3].stageId`. */
  path: (string | number)[];
  damage: Damage;
}

/**
 * What a schema cannot see: ids unique within the journey, every card in a stage and lane of
 * this journey (and not in the emotion curve lane), every link between two of its cards, every
 * comment on one of its cards, every action of the plan fixing its cards.
 */
export function checkJourney(journey: JourneyFile): Inconsistency | null {
  const seen = new Set<string>();
  const unique = (id: string, path: (string | number)[]): Inconsistency | null => {
    if (seen.has(id)) return { path, damage: { code: "repeatedId" } };
    seen.add(id);
    return null;
  };
  for (const [i, s] of journey.stages.entries()) {
    const problem = unique(s.id, ["stages", i, "id"]);
    if (problem) return problem;
  }
  const laneKinds = new Map<string, string>();
  for (const [i, l] of journey.lanes.entries()) {
    const problem = unique(l.id, ["lanes", i, "id"]);
    if (problem) return problem;
    laneKinds.set(l.id, l.kind);
  }
  const stageIds = new Set(journey.stages.map((s) => s.id));
  const elementIds = new Set<string>();
  for (const [i, e] of journey.elements.entries()) {
    const problem = unique(e.id, ["elements", i, "id"]);
    if (problem) return problem;
    elementIds.add(e.id);
    if (!stageIds.has(e.stageId))
      return { path: ["elements", i, "stageId"], damage: { code: "unknownStage" } };
    const laneKind = laneKinds.get(e.laneId);
    if (!laneKind) return { path: ["elements", i, "laneId"], damage: { code: "unknownLane" } };
    if (laneKind === "emotionCurve") {
      return { path: ["elements", i, "laneId"], damage: { code: "cardInCurveLane" } };
    }
    for (const [j, p] of e.painPoints.entries()) {
      const problem = unique(p.id, ["elements", i, "painPoints", j, "id"]);
      if (problem) return problem;
    }
  }
  for (const [i, l] of journey.links.entries()) {
    const problem = unique(l.id, ["links", i, "id"]);
    if (problem) return problem;
    if (!elementIds.has(l.from))
      return { path: ["links", i, "from"], damage: { code: "unknownCard" } };
    if (!elementIds.has(l.to)) return { path: ["links", i, "to"], damage: { code: "unknownCard" } };
  }
  // A comment is on a card of this journey; a reply answers a thread's first comment on that card.
  const firsts = new Map<string, string>();
  for (const c of journey.comments) if (c.replyTo === null) firsts.set(c.id, c.elementId);
  for (const [i, c] of journey.comments.entries()) {
    const problem = unique(c.id, ["comments", i, "id"]);
    if (problem) return problem;
    if (!elementIds.has(c.elementId))
      return { path: ["comments", i, "elementId"], damage: { code: "unknownCard" } };
    if (c.replyTo !== null && firsts.get(c.replyTo) !== c.elementId)
      return { path: ["comments", i, "replyTo"], damage: { code: "unknownThread" } };
  }
  const problem = checkMetrics(journey);
  if (problem) return problem;
  for (const [i, action] of journey.plan.entries()) {
    const problem = unique(action.id, ["plan", i, "id"]);
    if (problem) return problem;
    const stray = action.cardIds.findIndex((id) => !elementIds.has(id));
    if (stray >= 0) return { path: ["plan", i, "cardIds", stray], damage: { code: "unknownCard" } };
  }
  return null;
}

/**
 * Every figure, goal and aim names a standard metric or one the journey defines, once, and fits
 * its scale (a standard metric's range the schema already checked).
 */
function checkMetrics(journey: JourneyFile): Inconsistency | null {
  const scales = new Map<string, MetricScale>();
  for (const [i, metric] of journey.customMetrics.entries()) {
    if (scales.has(metric.id))
      return { path: ["customMetrics", i, "id"], damage: { code: "repeatedId" } };
    scales.set(metric.id, metric);
  }
  const check = (
    metric: string,
    value: number,
    path: (string | number)[],
  ): Inconsistency | null => {
    const scale = isStandardMetric(metric) ? STANDARD_SCALES[metric] : scales.get(metric);
    if (!scale) return { path: [...path, "metric"], damage: { code: "unknownMetric" } };
    // Standard figures on cards were never held to whole numbers by files: only the range counts.
    const fits = isStandardMetric(metric)
      ? value >= scale.min && value <= scale.max
      : fitsScale(scale, value);
    return fits ? null : { path: [...path, "value"], damage: { code: "outsideScale" } };
  };
  for (const [i, e] of journey.elements.entries()) {
    const seen = new Set<string>();
    for (const [j, figure] of (e.customFigures ?? []).entries()) {
      const path = ["elements", i, "customFigures", j];
      if (isStandardMetric(figure.metric) || seen.has(figure.metric))
        return { path: [...path, "metric"], damage: { code: "repeatedId" } };
      seen.add(figure.metric);
      const problem = check(figure.metric, figure.value, path);
      if (problem) return problem;
    }
  }
  const targeted = new Set<string>();
  for (const [i, target] of journey.targets.entries()) {
    if (targeted.has(target.metric))
      return { path: ["targets", i, "metric"], damage: { code: "repeatedTarget" } };
    targeted.add(target.metric);
    const problem = check(target.metric, target.value, ["targets", i]);
    if (problem) return problem;
  }
  for (const [i, action] of journey.plan.entries()) {
    if (!action.target) continue;
    const problem = check(action.target.metric, action.target.value, ["plan", i, "target"]);
    if (problem) return problem;
  }
  return null;
}
