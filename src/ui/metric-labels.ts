import {
  isStandardMetric,
  sortMetricIds,
  type CustomMetric,
  type Id,
  type Journey,
  type MetricId,
  type MetricLibrary,
  type Metrics,
  type PlanAction,
  type StandardMetric,
} from "../domain";
import { formatNumber, type MessageKey, type Translate } from "../i18n";

/** Each standard metric's name as the interface shows it (naming its unit or scale). */
export const METRIC_LABEL: Record<StandardMetric, MessageKey> = {
  csat: "metric.csat",
  nps: "metric.nps",
  ces: "metric.ces",
  cesEffort: "metric.cesEffort",
  ahtSeconds: "metric.aht",
  frtSeconds: "metric.frt",
  fcr: "metric.fcr",
};

/** The custom metrics a view can name: the journey's own definitions, renamed by the library's. */
export type KnownMetrics = Readonly<Record<Id, CustomMetric>>;

export function knownMetrics(
  journey: Pick<Journey, "customMetrics"> | null,
  library: MetricLibrary | null,
): KnownMetrics {
  return { ...(journey?.customMetrics ?? {}), ...(library?.custom ?? {}) };
}

/** A metric's name with its unit: "CSAT (%)", or a custom "Wait at branch (min)". */
export function metricLabel(t: Translate, id: MetricId, known: KnownMetrics): string {
  if (isStandardMetric(id)) return t(METRIC_LABEL[id]);
  const metric = known[id];
  if (!metric) return t("metric.unknown");
  return metric.unit ? `${metric.name} (${metric.unit})` : metric.name;
}

/** "NPS: aim 10". */
export function targetText(
  t: Translate,
  target: NonNullable<PlanAction["target"]>,
  known: KnownMetrics,
): string {
  return t("plan.target", {
    metric: metricLabel(t, target.metric, known),
    value: formatNumber(target.value),
  });
}

/** A card's figures in words, in the library's order: "CSAT (%) 80 · NPS 10". */
export function figuresText(
  t: Translate,
  metrics: Metrics,
  known: KnownMetrics,
  separator: string,
): string {
  return sortMetricIds({ customMetrics: known }, Object.keys(metrics))
    .flatMap((id) => {
      const value = metrics[id];
      if (typeof value !== "number") return [];
      return [
        t("table.metricValue", { metric: metricLabel(t, id, known), value: formatNumber(value) }),
      ];
    })
    .join(separator);
}
