import type { CustomMetric, Id, Journey, MetricId, MetricLibrary, MetricScale } from "./types";

/**
 * The standard metrics, in the order the interface lists them. Effort is measured on two scales
 * (see the glossary): CES 2.0 asks how easy the company made it, 1 to 7 (`ces`, kept under the
 * name files have always used for it); the older question asks how much effort it took, 1 to 5,
 * lower being better (`cesEffort`). Times are in seconds.
 */
export const STANDARD_METRICS = [
  "csat",
  "nps",
  "ces",
  "cesEffort",
  "ahtSeconds",
  "frtSeconds",
  "fcr",
] as const;
export type StandardMetric = (typeof STANDARD_METRICS)[number];

/** The metrics files and documents held before the library (format 5 and older). */
export const CLASSIC_METRICS = ["csat", "nps", "ces", "ahtSeconds", "fcr"] as const;
export type ClassicMetric = (typeof CLASSIC_METRICS)[number];

export const STANDARD_SCALES: Record<StandardMetric, MetricScale> = {
  csat: { min: 0, max: 100, integer: false, higherIsBetter: true },
  nps: { min: -100, max: 100, integer: true, higherIsBetter: true },
  ces: { min: 1, max: 7, integer: false, higherIsBetter: true },
  cesEffort: { min: 1, max: 5, integer: false, higherIsBetter: false },
  ahtSeconds: { min: 0, max: 1e7, integer: true, higherIsBetter: false },
  frtSeconds: { min: 0, max: 1e7, integer: true, higherIsBetter: false },
  fcr: { min: 0, max: 100, integer: false, higherIsBetter: true },
};

/** The metrics a workspace offers on cards until its team chooses otherwise. */
const ON_CARDS_BY_DEFAULT: Record<StandardMetric, boolean> = {
  csat: true,
  nps: true,
  ces: true,
  cesEffort: false,
  ahtSeconds: true,
  frtSeconds: true,
  fcr: true,
};

/** How many custom metrics a workspace (and a journey) may define. */
export const CUSTOM_METRICS_MAX = 50;
/** The largest magnitude a custom metric's range may reach. */
export const CUSTOM_METRIC_LIMIT = 1e9;

export function isStandardMetric(id: MetricId): id is StandardMetric {
  return (STANDARD_METRICS as readonly string[]).includes(id);
}

export function isClassicMetric(id: MetricId): id is ClassicMetric {
  return (CLASSIC_METRICS as readonly string[]).includes(id);
}

export function emptyMetricLibrary(): MetricLibrary {
  return { custom: {}, onCards: {} };
}

/** A metric's scale as a journey knows it: standard, or one of its custom metrics; else null. */
export function metricScale(
  journey: Pick<Journey, "customMetrics">,
  id: MetricId,
): MetricScale | null {
  if (isStandardMetric(id)) return STANDARD_SCALES[id];
  return journey.customMetrics[id] ?? null;
}

/** Whether a value is one the scale records: finite, within range, whole where it must be. */
export function fitsScale(scale: MetricScale, value: number): boolean {
  return (
    Number.isFinite(value) &&
    value >= scale.min &&
    value <= scale.max &&
    (!scale.integer || Number.isInteger(value))
  );
}

/** Whether a journey may hold this value for this metric. */
export function isInMetricRange(
  journey: Pick<Journey, "customMetrics">,
  metric: MetricId,
  value: number,
): boolean {
  const scale = metricScale(journey, metric);
  return scale !== null && fitsScale(scale, value);
}

export function higherIsBetter(journey: Pick<Journey, "customMetrics">, metric: MetricId): boolean {
  return metricScale(journey, metric)?.higherIsBetter ?? true;
}

/** A custom metric as people may define it: a name, a sound range within the limit. */
export function isValidCustomMetric(metric: CustomMetric): boolean {
  return (
    metric.name.trim().length > 0 &&
    metric.name.length <= 60 &&
    metric.unit.length <= 20 &&
    !isStandardMetric(metric.id) &&
    Number.isFinite(metric.min) &&
    Number.isFinite(metric.max) &&
    metric.min < metric.max &&
    Math.abs(metric.min) <= CUSTOM_METRIC_LIMIT &&
    Math.abs(metric.max) <= CUSTOM_METRIC_LIMIT
  );
}

/**
 * Every metric a journey's figures may name, in the interface's order: the standard ones, then
 * the custom ones the workspace defines and those only the journey knows (from a file or a room),
 * by name. The workspace's definition wins for a metric both know (it may have been renamed).
 */
export function metricCatalogue(
  library: MetricLibrary,
  journey: Pick<Journey, "customMetrics"> | null,
): (StandardMetric | CustomMetric)[] {
  const custom = new Map<string, CustomMetric>(Object.entries(journey?.customMetrics ?? {}));
  for (const [id, metric] of Object.entries(library.custom)) custom.set(id, metric);
  const customs = [...custom.values()].sort(
    (a, b) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1),
  );
  return [...STANDARD_METRICS, ...customs];
}

export function metricIdOf(metric: StandardMetric | CustomMetric): MetricId {
  return typeof metric === "string" ? metric : metric.id;
}

/** Whether the workspace offers this metric on every card's details. */
export function isOnCards(library: MetricLibrary, id: MetricId): boolean {
  const chosen = library.onCards[id];
  if (chosen !== undefined) return chosen;
  return isStandardMetric(id) ? ON_CARDS_BY_DEFAULT[id] : true;
}

/**
 * Whether a value fits a metric as the journey would hold it once the metric is carried in: by
 * the workspace's definition of a custom metric, or the journey's own.
 */
export function fitsMetric(
  journey: Pick<Journey, "customMetrics">,
  library: MetricLibrary,
  metric: MetricId,
  value: number,
): boolean {
  return isInMetricRange(
    { customMetrics: { ...journey.customMetrics, ...library.custom } },
    metric,
    value,
  );
}

/**
 * Makes sure a journey carries the definition of a custom metric it is about to use (a figure,
 * a goal or an action's aim), so its file and its room say what the figure means. Standard
 * metrics need nothing. Returns false for a custom metric nobody here defines.
 */
export function carryMetricInto(journey: Journey, library: MetricLibrary, id: MetricId): boolean {
  if (isStandardMetric(id)) return true;
  const known = library.custom[id] ?? journey.customMetrics[id];
  if (!known) return false;
  const held = journey.customMetrics[id];
  // A journey names at most as many custom metrics as a file may carry.
  if (!held && customInUse(journey) >= CUSTOM_METRICS_MAX) return false;
  if (!held || JSON.stringify(held) !== JSON.stringify(known))
    journey.customMetrics[id] = { ...known };
  return true;
}

/** How many custom metrics a journey's cards, goals and actions name. */
function customInUse(journey: Journey): number {
  return [...metricsInUse(journey)].filter((id) => !isStandardMetric(id)).length;
}

/** Every metric a journey's cards, goals and actions give a figure for. */
export function metricsInUse(journey: Journey): Set<MetricId> {
  const used = new Set<MetricId>();
  for (const card of Object.values(journey.elements))
    for (const [id, value] of Object.entries(card.metrics)) if (value !== undefined) used.add(id);
  for (const id of Object.keys(journey.targets)) used.add(id);
  for (const action of Object.values(journey.plan))
    if (action.target) used.add(action.target.metric);
  return used;
}

/** Metric ids in the interface's order: standard ones first, then custom ones by name. */
export function sortMetricIds(
  journey: Pick<Journey, "customMetrics">,
  ids: Iterable<MetricId>,
): MetricId[] {
  const rank = (id: MetricId) => {
    const standard = (STANDARD_METRICS as readonly string[]).indexOf(id);
    return standard >= 0 ? standard : STANDARD_METRICS.length;
  };
  const name = (id: MetricId) => journey.customMetrics[id]?.name ?? id;
  return [...new Set(ids)].sort(
    (a, b) => rank(a) - rank(b) || name(a).localeCompare(name(b)) || (a < b ? -1 : a > b ? 1 : 0),
  );
}

/** What may change of a custom metric once defined (its range stays: figures were given in it). */
export type CustomMetricChanges = Partial<Pick<CustomMetric, "name" | "unit" | "higherIsBetter">>;

/** Adds a custom metric to the library. Returns whether it did. */
export function defineMetric(library: MetricLibrary, metric: CustomMetric): boolean {
  if (library.custom[metric.id] || !isValidCustomMetric(metric)) return false;
  if (Object.keys(library.custom).length >= CUSTOM_METRICS_MAX) return false;
  library.custom[metric.id] = { ...metric, name: metric.name.trim(), unit: metric.unit.trim() };
  return true;
}

export function editMetric(library: MetricLibrary, id: Id, changes: CustomMetricChanges): boolean {
  const metric = library.custom[id];
  if (!metric) return false;
  const next = {
    ...metric,
    ...changes,
    name: (changes.name ?? metric.name).trim(),
    unit: (changes.unit ?? metric.unit).trim(),
  };
  if (!isValidCustomMetric(next)) return false;
  library.custom[id] = next;
  return true;
}

/**
 * Takes a custom metric out of the library: no card offers it any more. Journeys that gave it
 * figures keep them, with its definition (they still say what the figures mean).
 */
export function removeMetric(library: MetricLibrary, id: Id): boolean {
  if (!library.custom[id]) return false;
  delete library.custom[id];
  delete library.onCards[id];
  return true;
}
