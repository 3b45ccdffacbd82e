import type { HeatRow, RankedPainPoint, StageProfile } from "../domain";
import { formatNumber, t } from "../i18n";
import type { PosterPen } from "./poster-pen";
import { wrapText } from "./text-layout";
import { TEXT } from "./text-style";
import { num } from "./xml";

/**
 * The parts of the insights sheet (insights-sheet.ts), each drawn from data at a given top and
 * returning its SVG and height. Every box goes through `Row.box`, which mirrors it when the sheet
 * runs right to left, so a Persian sheet reads from the right like its map.
 */

export const SHEET_WIDTH = 1600;
export const MARGIN = 56;
export const INNER = SHEET_WIDTH - 2 * MARGIN;

export interface Part {
  svg: string;
  height: number;
}

export class Row {
  constructor(readonly rtl: boolean) {}
  /** The edge text keeps to in a column: the sheet's start. */
  get side(): "left" | "right" {
    return this.rtl ? "right" : "left";
  }
  /** A box at `x` from the sheet's start edge, `width` wide, in sheet coordinates. */
  box(x: number, width: number): { x: number; width: number } {
    return { x: this.rtl ? SHEET_WIDTH - MARGIN - x - width : MARGIN + x, width };
  }
  /** A point at `x` from the start edge. */
  at(x: number): number {
    return this.rtl ? SHEET_WIDTH - MARGIN - x : MARGIN + x;
  }
}

const figure = (value: number) => formatNumber(value, { maximumFractionDigits: 1 });

/** A section's heading and its rule. */
export function heading(pen: PosterPen, row: Row, text: string, top: number): Part {
  const svg =
    pen.text(text, TEXT.personaName, row.box(0, INNER), top + 26, pen.palette.text, {
      side: row.side,
    }) +
    `<rect x="${MARGIN}" y="${num(top + 38)}" width="${INNER}" height="2" fill="${pen.palette.gridStrong}"/>`;
  return { svg, height: 58 };
}

/**
 * Satisfaction by stage: for each stage its average as a dot with the value beside it, and its
 * lowest to highest score as a bar; a stage no touchpoint scores says so instead of showing 0.
 */
export function satisfactionChart(
  pen: PosterPen,
  row: Row,
  stages: readonly string[],
  profile: readonly StageProfile[],
  top: number,
): Part {
  const { palette } = pen;
  const axis = 56;
  const plotTop = top + 12;
  const plotHeight = 240;
  const y = (score: number) => plotTop + plotHeight - ((score - 1) / 4) * plotHeight;
  const band = (INNER - axis) / Math.max(1, stages.length);
  const parts: string[] = [];
  for (let score = 1; score <= 5; score++) {
    parts.push(
      `<rect x="${MARGIN}" y="${num(y(score))}" width="${INNER}" height="1" fill="${palette.grid}"/>`,
      pen.text(
        formatNumber(score),
        TEXT.legend,
        row.box(0, axis - 16),
        y(score) + 5,
        palette.muted,
        { side: row.side },
      ),
    );
  }
  const points: string[] = [];
  profile.forEach((stage, i) => {
    const box = row.box(axis + i * band, band);
    const centre = box.x + band / 2;
    if (stage.average === null || stage.lowest === null || stage.highest === null) {
      parts.push(
        pen.text(t("insights.unscored"), TEXT.legend, box, y(3) + 5, palette.muted, {
          align: "middle",
        }),
      );
    } else {
      const top = y(stage.highest);
      const height = Math.max(6, y(stage.lowest) - top);
      parts.push(
        `<rect x="${num(centre - 9)}" y="${num(top - 3)}" width="18" height="${num(height + 6)}" rx="9" fill="${palette.stageHeaderFill}" stroke="${palette.gridStrong}"/>`,
        `<circle cx="${num(centre)}" cy="${num(y(stage.average))}" r="9" fill="${palette.curve}" stroke="${palette.background ?? "#ffffff"}" stroke-width="3"/>`,
        pen.text(
          figure(stage.average),
          TEXT.stageName,
          { x: centre + 22, width: band / 2 - 24 },
          y(stage.average) + 6,
          palette.text,
          { direction: "ltr" },
        ),
      );
      points.push(`${num(centre)},${num(y(stage.average))}`);
    }
    const lines = wrapText(pen.measure, stages[i]!, TEXT.stageNameSmall, band - 12, 2);
    lines.forEach((line, n) =>
      parts.push(
        pen.text(
          line,
          TEXT.stageNameSmall,
          { x: box.x + 6, width: band - 12 },
          plotTop + plotHeight + 30 + n * 20,
          palette.text,
          { align: "middle", fit: n === lines.length - 1 },
        ),
      ),
    );
    if (stage.unscored > 0 && stage.scored > 0)
      parts.push(
        pen.text(
          t("insights.sheet.unscoredCount", { count: stage.unscored }),
          TEXT.laneNote,
          { x: box.x + 6, width: band - 12 },
          plotTop + plotHeight + 30 + lines.length * 20,
          palette.muted,
          { align: "middle" },
        ),
      );
  });
  // The line joins stages scored next to each other only: a gap stays a gap.
  const line =
    points.length > 1
      ? `<polyline points="${points.join(" ")}" fill="none" stroke="${palette.curve}" stroke-width="3" stroke-dasharray="2 6" stroke-linecap="round"/>`
      : "";
  return { svg: line + parts.join(""), height: plotHeight + 100 };
}

export type Standing = "met" | "short" | "late" | "unmeasured";

/** A standing's mark: told apart by shape as well as colour. */
function standingMark(pen: PosterPen, standing: Standing, x: number, y: number): string {
  const colour = {
    met: "#166534",
    short: "#b42318",
    late: "#b42318",
    unmeasured: pen.palette.muted,
  }[standing];
  switch (standing) {
    case "met":
      return `<circle cx="${num(x)}" cy="${num(y)}" r="9" fill="${colour}"/><path d="M${num(x - 4.5)} ${num(y)}l3 3.5l6-7" fill="none" stroke="#ffffff" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round"/>`;
    case "short":
      return `<path d="M${num(x)} ${num(y - 10)}L${num(x + 10)} ${num(y + 8)}L${num(x - 10)} ${num(y + 8)}Z" fill="${colour}"/><rect x="${num(x - 1.2)}" y="${num(y - 4)}" width="2.4" height="7" fill="#ffffff"/>`;
    case "late":
      return `<circle cx="${num(x)}" cy="${num(y)}" r="9" fill="none" stroke="${colour}" stroke-width="2.4"/><path d="M${num(x)} ${num(y - 5)}V${num(y)}H${num(x + 4)}" fill="none" stroke="${colour}" stroke-width="2.2"/>`;
    default:
      return `<circle cx="${num(x)}" cy="${num(y)}" r="8" fill="none" stroke="${colour}" stroke-width="2" stroke-dasharray="3 3"/>`;
  }
}

export interface TargetLine {
  metric: string;
  now: string;
  target: string;
  by: string;
  standing: Standing;
  words: string;
}

/** The targets as a table: metric, where it is now, the goal, by when, and where it stands. */
export function targetsTable(
  pen: PosterPen,
  row: Row,
  lines: readonly TargetLine[],
  top: number,
): Part {
  const { palette } = pen;
  const columns = [
    { x: 0, width: 430, label: t("insights.metric") },
    { x: 440, width: 260, label: t("insights.targetNow") },
    { x: 710, width: 200, label: t("insights.target") },
    { x: 920, width: 240, label: t("insights.targetBy") },
    { x: 1170, width: INNER - 1170, label: t("insights.targetStanding") },
  ];
  const parts = columns.map((c) =>
    pen.text(c.label, TEXT.sectionLabel, row.box(c.x, c.width), top + 18, palette.muted, {
      side: row.side,
    }),
  );
  lines.forEach((line, i) => {
    const base = top + 58 + i * 40;
    if (i % 2 === 0)
      parts.push(
        `<rect x="${MARGIN}" y="${num(base - 27)}" width="${INNER}" height="40" fill="${palette.laneStripe}"/>`,
      );
    const cells = [line.metric, line.now, line.target, line.by];
    cells.forEach((text, n) =>
      parts.push(
        pen.text(
          text,
          n === 0 ? TEXT.laneName : TEXT.legend,
          row.box(columns[n]!.x, columns[n]!.width),
          base,
          palette.text,
          { side: row.side },
        ),
      ),
    );
    const standing = columns[4]!;
    parts.push(
      standingMark(pen, line.standing, row.at(standing.x + 10), base - 5),
      pen.text(
        line.words,
        TEXT.laneName,
        row.box(standing.x + 28, standing.width - 28),
        base,
        palette.text,
        { side: row.side },
      ),
    );
  });
  return { svg: parts.join(""), height: 40 + lines.length * 40 };
}

/**
 * Friction by stage and channel: a cell per stage and channel with its count of cards with
 * friction, shaded by the count, and its worst pain point named in words, not by colour alone.
 */
export function frictionGrid(
  pen: PosterPen,
  row: Row,
  stages: readonly string[],
  rows: readonly { name: string; cells: HeatRow["cells"] }[],
  top: number,
): Part {
  const { palette } = pen;
  const label = 260;
  const width = (INNER - label) / Math.max(1, stages.length);
  const most = Math.max(1, ...rows.flatMap((r) => r.cells.map((c) => c.cardIds.length)));
  const parts: string[] = [];
  stages.forEach((stage, i) =>
    parts.push(
      pen.text(
        stage,
        TEXT.sectionLabel,
        row.box(label + i * width + 6, width - 12),
        top + 18,
        palette.muted,
        {
          align: "middle",
        },
      ),
    ),
  );
  rows.forEach((heat, r) => {
    const base = top + 34 + r * 52;
    parts.push(
      pen.text(heat.name, TEXT.laneName, row.box(0, label - 12), base + 31, palette.text, {
        side: row.side,
      }),
    );
    heat.cells.forEach((cell, i) => {
      const box = row.box(label + i * width + 3, width - 6);
      const count = cell.cardIds.length;
      const shade = count ? 0.12 + 0.6 * (count / most) : 0;
      parts.push(
        `<rect x="${num(box.x)}" y="${num(base)}" width="${num(box.width)}" height="46" rx="6" fill="${count ? "#c2410c" : palette.laneStripe}" fill-opacity="${count ? num(shade) : 1}"/>`,
      );
      if (!count) return;
      parts.push(
        pen.text(formatNumber(count), TEXT.stageName, box, base + 24, palette.text, {
          align: "middle",
        }),
        cell.worst
          ? pen.text(t(`severity.${cell.worst}`), TEXT.laneNote, box, base + 40, palette.text, {
              align: "middle",
            })
          : "",
      );
    });
  });
  return { svg: parts.join(""), height: 44 + rows.length * 52 };
}

/** The pain points that hurt most, one per line: severity, text, card and votes. */
export function painPointList(
  pen: PosterPen,
  row: Row,
  ranked: readonly RankedPainPoint[],
  stageName: (stageId: string) => string,
  top: number,
): Part {
  const { palette } = pen;
  const parts = ranked.map(({ painPoint, element, votes }, i) => {
    const base = top + 28 + i * 40;
    const colour = palette.severity[painPoint.severity];
    const where = `${element.title.trim() || t("card.untitled")}${t("insights.comma")}${stageName(element.stageId)}`;
    return (
      `<rect x="${num(row.box(0, 96).x)}" y="${num(base - 20)}" width="96" height="28" rx="14" fill="${colour}" fill-opacity="0.2" stroke="${colour}"/>` +
      pen.text(
        t(`severity.${painPoint.severity}`),
        TEXT.badge,
        row.box(0, 96),
        base,
        palette.text,
        {
          align: "middle",
        },
      ) +
      pen.text(painPoint.text, TEXT.laneName, row.box(116, 640), base, palette.text, {
        side: row.side,
      }) +
      pen.text(where, TEXT.legend, row.box(776, 560), base, palette.muted, { side: row.side }) +
      pen.text(
        t("card.describe.votes", { count: votes }),
        TEXT.legend,
        row.box(1356, INNER - 1356),
        base,
        palette.muted,
        { side: row.side },
      )
    );
  });
  return { svg: parts.join(""), height: 20 + ranked.length * 40 };
}
