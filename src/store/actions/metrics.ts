import { produce } from "immer";
import {
  defineMetric,
  editMetric,
  fitsMetric,
  newId,
  removeMetric,
  carryMetricInto,
  type CustomMetric,
  type CustomMetricChanges,
  type Id,
  type MetricId,
  type MetricLibrary,
} from "../../domain";
import { changeJourney, currentEngine, getWorkspace } from "../document";

/**
 * The workspace's metric library, and the figures cards give for its metrics. Library changes
 * are not undo steps (like personas); a card's figure is, and typing in one box is one per pause.
 */

function changeLibrary(recipe: (library: MetricLibrary) => boolean): boolean {
  let changed = false;
  const next = produce(getWorkspace().metrics, (draft) => {
    changed = recipe(draft);
  });
  if (changed) currentEngine().putMetricLibrary(next);
  return changed;
}

/** Defines a custom metric (shown on cards from now on). Returns its id, or null if refused. */
export function defineCustomMetric(metric: Omit<CustomMetric, "id">): Id | null {
  const id = newId();
  return changeLibrary((library) => defineMetric(library, { ...metric, id })) ? id : null;
}

export function editCustomMetric(id: Id, changes: CustomMetricChanges): boolean {
  return changeLibrary((library) => editMetric(library, id, changes));
}

export function removeCustomMetric(id: Id): boolean {
  return changeLibrary((library) => removeMetric(library, id));
}

/** Whether every card's details offer this metric. */
export function setMetricOnCards(id: MetricId, shown: boolean): boolean {
  return changeLibrary((library) => {
    if (library.onCards[id] === shown) return false;
    library.onCards[id] = shown;
    return true;
  });
}

/**
 * Gives a card's figure for a metric, or clears it (undefined). A figure outside the metric's
 * scale is refused; a custom metric's definition goes into the journey with its first figure.
 */
export function setCardFigure(
  journeyId: Id,
  cardId: Id,
  metric: MetricId,
  value: number | undefined,
): boolean {
  let changed = false;
  changeJourney(
    journeyId,
    (j) => {
      const card = j.elements[cardId];
      if (!card) return;
      if (value === undefined) {
        if (card.metrics[metric] === undefined) return;
        delete card.metrics[metric];
        changed = true;
        return;
      }
      const library = getWorkspace().metrics;
      // Checked before the definition is carried in: a refused figure changes nothing.
      if (!fitsMetric(j, library, metric, value) || card.metrics[metric] === value) return;
      if (!carryMetricInto(j, library, metric)) return;
      card.metrics[metric] = value;
      changed = true;
    },
    { coalesce: `metric:${cardId}:${metric}` },
  );
  return changed;
}

/**
 * Brings a workspace file's library in: its custom metrics this workspace lacks, and its choices
 * of what cards offer where this workspace has made none. Nothing defined here changes.
 */
export function mergeMetricLibrary(incoming: MetricLibrary): boolean {
  return changeLibrary((library) => {
    let changed = false;
    for (const metric of Object.values(incoming.custom))
      if (!library.custom[metric.id] && defineMetric(library, metric)) changed = true;
    for (const [id, shown] of Object.entries(incoming.onCards))
      if (library.onCards[id] === undefined) {
        library.onCards[id] = shown;
        changed = true;
      }
    return changed;
  });
}
