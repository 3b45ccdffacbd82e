import type { PlanAction } from "../../domain";
import { formatNumber, type Translate } from "../../i18n";
import { METRIC_RULES } from "../inspector/metrics";

/** "NPS: aim 10". */
export function targetText(t: Translate, target: NonNullable<PlanAction["target"]>): string {
  return t("plan.target", {
    metric: t(METRIC_RULES[target.metric].label),
    value: formatNumber(target.value),
  });
}
