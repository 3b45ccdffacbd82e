import {
  isStandardMetric,
  metricScale,
  type MetricId,
  type MetricScale,
  type StandardMetric,
} from "../../domain";
import { formatNumber, parseNumber, type MessageKey, type Translate } from "../../i18n";
import { metricLabel, type KnownMetrics } from "../../ui/metric-labels";

/** A metric as a box to type its figure in: its scale, name, hint and the reason a figure is refused. */
export interface MetricRule {
  id: MetricId;
  scale: MetricScale;
  label: string;
  hint: string;
  error: string;
}

const STANDARD_TEXT: Record<StandardMetric, { hint: MessageKey; error: MessageKey }> = {
  csat: { hint: "metric.csat.hint", error: "metric.csat.error" },
  nps: { hint: "metric.nps.hint", error: "metric.nps.error" },
  ces: { hint: "metric.ces.hint", error: "metric.ces.error" },
  cesEffort: { hint: "metric.cesEffort.hint", error: "metric.cesEffort.error" },
  ahtSeconds: { hint: "metric.aht.hint", error: "metric.aht.error" },
  frtSeconds: { hint: "metric.frt.hint", error: "metric.frt.error" },
  fcr: { hint: "metric.fcr.hint", error: "metric.fcr.error" },
};

/**
 * A scale's end as text: isolated left to right, so a negative one keeps its minus sign on the
 * right side of its digits inside a right-to-left sentence.
 */
export const scaleNumber = (value: number) =>
  value < 0 ? `\u2066${formatNumber(value)}\u2069` : formatNumber(value);

/** The rule for a metric this view knows (standard, or custom by its definition); else null. */
export function metricRule(t: Translate, id: MetricId, known: KnownMetrics): MetricRule | null {
  const scale = metricScale({ customMetrics: known }, id);
  if (!scale) return null;
  const label = metricLabel(t, id, known);
  if (isStandardMetric(id)) {
    const text = STANDARD_TEXT[id];
    return { id, scale, label, hint: t(text.hint), error: t(text.error) };
  }
  const min = scaleNumber(scale.min);
  const max = scaleNumber(scale.max);
  const better = t(scale.higherIsBetter ? "metric.higherIsBetter" : "metric.lowerIsBetter");
  const metric = known[id]!.name;
  return {
    id,
    scale,
    label,
    hint: t(scale.integer ? "metric.custom.hintWhole" : "metric.custom.hint", { min, max, better }),
    error: t(scale.integer ? "metric.custom.errorWhole" : "metric.custom.error", {
      metric,
      min,
      max,
    }),
  };
}

export type MetricInput = { ok: true; value: number | undefined } | { ok: false; error: string };

/**
 * Reads what a person typed into a metric field. Empty clears the metric; a decimal comma is
 * accepted (Polish writes 4,5), and Persian digits (۴٫۵); anything out of range or not a number
 * is refused with a reason.
 */
export function parseMetric(t: Translate, rule: MetricRule, text: string): MetricInput {
  if (text.trim() === "") return { ok: true, value: undefined };
  const value = parseNumber(text);
  if (value === null) return { ok: false, error: t("metric.notANumber") };
  const { min, max, integer } = rule.scale;
  if (value < min || value > max || (integer && !Number.isInteger(value)))
    return { ok: false, error: rule.error };
  return { ok: true, value };
}
