import type { Satisfaction } from "../domain";
import { t } from "../i18n";
import type { Box, LegendItem } from "./geometry";
import {
  cardShape,
  kindIcon,
  satisfactionFace,
  severityMark,
  VOTE_DOT_RADIUS,
  voteMark,
} from "./kind-shapes";
import { mirrorIn, type Mirror } from "./mirror";
import type { PosterPen } from "./poster-pen";
import { textWidth } from "./text-layout";
import { TEXT } from "./text-style";
import { num } from "./xml";

/**
 * The legend under the map: each kind's card outline and icon with its name, the satisfaction
 * faces, the pain point severities and, when a card shows votes, their dot, so a printed or
 * grayscale image can still be read.
 */
export function drawLegend(pen: PosterPen, legend: Box & { items: LegendItem[] }): string {
  const p = pen.palette;
  const out = [
    `<rect x="${legend.x}" y="${legend.y}" width="${legend.width}" height="${legend.height}" rx="12" fill="${p.legendFill}" stroke="${p.grid}"/>`,
  ];
  // Laid out from the start edge; a right-to-left language reads it, and each item, from the right.
  const mirror = mirrorIn(legend);
  for (const item of legend.items) out.push(legendItem(pen, item, mirror));
  return out.join("");
}

function legendItem(pen: PosterPen, item: LegendItem, mirror: Mirror): string {
  const p = pen.palette;
  const measure = pen.measure;
  // Each label's box is as wide as the label, so right-to-left text (aligned to its box's far
  // edge) still sits next to its mark rather than drifting to the next item's.
  const fitted = (label: string, room: number) =>
    Math.min(room, textWidth(measure, label, TEXT.legend));
  const cy = item.y + item.height / 2;
  const baseline = cy + 5;
  if (item.id === "satisfaction") {
    const label = t("export.legend.satisfaction");
    const labelWidth = Math.min(textWidth(measure, label, TEXT.legend), item.width - 130);
    let svg = pen.text(
      label,
      TEXT.legend,
      mirror.box({ x: item.x, width: labelWidth }),
      baseline,
      p.text,
    );
    ([1, 2, 3, 4, 5] as Satisfaction[]).forEach((score, i) => {
      svg += satisfactionFace(
        score,
        mirror.cx(item.x + labelWidth + 20 + i * 22),
        cy,
        9,
        p.satisfaction[score],
        p.faceInk,
      );
    });
    return svg;
  }
  if (item.id === "severity") {
    const label = t("export.legend.painPoints");
    let x = item.x;
    const labelWidth = Math.min(120, textWidth(measure, label, TEXT.legend));
    let svg = pen.text(label, TEXT.legend, mirror.box({ x, width: labelWidth }), baseline, p.text);
    x += labelWidth + 12;
    for (const severity of ["low", "medium", "high"] as const) {
      svg += severityMark(
        severity,
        mirror.box({ x, width: 16 }).x,
        cy - 8,
        16,
        p.severity[severity],
      );
      const name = t(`severity.${severity}`);
      const nameWidth = Math.min(80, textWidth(measure, name, TEXT.legend));
      svg += pen.text(
        name,
        TEXT.legend,
        mirror.box({ x: x + 20, width: nameWidth }),
        baseline,
        p.text,
      );
      x += 20 + nameWidth + 12;
    }
    return svg;
  }
  if (item.id === "votes") {
    const r = VOTE_DOT_RADIUS;
    return (
      voteMark(mirror.cx(item.x + r), cy, r, p.voteFill) +
      pen.text(
        t("export.legend.votes"),
        TEXT.legend,
        mirror.box({
          x: item.x + r * 2 + 8,
          width: fitted(t("export.legend.votes"), item.width - r * 2 - 16),
        }),
        baseline,
        p.text,
      )
    );
  }
  const kind = item.id;
  const colors = p.kinds[kind];
  // The card's own outline, drawn at half size so its details keep their proportions.
  const swatch = `<g transform="translate(${item.x} ${num(cy - 13)}) scale(0.46)">${cardShape(kind, 108, 56, colors)}</g>`;
  return (
    mirror.flip(swatch) +
    kindIcon(kind, mirror.box({ x: item.x + 16, width: 17 }).x, cy - 8.5, 17, colors.accent) +
    pen.text(
      t(`kind.${kind}`),
      TEXT.legend,
      mirror.box({ x: item.x + 58, width: fitted(t(`kind.${kind}`), item.width - 66) }),
      baseline,
      p.text,
    )
  );
}
