import type PptxGenJS from "pptxgenjs";
import {
  sortMetricIds,
  calendarDay,
  metricRollups,
  satisfactionProfile,
  targetGap,
  targetStanding,
  type Journey,
} from "../domain";
import { formatDay, formatNumber, t } from "../i18n";
import { metricLabel } from "../ui/metric-labels";
import {
  MUTED,
  WIDTH,
  deckLayout,
  textOptions,
  headerCells,
  tableOptions,
  titledSlide,
} from "./deck-style";

const figure = (value: number) => formatNumber(value, { maximumFractionDigits: 1 });

/**
 * What the map says, as a slide: satisfaction by stage as a chart PowerPoint can restyle (not a
 * picture), and, when the journey has targets, each metric now against its target.
 */
export function addInsightsSlide(pptx: PptxGenJS, journey: Journey, now: Date): void {
  const layout = deckLayout();
  const slide = titledSlide(pptx, t("export.deck.insights"));
  const profile = satisfactionProfile(journey);
  const stages = journey.stages.map((s) => s.name || t("stage.untitled"));
  const targets = sortMetricIds(journey, Object.keys(journey.targets)).map(
    (metric) => journey.targets[metric]!,
  );
  const chartHeight = targets.length ? 3.1 : 5.4;
  // A stage no touchpoint scores is a gap in the line, not a zero.
  const averages = profile.map((p) =>
    p.average === null ? null : Math.round(p.average * 10) / 10,
  );
  slide.addChart(
    pptx.ChartType.line,
    [
      {
        name: t("insights.satisfaction"),
        labels: layout.columns(stages),
        values: layout.columns(averages) as number[],
      },
    ],
    {
      x: 0.6,
      y: 1.3,
      w: WIDTH - 1.2,
      h: chartHeight,
      valAxisMinVal: 1,
      valAxisMaxVal: 5,
      valAxisMajorUnit: 1,
      displayBlanksAs: "gap",
      lineDataSymbol: "circle",
      lineDataSymbolSize: 9,
      lineSize: 3,
      chartColors: ["1D4ED8"],
      showValue: true,
      dataLabelFontSize: 12,
      dataLabelPosition: "t",
      catAxisLabelFontSize: 14,
      valAxisLabelFontSize: 12,
      catAxisLabelFontFace: layout.label.fontFace,
      showLegend: false,
      valAxisTitle: t("export.deck.satisfactionAxis"),
      showValAxisTitle: true,
      valAxisTitleFontSize: 12,
      valAxisTitleColor: MUTED,
    },
  );
  slide.addNotes(
    profile
      .map((p, i) =>
        t("export.deck.stageSatisfaction", {
          stage: stages[i]!,
          average: p.average === null ? t("compare.notScored") : figure(p.average),
        }),
      )
      .join("\n"),
  );
  if (!targets.length) return;
  const rollups = new Map(metricRollups(journey, () => true).map((r) => [r.key, r.average]));
  const today = calendarDay(now);
  const head = headerCells(layout, [
    t("insights.metric"),
    t("insights.targetNow"),
    t("insights.target"),
    t("insights.targetBy"),
    t("insights.targetStanding"),
  ]);
  const rows = targets.map((target) => {
    const average = rollups.get(target.metric) ?? null;
    const standing = targetStanding(journey, target, average, today);
    const label = metricLabel(t, target.metric, journey.customMetrics);
    const words =
      standing === "met"
        ? t("insights.targetMet")
        : standing === "unmeasured"
          ? t("insights.targetUnmeasured")
          : t(standing === "late" ? "insights.targetLate" : "insights.targetShort", {
              gap: figure(targetGap(journey, target, average!)),
            });
    const color = standing === "met" ? "166534" : standing === "unmeasured" ? MUTED : "B42318";
    return layout.columns([
      { text: label, options: layout.label },
      { text: average === null ? "–" : figure(average), options: layout.label },
      { text: figure(target.value), options: layout.label },
      { text: target.by ? formatDay(target.by) : "", options: layout.label },
      { text: words, options: { bold: true, color, ...textOptions(words), ...layout.label } },
    ]);
  });
  slide.addTable(
    [head, ...rows],
    tableOptions(layout, 1.3 + chartHeight + 0.2, [2.6, 1.9, 1.9, 2.3, 3.43]),
  );
}
