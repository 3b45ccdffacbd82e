import type { Metrics } from "../../domain";
import { parseNumber, type MessageKey } from "../../i18n";

export type MetricKey = keyof Metrics;

interface MetricRule {
  min: number;
  max: number;
  integer: boolean;
  label: MessageKey;
  hint: MessageKey;
  error: MessageKey;
}

/** The range and plain-words message for each metric; the inspector checks as people type. */
export const METRIC_RULES: Record<MetricKey, MetricRule> = {
  csat: {
    min: 0,
    max: 100,
    integer: false,
    label: "metric.csat",
    hint: "metric.csat.hint",
    error: "metric.csat.error",
  },
  nps: {
    min: -100,
    max: 100,
    integer: true,
    label: "metric.nps",
    hint: "metric.nps.hint",
    error: "metric.nps.error",
  },
  ces: {
    min: 1,
    max: 7,
    integer: false,
    label: "metric.ces",
    hint: "metric.ces.hint",
    error: "metric.ces.error",
  },
  ahtSeconds: {
    min: 0,
    max: 1e7,
    integer: true,
    label: "metric.aht",
    hint: "metric.aht.hint",
    error: "metric.aht.error",
  },
  fcr: {
    min: 0,
    max: 100,
    integer: false,
    label: "metric.fcr",
    hint: "metric.fcr.hint",
    error: "metric.fcr.error",
  },
};

export const METRIC_KEYS = Object.keys(METRIC_RULES) as MetricKey[];

export type MetricInput =
  { ok: true; value: number | undefined } | { ok: false; error: MessageKey };

/**
 * Reads what a person typed into a metric field. Empty clears the metric; a decimal comma is
 * accepted (Polish writes 4,5), and Persian digits (۴٫۵); anything out of range or not a number
 * is refused with a reason.
 */
export function parseMetric(key: MetricKey, text: string): MetricInput {
  const rule = METRIC_RULES[key];
  if (text.trim() === "") return { ok: true, value: undefined };
  const value = parseNumber(text);
  if (value === null) return { ok: false, error: "metric.notANumber" };
  if (value < rule.min || value > rule.max) return { ok: false, error: rule.error };
  if (rule.integer && !Number.isInteger(value)) return { ok: false, error: rule.error };
  return { ok: true, value };
}
