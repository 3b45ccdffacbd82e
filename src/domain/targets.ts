import { isCalendarDay } from "./plan";
import { higherIsBetter, isInMetricRange } from "./metrics";
import type { Journey, MetricId, MetricTarget } from "./types";

/** A journey's goals for its metrics (SMART goals: a value to reach, by a day). */

/** Sets a metric's goal, or takes it away (null). Returns whether it did. */
export function setTarget(
  journey: Journey,
  metric: MetricId,
  target: MetricTarget | null,
): boolean {
  if (target === null) {
    if (!journey.targets[metric]) return false;
    delete journey.targets[metric];
    return true;
  }
  if (target.metric !== metric || !isInMetricRange(journey, metric, target.value)) return false;
  if (target.by !== null && !isCalendarDay(target.by)) return false;
  journey.targets[metric] = { ...target };
  return true;
}

export type TargetStanding = "met" | "short" | "late" | "unmeasured";

/**
 * Where a figure stands against its goal: met (at or beyond it, the good way for the metric),
 * short (not yet), late (not yet, and its day has passed), or unmeasured (no card gives it).
 */
export function targetStanding(
  journey: Pick<Journey, "customMetrics">,
  target: MetricTarget,
  average: number | null,
  today: string,
): TargetStanding {
  if (average === null) return "unmeasured";
  const met = higherIsBetter(journey, target.metric)
    ? average >= target.value
    : average <= target.value;
  if (met) return "met";
  return target.by !== null && target.by < today ? "late" : "short";
}

/** How far a figure is from its goal, the good way being positive ("+3 to go" reads as 3). */
export function targetGap(
  journey: Pick<Journey, "customMetrics">,
  target: MetricTarget,
  average: number,
): number {
  return higherIsBetter(journey, target.metric) ? target.value - average : average - target.value;
}
