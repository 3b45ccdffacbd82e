import { setTarget, type Id, type MetricKey, type MetricTarget } from "../../domain";
import { changeJourney } from "../document";

/** Sets a journey's goal for a metric, or takes it away; typing in one box is one undo step. */
export function setJourneyTarget(
  journeyId: Id,
  metric: MetricKey,
  target: MetricTarget | null,
  field?: string,
): boolean {
  let changed = false;
  changeJourney(
    journeyId,
    (j) => {
      changed = setTarget(j, metric, target);
    },
    { coalesce: field ? `target:${metric}:${field}` : undefined },
  );
  return changed;
}
