import { describe, expect, it } from "vitest";
import type { CustomMetric } from "../../src/domain";
import { t } from "../../src/i18n";
import { metricRule, parseMetric } from "../../src/panels/inspector/metrics";

const wait: CustomMetric = {
  id: "m-wait",
  name: "Wait at branch",
  unit: "min",
  min: 0,
  max: 120,
  integer: true,
  higherIsBetter: false,
};
const known = { [wait.id]: wait };
const parse = (metric: string, text: string) => parseMetric(t, metricRule(t, metric, known)!, text);

describe("reading metrics typed into the inspector", () => {
  it("accepts values in range, a decimal comma, and empty to clear", () => {
    expect(parse("csat", "87.5")).toEqual({ ok: true, value: 87.5 });
    expect(parse("ces", "5,5")).toEqual({ ok: true, value: 5.5 });
    expect(parse("nps", "−20")).toEqual({ ok: true, value: -20 });
    expect(parse("ahtSeconds", " 240 ")).toEqual({ ok: true, value: 240 });
    expect(parse("fcr", "")).toEqual({ ok: true, value: undefined });
    expect(parse("cesEffort", "2")).toEqual({ ok: true, value: 2 });
    expect(parse("frtSeconds", "45")).toEqual({ ok: true, value: 45 });
    expect(parse("m-wait", "12")).toEqual({ ok: true, value: 12 });
  });

  it("refuses out-of-range values with the metric's own message", () => {
    expect(parse("nps", "101")).toEqual({ ok: false, error: t("metric.nps.error") });
    expect(parse("nps", "12.5")).toEqual({ ok: false, error: t("metric.nps.error") });
    expect(parse("ces", "0")).toEqual({ ok: false, error: t("metric.ces.error") });
    expect(parse("csat", "100.1")).toEqual({ ok: false, error: t("metric.csat.error") });
    expect(parse("ahtSeconds", "-1")).toEqual({ ok: false, error: t("metric.aht.error") });
    // Both CES scales: effort runs 1 to 5, ease 1 to 7.
    expect(parse("cesEffort", "6")).toEqual({ ok: false, error: t("metric.cesEffort.error") });
    expect(parse("ces", "6")).toEqual({ ok: true, value: 6 });
    expect(parse("frtSeconds", "2.5")).toEqual({ ok: false, error: t("metric.frt.error") });
    // A custom metric speaks its own name and range.
    expect(parse("m-wait", "121")).toEqual({
      ok: false,
      error: "Wait at branch is a whole number from 0 to 120.",
    });
    expect(parse("m-wait", "1.5")).toMatchObject({ ok: false });
  });

  it("refuses what is not a number", () => {
    expect(parse("fcr", "about half")).toEqual({ ok: false, error: t("metric.notANumber") });
    expect(parse("fcr", "1e2")).toEqual({ ok: false, error: t("metric.notANumber") });
  });

  it("names custom metrics with their unit and scale, and knows no metric it is not told of", () => {
    const rule = metricRule(t, "m-wait", known)!;
    expect(rule.label).toBe("Wait at branch (min)");
    expect(rule.hint).toBe("Whole numbers from 0 to 120, lower is better");
    expect(metricRule(t, "m-other", known)).toBeNull();
  });
});
