import {
  setTarget,
  carryMetricInto,
  fitsMetric,
  type Id,
  type MetricId,
  type MetricTarget,
} from "../../domain";
import { changeJourney, getWorkspace } from "../document";

/** Sets a journey's goal for a metric, or takes it away; typing in one box is one undo step. */
export function setJourneyTarget(
  journeyId: Id,
  metric: MetricId,
  target: MetricTarget | null,
  field?: string,
): boolean {
  let changed = false;
  changeJourney(
    journeyId,
    (j) => {
      const library = getWorkspace().metrics;
      // A refused goal changes nothing: its metric's definition is carried in only with it.
      if (target && !fitsMetric(j, library, metric, target.value)) return;
      if (target && !carryMetricInto(j, library, metric)) return;
      changed = setTarget(j, metric, target);
    },
    { coalesce: field ? `target:${metric}:${field}` : undefined },
  );
  return changed;
}
