import type { MetricKey, PlanAction } from "../domain";
import { formatNumber, type MessageKey, type Translate } from "../i18n";

/** Each metric's name as the interface shows it (naming its unit or scale). */
export const METRIC_LABEL: Record<MetricKey, MessageKey> = {
  csat: "metric.csat",
  nps: "metric.nps",
  ces: "metric.ces",
  ahtSeconds: "metric.aht",
  fcr: "metric.fcr",
};

/** "NPS: aim 10". */
export function targetText(t: Translate, target: NonNullable<PlanAction["target"]>): string {
  return t("plan.target", {
    metric: t(METRIC_LABEL[target.metric]),
    value: formatNumber(target.value),
  });
}
