import type { Journey } from "../domain";
import { getWorkspace } from "../store";

/**
 * The journey as exports should name its custom metrics: with the workspace library's current
 * definition for each one it carries (renamed, or its good end turned, since a figure was last
 * given), so a file says what the Insights page says. Metrics only the journey knows stay.
 */
export function withLibraryMetrics(journey: Journey): Journey {
  const library = getWorkspace().metrics.custom;
  const renamed = Object.keys(journey.customMetrics).filter(
    (id) => library[id] && library[id] !== journey.customMetrics[id],
  );
  if (!renamed.length) return journey;
  const customMetrics = { ...journey.customMetrics };
  for (const id of renamed) customMetrics[id] = library[id]!;
  return { ...journey, customMetrics };
}
