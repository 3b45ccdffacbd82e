import {
  calendarDay,
  frictionByStageAndChannel,
  metricRollups,
  painPointsBySeverity,
  satisfactionProfile,
  sortMetricIds,
  targetGap,
  targetStanding,
  type Journey,
} from "../domain";
import { formatDay, formatNumber, t } from "../i18n";
import { channelLabel } from "../ui/kinds";
import { metricLabel } from "../ui/metric-labels";
import {
  INNER,
  MARGIN,
  Row,
  SHEET_WIDTH,
  frictionGrid,
  heading,
  painPointList,
  satisfactionChart,
  targetsTable,
  type Part,
  type TargetLine,
} from "./insights-sheet-parts";
import { paletteFor } from "./palette";
import { PosterPen } from "./poster-pen";
import { styleSheet } from "./poster-svg";
import { TEXT, type MeasureText } from "./text-style";
import { xmlText } from "./xml";

/**
 * What the map says, as one image drawn from data (as the poster is): satisfaction by stage, the
 * targets against where the journey stands, friction by stage and channel, and the pain points
 * that hurt most. A pure function of the journey; text widths come from the injected `measure`.
 * The SVG carries a text alternative (its title and description), and user text only ever lands
 * in text nodes, escaped.
 */

export interface InsightsSheet {
  svg: string;
  width: number;
  height: number;
  /** The figures in words: the image's text alternative. */
  description: string;
}

const PAIN_POINTS_SHOWN = 8;

const figure = (value: number) => formatNumber(value, { maximumFractionDigits: 1 });

function targetLines(journey: Journey, today: string): TargetLine[] {
  const now = new Map(metricRollups(journey, () => true).map((r) => [r.key, r.average]));
  return sortMetricIds(journey, Object.keys(journey.targets)).map((metric) => {
    const target = journey.targets[metric]!;
    const average = now.get(metric) ?? null;
    const standing = targetStanding(journey, target, average, today);
    const gap = average === null ? 0 : figure(targetGap(journey, target, average));
    return {
      metric: metricLabel(t, metric, journey.customMetrics),
      now: average === null ? "–" : figure(average),
      target: figure(target.value),
      by: target.by ? formatDay(target.by) : "",
      standing,
      words:
        standing === "met"
          ? t("insights.targetMet")
          : standing === "unmeasured"
            ? t("insights.targetUnmeasured")
            : t(standing === "late" ? "insights.targetLate" : "insights.targetShort", { gap }),
    };
  });
}

/** "Targets: NPS -10 against 20 (30 to go), …": a section of the text alternative. */
const section = (label: string, items: readonly string[]) =>
  t("insights.sheet.section", { label, items: items.join(t("insights.comma")) });

export function renderInsightsSheet(
  journey: Journey,
  options: { measure: MeasureText; fontCss?: string; now: Date; rtl: boolean; pixelRatio?: number },
): InsightsSheet {
  const palette = paletteFor("white");
  const pen = new PosterPen(palette, options.measure);
  const row = new Row(options.rtl);
  const stages = journey.stages.map((s) => s.name.trim() || t("stage.untitled"));
  const stageName = (id: string) => stages[journey.stages.findIndex((s) => s.id === id)] ?? "";
  const title = journey.title.trim() || t("journey.untitled");
  const today = calendarDay(options.now);
  const parts: string[] = [];
  const words: string[] = [];
  let top = MARGIN;
  const add = (part: Part, gap = 28) => {
    parts.push(part.svg);
    top += part.height + gap;
  };

  add(
    {
      svg:
        pen.text(title, TEXT.journeyTitle, row.box(0, INNER), top + 30, palette.text, {
          side: row.side,
        }) +
        pen.text(
          t("insights.sheet.subtitle", { date: formatDay(today) }),
          TEXT.journeySubtitle,
          row.box(0, INNER),
          top + 60,
          palette.muted,
          { side: row.side },
        ),
      height: 70,
    },
    20,
  );

  add(heading(pen, row, t("insights.satisfaction"), top), 8);
  const profile = satisfactionProfile(journey);
  add(satisfactionChart(pen, row, stages, profile, top));
  words.push(
    section(
      t("insights.satisfaction"),
      profile.map((p, i) =>
        t("insights.sheet.figure", {
          name: stages[i]!,
          value: p.average === null ? t("compare.notScored") : figure(p.average),
        }),
      ),
    ),
  );

  const targets = targetLines(journey, today);
  if (targets.length) {
    add(heading(pen, row, t("insights.targets"), top), 8);
    add(targetsTable(pen, row, targets, top));
    words.push(
      section(
        t("insights.targets"),
        targets.map((l) =>
          t("insights.sheet.target", {
            metric: l.metric,
            now: l.now,
            target: l.target,
            standing: l.words,
          }),
        ),
      ),
    );
  }

  const friction = frictionByStageAndChannel(journey);
  if (friction.length) {
    add(heading(pen, row, t("insights.frictionByChannel"), top), 8);
    const rows = friction.map((heat) => ({
      name: heat.channel ? channelLabel(t, heat.channel) : t("filter.noChannel"),
      cells: heat.cells,
    }));
    add(frictionGrid(pen, row, stages, rows, top));
    words.push(
      section(
        t("insights.frictionByChannel"),
        rows.map((r) =>
          t("insights.sheet.figure", {
            name: r.name,
            value: formatNumber(r.cells.reduce((sum, c) => sum + c.cardIds.length, 0)),
          }),
        ),
      ),
    );
  }

  const ranked = painPointsBySeverity(journey, PAIN_POINTS_SHOWN);
  if (ranked.length) {
    add(heading(pen, row, t("insights.painPoints"), top), 8);
    add(painPointList(pen, row, ranked, stageName, top));
    words.push(
      section(
        t("insights.painPoints"),
        ranked.map((r) =>
          t("insights.sheet.painPoint", {
            text: r.painPoint.text,
            severity: t(`severity.${r.painPoint.severity}`),
          }),
        ),
      ),
    );
  }

  const height = Math.ceil(top - 28 + MARGIN);
  const ratio = options.pixelRatio ?? 1;
  const description = words.join(t("insights.sheet.sentences"));
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SHEET_WIDTH * ratio}" height="${height * ratio}" viewBox="0 0 ${SHEET_WIDTH} ${height}" role="img">` +
    `<title>${xmlText(t("insights.title", { journey: title }))}</title>` +
    `<desc>${xmlText(description)}</desc>` +
    `<defs><style>${styleSheet(options.fontCss ?? "")}</style></defs>` +
    `<rect width="${SHEET_WIDTH}" height="${height}" fill="${palette.background ?? "#ffffff"}"/>` +
    parts.join("") +
    `</svg>`;
  return { svg, width: SHEET_WIDTH, height, description };
}
