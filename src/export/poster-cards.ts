import {
  worstSeverity,
  type CardBox,
  type ChannelRef,
  type DepartmentRef,
  type JourneyElement,
} from "../domain";
import { formatNumber, t } from "../i18n";
import {
  cardInsets,
  cardShape,
  commentMark,
  kindIcon,
  satisfactionFace,
  severityMark,
  VOTE_DOT_RADIUS,
  voteMark,
} from "./kind-shapes";
import { textDirection } from "./bidi";
import { mirrorIn, type Mirror } from "./mirror";
import type { MapPanel } from "./poster-plan";
import type { PosterPen } from "./poster-pen";
import { textWidth, wrapText } from "./text-layout";
import { CARD_TITLE_LINE_HEIGHT, CARD_TITLE_MAX_LINES, TEXT } from "./text-style";

/**
 * One card as the canvas shows it: its kind's shape, icon and label (so kinds are told apart
 * without colour), the title on up to three lines, and a row of badges.
 */
export function drawCard(
  pen: PosterPen,
  element: JourneyElement,
  box: CardBox,
  /** Comments under discussion on the card, when the export asks for them. */
  comments = 0,
): string {
  const p = pen.palette;
  const colors = p.kinds[element.kind];
  const insets = cardInsets(element.kind);
  const w = box.width;
  const h = box.height;
  const inner = { x: insets.left, width: w - insets.left - insets.right };
  // A right-to-left journey's cards read from the right: everything is placed from the start
  // edge and mirrored, the shape too (an action's arrow points the way the journey runs).
  const mirror = mirrorIn({ x: 0, width: w });
  const parts: string[] = [];
  const shape = cardShape(element.kind, w, h, colors);
  parts.push(mirror.flip(shape));
  parts.push(kindIcon(element.kind, mirror.box({ x: inner.x, width: 17 }).x, 9, 17, colors.accent));
  const label = t(`kind.${element.kind}`).toLocaleUpperCase();
  parts.push(
    pen.text(
      label,
      TEXT.kindLabel,
      mirror.box({ x: inner.x + 23, width: inner.width - 23 }),
      22,
      colors.accent,
    ),
  );
  const lines = wrapText(
    pen.measure,
    element.title,
    TEXT.cardTitle,
    inner.width,
    CARD_TITLE_MAX_LINES,
  );
  // One direction for every line, from the whole title: a second line starting with a Latin
  // word ("iOS)") still aligns as the Persian title does.
  const direction = textDirection(element.title);
  lines.forEach((line, i) =>
    parts.push(
      pen.text(
        line,
        TEXT.cardTitle,
        mirror.box(inner),
        46 + i * CARD_TITLE_LINE_HEIGHT,
        p.cardText,
        { fit: false, direction },
      ),
    ),
  );
  parts.push(badges(pen, element, comments, inner, h - 12 - insets.bottom / 2, mirror));
  return `<g transform="translate(${box.x} ${box.y})">${parts.join("")}</g>`;
}

/**
 * Every card of a panel as a plain box in its kind's colours, one path per kind: the preview of a
 * huge map, where each card is a few pixels and thousands of separate shapes cost the browser far
 * more to draw than they show.
 */
export function drawCardOutlines(pen: PosterPen, panel: MapPanel): string {
  const byKind = new Map<JourneyElement["kind"], string[]>();
  for (const box of panel.layout.cards.values()) {
    const kind = panel.journey.elements[box.id]?.kind;
    if (!kind) continue;
    const list = byKind.get(kind) ?? [];
    list.push(`M${box.x} ${box.y}h${box.width}v${box.height}h${-box.width}z`);
    byKind.set(kind, list);
  }
  return [...byKind]
    .map(([kind, rects]) => {
      const { fill, stroke } = pen.palette.kinds[kind];
      return `<path d="${rects.join("")}" fill="${fill}" stroke="${stroke}" stroke-width="3"/>`;
    })
    .join("");
}

/** Satisfaction, pain points, votes, comments, then the channel or owner in what room is left. */
function badges(
  pen: PosterPen,
  element: JourneyElement,
  comments: number,
  inner: { x: number; width: number },
  cy: number,
  mirror: Mirror,
): string {
  const p = pen.palette;
  const measure = pen.measure;
  const parts: string[] = [];
  let x = inner.x;
  const baseline = cy + 4.3;
  const end = inner.x + inner.width;
  if (element.satisfaction !== null) {
    parts.push(
      satisfactionFace(
        element.satisfaction,
        mirror.cx(x + 9),
        cy,
        9,
        p.satisfaction[element.satisfaction],
        p.faceInk,
      ),
    );
    const digit = formatNumber(element.satisfaction);
    parts.push(
      pen.text(digit, TEXT.badge, mirror.box({ x: x + 22, width: 12 }), baseline, p.cardText, {
        fit: false,
      }),
    );
    x += 22 + textWidth(measure, digit, TEXT.badge) + 12;
  }
  const worst = worstSeverity(element.painPoints);
  if (worst) {
    const color = p.severity[worst];
    parts.push(severityMark(worst, mirror.box({ x, width: 17 }).x, cy - 8.5, 17, color));
    const label = `${formatNumber(element.painPoints.length)} · ${t(`severity.${worst}`)}`;
    const width = Math.min(end - x - 21, textWidth(measure, label, TEXT.badge));
    parts.push(pen.text(label, TEXT.badge, mirror.box({ x: x + 21, width }), baseline, p.cardText));
    x += 21 + textWidth(measure, label, TEXT.badge) + 12;
  }
  if (element.votes > 0 && x + 30 < end) {
    parts.push(voteMark(mirror.cx(x + VOTE_DOT_RADIUS), cy, VOTE_DOT_RADIUS, p.voteFill));
    const votes = formatNumber(element.votes);
    const textX = x + VOTE_DOT_RADIUS * 2 + 5;
    const width = Math.min(end - textX, textWidth(measure, votes, TEXT.badge));
    parts.push(pen.text(votes, TEXT.badge, mirror.box({ x: textX, width }), baseline, p.cardText));
    x = textX + textWidth(measure, votes, TEXT.badge) + 12;
  }
  if (comments > 0 && x + 34 < end) {
    parts.push(commentMark(mirror.box({ x, width: 16 }).x, cy, 16, p.cardText));
    const count = formatNumber(comments);
    const textX = x + 21;
    const width = Math.min(end - textX, textWidth(measure, count, TEXT.badge));
    parts.push(pen.text(count, TEXT.badge, mirror.box({ x: textX, width }), baseline, p.cardText));
    x = textX + textWidth(measure, count, TEXT.badge) + 12;
  }
  const extra =
    element.kind !== "channel" && element.channel
      ? channelName(element.channel)
      : element.owner
        ? departmentName(element.owner)
        : "";
  if (extra && end - x > 36) {
    const text = pen.fit(extra, TEXT.badge, end - x);
    const width = textWidth(measure, text, TEXT.badge);
    parts.push(
      pen.text(text, TEXT.badge, mirror.box({ x: end - width, width }), baseline, p.cardMuted, {
        fit: false,
      }),
    );
  }
  return parts.join("");
}

function channelName(channel: ChannelRef): string {
  return channel.kind === "standard" ? t(`channel.${channel.id}`) : channel.name;
}

function departmentName(owner: DepartmentRef): string {
  return owner.kind === "standard" ? t(`department.${owner.id}`) : owner.name;
}
