import type { ElementKind, Satisfaction, Severity } from "../domain";
import type { KindColors } from "./palette";
import { num } from "./xml";

/**
 * Each kind of card has its own outline and icon as well as its colour, so kinds are told apart
 * in grayscale print and by colour-blind readers:
 *   touchpoint   rounded box, target icon
 *   channel      square box with a thick bar on the leading edge, signal icon
 *   friction     corners cut off (an octagon), heavier border, warning triangle
 *   delight      double border, star
 *   action       box pointing forward like an arrow, arrow icon
 *   thought      speech bubble with a tail, bubble icon
 *   opportunity  dashed border, light bulb
 *   note         folded top corner, note icon
 * Icons are drawn on a 24-unit grid with round strokes, in the spirit of lucide.
 */

const ICONS: Record<ElementKind, string> = {
  touchpoint: '<circle cx="12" cy="12" r="8.5"/><circle cx="12" cy="12" r="3" fill-opacity="1"/>',
  channel:
    '<circle cx="12" cy="12" r="1.8"/><path d="M8.6 8.6a4.8 4.8 0 0 0 0 6.8M15.4 8.6a4.8 4.8 0 0 1 0 6.8M5.7 5.7a8.9 8.9 0 0 0 0 12.6M18.3 5.7a8.9 8.9 0 0 1 0 12.6"/>',
  frictionPoint: '<path d="M12 3.2 21.6 20H2.4Z"/><path d="M12 9.5v4.6M12 17.1v.2"/>',
  momentOfDelight:
    '<path d="M12 2.8l2.8 5.8 6.4.9-4.6 4.5 1.1 6.3L12 17.3l-5.7 3 1.1-6.3-4.6-4.5 6.4-.9Z"/>',
  customerAction: '<path d="M4 12h15M13 6l6 6-6 6"/>',
  thought: '<path d="M4 5.5h16v10.5H10l-5 4v-4H4Z"/>',
  opportunity:
    '<path d="M9 18.2h6M10 21.2h4M12 2.8a6.2 6.2 0 0 0-3.9 11c.7.6 1 1.4 1 2.3v.1h5.8v-.1c0-.9.3-1.7 1-2.3A6.2 6.2 0 0 0 12 2.8Z"/>',
  note: '<path d="M5 3h14v12l-6 6H5Z"/><path d="M13 21v-6h6M8.5 8h7M8.5 11.5h5"/>',
};

/** A kind's icon at (x, y), `size` units square. */
export function kindIcon(kind: ElementKind, x: number, y: number, size: number, color: string) {
  const s = size / 24;
  return `<g transform="translate(${num(x)} ${num(y)}) scale(${num(s)})" fill="none" stroke="${color}" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${ICONS[kind].replace('fill-opacity="1"', `fill="${color}"`)}</g>`;
}

/** Where text may go inside a card of this kind (its outline eats into some edges). */
export function cardInsets(kind: ElementKind): { left: number; right: number; bottom: number } {
  switch (kind) {
    case "channel":
      return { left: 18, right: 12, bottom: 0 };
    case "customerAction":
      return { left: 12, right: 24, bottom: 0 };
    case "thought":
      return { left: 12, right: 12, bottom: 8 };
    case "frictionPoint":
      return { left: 14, right: 14, bottom: 0 };
    default:
      return { left: 12, right: 12, bottom: 0 };
  }
}

/** The outline of a card of this kind, `w` by `h`, at the origin. */
export function cardShape(kind: ElementKind, w: number, h: number, colors: KindColors): string {
  const fill = `fill="${colors.fill}"`;
  const stroke = `stroke="${colors.stroke}"`;
  switch (kind) {
    case "touchpoint":
      return `<rect x="1" y="1" width="${num(w - 2)}" height="${num(h - 2)}" rx="12" ${fill} ${stroke} stroke-width="2"/>`;
    case "channel":
      return (
        `<rect x="1" y="1" width="${num(w - 2)}" height="${num(h - 2)}" rx="3" ${fill} ${stroke} stroke-width="1.5"/>` +
        `<rect x="1" y="1" width="7" height="${num(h - 2)}" rx="2" fill="${colors.stroke}"/>`
      );
    case "frictionPoint": {
      const c = 16;
      const d = `M${c} 1.5H${num(w - c)}L${num(w - 1.5)} ${c}V${num(h - c)}L${num(w - c)} ${num(h - 1.5)}H${c}L1.5 ${num(h - c)}V${c}Z`;
      return `<path d="${d}" ${fill} ${stroke} stroke-width="3" stroke-linejoin="round"/>`;
    }
    case "momentOfDelight":
      return (
        `<rect x="1" y="1" width="${num(w - 2)}" height="${num(h - 2)}" rx="14" ${fill} ${stroke} stroke-width="2"/>` +
        `<rect x="5" y="5" width="${num(w - 10)}" height="${num(h - 10)}" rx="10" fill="none" ${stroke} stroke-width="1"/>`
      );
    case "customerAction": {
      const tip = 18;
      const d = `M7 1H${num(w - tip)}L${num(w - 1)} ${num(h / 2)}L${num(w - tip)} ${num(h - 1)}H7Q1 ${num(h - 1)} 1 ${num(h - 7)}V7Q1 1 7 1Z`;
      return `<path d="${d}" ${fill} ${stroke} stroke-width="2" stroke-linejoin="round"/>`;
    }
    case "thought": {
      const body = h - 10;
      const r = 18;
      const d =
        `M${r} 1H${num(w - r)}Q${num(w - 1)} 1 ${num(w - 1)} ${r}V${num(body - r)}Q${num(w - 1)} ${num(body)} ${num(w - r)} ${num(body)}` +
        `H46L30 ${num(h - 1)}L32 ${num(body)}H${r}Q1 ${num(body)} 1 ${num(body - r)}V${r}Q1 1 ${r} 1Z`;
      return `<path d="${d}" ${fill} ${stroke} stroke-width="2" stroke-linejoin="round"/>`;
    }
    case "opportunity":
      return `<rect x="1.5" y="1.5" width="${num(w - 3)}" height="${num(h - 3)}" rx="12" ${fill} ${stroke} stroke-width="2.5" stroke-dasharray="9 6"/>`;
    case "note": {
      const fold = 22;
      const d = `M2 1H${num(w - fold)}L${num(w - 1)} ${fold}V${num(h - 2)}Q${num(w - 1)} ${num(h - 1)} ${num(w - 2)} ${num(h - 1)}H2Q1 ${num(h - 1)} 1 ${num(h - 2)}V2Q1 1 2 1Z`;
      const flap = `M${num(w - fold)} 1V${num(fold - 4)}Q${num(w - fold)} ${fold} ${num(w - fold + 4)} ${fold}H${num(w - 1)}`;
      return (
        `<path d="${d}" ${fill} ${stroke} stroke-width="1.5" stroke-linejoin="round"/>` +
        `<path d="${flap}" fill="${colors.stroke}" fill-opacity="0.25" ${stroke} stroke-width="1.5" stroke-linejoin="round"/>`
      );
    }
  }
}

/**
 * A satisfaction face, `r` radius, centred at (cx, cy): the mouth curves from a frown (1) to a
 * smile (5), so the score reads without colour.
 */
export function satisfactionFace(
  score: Satisfaction,
  cx: number,
  cy: number,
  r: number,
  fill: string,
  ink: string,
  ring?: string,
): string {
  const eyeY = cy - r * 0.28;
  const eyeDx = r * 0.36;
  const eyeR = Math.max(0.8, r * 0.13);
  const mouthY = cy + r * 0.36;
  const half = r * 0.45;
  const bend = ((score - 3) / 2) * r * 0.38;
  const mouth =
    score === 3
      ? `M${num(cx - half)} ${num(mouthY)}H${num(cx + half)}`
      : `M${num(cx - half)} ${num(mouthY - bend / 2)}Q${num(cx)} ${num(mouthY + bend * 1.1)} ${num(cx + half)} ${num(mouthY - bend / 2)}`;
  return (
    `<circle cx="${num(cx)}" cy="${num(cy)}" r="${num(r)}" fill="${fill}"${ring ? ` stroke="${ring}" stroke-width="${num(Math.max(1.5, r * 0.2))}"` : ""}/>` +
    `<circle cx="${num(cx - eyeDx)}" cy="${num(eyeY)}" r="${num(eyeR)}" fill="${ink}"/>` +
    `<circle cx="${num(cx + eyeDx)}" cy="${num(eyeY)}" r="${num(eyeR)}" fill="${ink}"/>` +
    `<path d="${mouth}" fill="none" stroke="${ink}" stroke-width="${num(Math.max(1, r * 0.16))}" stroke-linecap="round"/>`
  );
}

/** A small warning triangle for pain points; a heavier one the worse the severity. */
export function severityMark(
  severity: Severity,
  x: number,
  y: number,
  size: number,
  color: string,
) {
  const s = size / 24;
  const bars = severity === "high" ? 3 : severity === "medium" ? 2 : 1;
  return (
    `<g transform="translate(${num(x)} ${num(y)}) scale(${num(s)})">` +
    `<path d="M12 2.5 22.5 21H1.5Z" fill="${color}" stroke="${color}" stroke-width="1.5" stroke-linejoin="round"/>` +
    `<path d="M12 ${bars === 3 ? 8 : bars === 2 ? 10 : 12}v5.5M12 17.3v.3" stroke="#ffffff" stroke-width="2.6" stroke-linecap="round"/>` +
    `</g>`
  );
}

/** The radius of the votes' dot, on cards and in the legend. */
export const VOTE_DOT_RADIUS = 5.5;

/**
 * A filled dot for votes, as a dot-voting sticker: round, plain and smaller than a satisfaction
 * face, so it is never taken for a pain point's warning triangle, even in grayscale print.
 */
/** A speech bubble (a card's comments): outlined, so it reads apart from a vote's filled dot. */
export function commentMark(x: number, cy: number, size: number, color: string) {
  const h = size * 0.72;
  const top = cy - size / 2;
  const bottom = top + h;
  const d =
    `M${num(x)} ${num(top)}H${num(x + size)}V${num(bottom)}H${num(x + size * 0.45)}` +
    `L${num(x + size * 0.22)} ${num(bottom + size * 0.3)}V${num(bottom)}H${num(x)}Z`;
  return `<path class="comment" d="${d}" fill="none" stroke="${color}" stroke-width="1.8" stroke-linejoin="round"/>`;
}

export function voteMark(cx: number, cy: number, r: number, color: string) {
  return `<circle class="vote" cx="${num(cx)}" cy="${num(cy)}" r="${num(r)}" fill="${color}"/>`;
}
