import type * as Y from "yjs";
import {
  CUSTOM_METRICS_MAX,
  CUSTOM_METRIC_LIMIT,
  STANDARD_SCALES,
  isClassicMetric,
  isStandardMetric,
  isValidId,
  type CustomMetric,
  type Id,
  type Journey,
  type JourneyElement,
  type Metrics,
  type MetricTarget,
  type PlanAction,
} from "../domain";
import { docAimSchema, docCustomMetricSchema, docTargetSchema } from "../format";
import type { DamagedRecord } from "./damage";
import { check, labelOf } from "./read-check";

/**
 * Where a journey document keeps what the metric library added (format 6), each in a root of its
 * own because releases before the library check a card's metrics, a goal's metric and an action's
 * aim strictly, and would set aside (and so take out of a shared document) a record naming a
 * metric they do not know. What they know stays where it always was.
 */
export const METRIC_ROOT = {
  /** A card's figure for a metric other than the five classic ones: `<card id>/<metric>` → n. */
  measures: "measures",
  /** The definitions of the custom metrics the journey uses: metric id → its definition. */
  metricDefs: "metricDefs",
  /** Goals for metrics other than the classic five: metric → {value, by}. */
  goals: "goals",
  /** Aims of actions at metrics other than the classic five: action id → {metric, value}. */
  aims: "aims",
} as const;

export const measureKey = (cardId: Id, metric: string) => `${cardId}/${metric}`;
const metricOfMeasureKey = (key: string) => key.slice(key.lastIndexOf("/") + 1);

function sameJson(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

function setIfChanged(map: Y.Map<unknown>, key: string, value: unknown): void {
  if (!sameJson(map.get(key), value)) map.set(key, value);
}

/** The classic figures of a card, as its own `metrics` map keeps them. */
export function classicFigures(metrics: Metrics): Metrics {
  const classic: Metrics = {};
  for (const [key, value] of Object.entries(metrics))
    if (isClassicMetric(key) && value !== undefined) classic[key] = value;
  return classic;
}

/** Writes a card's other figures into the measures root (`after` undefined: the card is gone). */
export function writeMeasures(
  measures: Y.Map<unknown>,
  before: JourneyElement | undefined,
  after: JourneyElement | undefined,
  id: Id,
): void {
  const was = before?.metrics ?? {};
  const now = after?.metrics ?? {};
  if (before && after && was === now) return;
  for (const [metric, value] of Object.entries(now)) {
    if (isClassicMetric(metric) || value === undefined) continue;
    if (!before || was[metric] !== value) setIfChanged(measures, measureKey(id, metric), value);
  }
  for (const metric of Object.keys(was)) {
    if (isClassicMetric(metric) || now[metric] !== undefined) continue;
    const key = measureKey(id, metric);
    if (measures.has(key)) measures.delete(key);
  }
}

/**
 * A card's figures from the measures root, each checked on its own: a figure that does not fit
 * (a standard metric off its scale, a value that is not a number, a classic metric, which lives
 * on the card itself) is reported under its own key, so only that figure is set aside, never the
 * card. A custom figure's scale is its journey's definition, checked where the journey is whole.
 */
export function readMeasures(
  measures: Y.Map<unknown>,
  cardId: Id,
  keys: readonly string[],
  damaged: DamagedRecord[],
): { standard: Metrics; custom: { metric: string; value: number }[] } {
  const standard: Metrics = {};
  const custom: { metric: string; value: number }[] = [];
  const prefix = `${cardId}/`;
  for (const key of keys) {
    if (!key.startsWith(prefix)) continue;
    const metric = metricOfMeasureKey(key);
    const value = measures.get(key);
    const fits =
      typeof value === "number" &&
      Number.isFinite(value) &&
      !isClassicMetric(metric) &&
      (isStandardMetric(metric)
        ? value >= STANDARD_SCALES[metric].min && value <= STANDARD_SCALES[metric].max
        : isValidId(metric) &&
          Math.abs(value) <= CUSTOM_METRIC_LIMIT &&
          custom.length < CUSTOM_METRICS_MAX);
    if (!fits) {
      damaged.push({
        what: "metric",
        label: metric.slice(0, 80),
        problem: { at: [metric], damage: { code: "outsideScale" } },
        record: { key, value },
        where: { root: METRIC_ROOT.measures, key },
      });
      continue;
    }
    if (isStandardMetric(metric)) standard[metric] = value;
    else custom.push({ metric, value });
  }
  return { standard, custom };
}

/** Keys of the measures root by card, so reading a card does not scan every figure. */
export function measureKeysByCard(measures: Y.Map<unknown>): Map<Id, string[]> {
  const byCard = new Map<Id, string[]>();
  for (const key of measures.keys()) {
    const card = key.slice(0, key.lastIndexOf("/"));
    const keys = byCard.get(card);
    if (keys) keys.push(key);
    else byCard.set(card, [key]);
  }
  return byCard;
}

export function writeGoals(
  targets: Y.Map<unknown>,
  goals: Y.Map<unknown>,
  before: Journey["targets"],
  after: Journey["targets"],
): void {
  for (const [metric, target] of Object.entries(after)) {
    if (before[metric] === target) continue;
    const root = isClassicMetric(metric) ? targets : goals;
    setIfChanged(root, metric, { value: target.value, by: target.by });
  }
  for (const metric of Object.keys(before)) {
    if (after[metric]) continue;
    const root = isClassicMetric(metric) ? targets : goals;
    if (root.has(metric)) root.delete(metric);
  }
}

/** An action's aim: a classic metric's stays in the plan root; another's goes to `aims`. */
export function storedAim(action: PlanAction): {
  plan: PlanAction["target"];
  aim: PlanAction["target"];
} {
  const target = action.target;
  if (!target) return { plan: null, aim: null };
  return isClassicMetric(target.metric)
    ? { plan: { ...target }, aim: null }
    : { plan: null, aim: { ...target } };
}

export function writeAims(
  aims: Y.Map<unknown>,
  before: Readonly<Record<Id, PlanAction>>,
  after: Readonly<Record<Id, PlanAction>>,
): void {
  if (before === after) return;
  for (const [id, action] of Object.entries(after)) {
    const previous = before[id];
    if (previous && sameJson(previous.target, action.target) && previous !== undefined) continue;
    const { aim } = storedAim(action);
    if (aim) setIfChanged(aims, id, aim);
    else if (aims.has(id)) aims.delete(id);
  }
  for (const id of Object.keys(before)) if (!after[id] && aims.has(id)) aims.delete(id);
}

export function writeMetricDefs(
  defs: Y.Map<unknown>,
  before: Journey["customMetrics"],
  after: Journey["customMetrics"],
): void {
  if (before === after) return;
  for (const [id, metric] of Object.entries(after)) {
    if (before[id] === metric) continue;
    const { id: _id, ...fields } = metric;
    setIfChanged(defs, id, fields);
  }
  // A definition the journey no longer carries stays: a figure elsewhere may still name it.
}

export function readMetricDef(
  id: Id,
  value: unknown,
  damaged: DamagedRecord[],
): CustomMetric | null {
  const fields = typeof value === "object" && value !== null ? value : {};
  const where = { root: METRIC_ROOT.metricDefs, key: id };
  const label = labelOf(fields as Record<string, unknown>, "name");
  return check(docCustomMetricSchema, { ...fields, id }, "metric", label, damaged, where);
}

/** A goal for a metric beyond the classic five (a classic one here is set aside). */
export function readGoal(
  metric: string,
  value: unknown,
  damaged: DamagedRecord[],
): MetricTarget | null {
  const fields = typeof value === "object" && value !== null ? value : {};
  const where = { root: METRIC_ROOT.goals, key: metric };
  const goal = check(docTargetSchema, { ...fields, metric }, "target", metric, damaged, where);
  if (goal && isClassicMetric(metric)) {
    damaged.push({ what: "target", label: metric, problem: null, record: value, where });
    return null;
  }
  return goal;
}

export function readAim(id: Id, value: unknown, damaged: DamagedRecord[]): PlanAction["target"] {
  const where = { root: METRIC_ROOT.aims, key: id };
  return check(docAimSchema, value, "action", "", damaged, where);
}
