import { produce } from "immer";
import { describe, expect, it } from "vitest";
import { renderInsightsSheet } from "../../src/export/insights-sheet";
import { blankJourney, withCard } from "../helpers/factories";
import { fakeMeasure } from "../helpers/measure";

const journey = produce(blankJourney(), (j) => {
  j.title = "Open an account <script>alert(1)</script>";
  withCard(j, { id: "a", stage: 0, title: "Ad", satisfaction: 4, metrics: { nps: 10 } });
  withCard(j, { id: "b", stage: 0, title: "Form", satisfaction: 2, metrics: { nps: -30 } });
  withCard(j, {
    id: "f",
    stage: 1,
    kind: "frictionPoint",
    lane: "frictionPoints",
    title: "Fee shown late",
    channel: { kind: "standard", id: "web" },
    painPoints: [{ id: "p", text: "Fees & charges", severity: "high" }],
  });
  j.targets.nps = { metric: "nps", value: 20, by: "2027-03-31" };
});

const render = (rtl = false) =>
  renderInsightsSheet(journey, { measure: fakeMeasure, now: new Date(Date.UTC(2027, 0, 4)), rtl });

describe("the insights sheet", () => {
  it("draws what the map says from the data, with the figures in words as its text alternative", () => {
    const sheet = render();
    expect(sheet.svg.startsWith("<svg")).toBe(true);
    expect(sheet.description).toContain(
      "Satisfaction by stage: awareness 3, consideration not scored",
    );
    expect(sheet.description).toContain("not scored");
    expect(sheet.description).toContain("NPS -10 against 20 (30 to go)");
    expect(sheet.description).toContain("Fees & charges (High)");
    expect(sheet.svg).toContain("<desc>");
    expect(sheet.svg).toContain("30 to go");
    expect(sheet.svg).toContain("Friction by stage and channel");
    expect(sheet.height).toBeGreaterThan(600);
  });

  it("escapes every text of the journey: nothing becomes markup", () => {
    const { svg } = render();
    expect(svg).not.toContain("<script>");
    expect(svg).toContain("&lt;script&gt;");
    expect(svg).toContain("Fees &amp; charges");
  });

  it("runs from the right when the interface does", () => {
    const ltr = render(false).svg;
    const rtl = render(true).svg;
    const firstScore = (svg: string) => Number(/<circle cx="([\d.]+)"/.exec(svg)![1]);
    expect(firstScore(rtl)).toBeGreaterThan(800);
    expect(firstScore(ltr)).toBeLessThan(800);
  });

  it("leaves out what the journey has none of", () => {
    const empty = renderInsightsSheet(blankJourney(), {
      measure: fakeMeasure,
      now: new Date(Date.UTC(2027, 0, 4)),
      rtl: false,
    });
    expect(empty.svg).not.toContain("Targets");
    expect(empty.svg).not.toContain("Pain points by severity");
  });
});
