import { describe, expect, it } from "vitest";
import { parseMetric } from "../../src/panels/inspector/metrics";

describe("reading metrics typed into the inspector", () => {
  it("accepts values in range, a decimal comma, and empty to clear", () => {
    expect(parseMetric("csat", "87.5")).toEqual({ ok: true, value: 87.5 });
    expect(parseMetric("ces", "5,5")).toEqual({ ok: true, value: 5.5 });
    expect(parseMetric("nps", "−20")).toEqual({ ok: true, value: -20 });
    expect(parseMetric("ahtSeconds", " 240 ")).toEqual({ ok: true, value: 240 });
    expect(parseMetric("fcr", "")).toEqual({ ok: true, value: undefined });
  });

  it("refuses out-of-range values with the metric's own message", () => {
    expect(parseMetric("nps", "101")).toEqual({ ok: false, error: "metric.nps.error" });
    expect(parseMetric("nps", "12.5")).toEqual({ ok: false, error: "metric.nps.error" });
    expect(parseMetric("ces", "0")).toEqual({ ok: false, error: "metric.ces.error" });
    expect(parseMetric("csat", "100.1")).toEqual({ ok: false, error: "metric.csat.error" });
    expect(parseMetric("ahtSeconds", "-1")).toEqual({ ok: false, error: "metric.aht.error" });
  });

  it("refuses what is not a number", () => {
    expect(parseMetric("fcr", "about half")).toEqual({ ok: false, error: "metric.notANumber" });
    expect(parseMetric("fcr", "1e2")).toEqual({ ok: false, error: "metric.notANumber" });
  });
});
