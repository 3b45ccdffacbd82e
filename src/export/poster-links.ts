import type { CardBox, Journey, JourneyLayout } from "../domain";
import type { PosterPen } from "./poster-pen";
import { num } from "./xml";

/**
 * Links between cards as arrows, drawn under the cards. Styled as on the canvas: "causes" bold,
 * "relates" dashed. A link whose other end is not on this panel is left out.
 */
export function drawLinks(pen: PosterPen, layout: JourneyLayout, journey: Journey): string {
  const paths: string[] = [];
  for (const link of Object.values(journey.links)) {
    const from = layout.cards.get(link.from);
    const to = layout.cards.get(link.to);
    if (!from || !to || from === to) continue;
    const d = linkPath(from, to);
    const style =
      link.kind === "relates"
        ? `stroke-width="2" stroke-dasharray="7 5"`
        : link.kind === "causes"
          ? `stroke-width="2.75"`
          : `stroke-width="2"`;
    paths.push(
      `<path d="${d}" fill="none" stroke="${pen.palette.link}" ${style} marker-end="url(#wm-arrow)"/>`,
    );
  }
  return paths.join("");
}

/** An arrow from one card to another: top to bottom when they share columns, else side to side. */
export function linkPath(a: CardBox, b: CardBox): string {
  const gap = 1.5;
  const overlapX = a.x < b.x + b.width && b.x < a.x + a.width;
  let x1: number, y1: number, x2: number, y2: number, horizontal: boolean;
  if (overlapX) {
    horizontal = false;
    x1 = a.x + a.width / 2;
    x2 = b.x + b.width / 2;
    if (b.y > a.y) {
      y1 = a.y + a.height + gap;
      y2 = b.y - gap;
    } else {
      y1 = a.y - gap;
      y2 = b.y + b.height + gap;
    }
  } else {
    horizontal = true;
    y1 = a.y + a.height / 2;
    y2 = b.y + b.height / 2;
    if (b.x > a.x) {
      x1 = a.x + a.width + gap;
      x2 = b.x - gap;
    } else {
      x1 = a.x - gap;
      x2 = b.x + b.width + gap;
    }
  }
  const bend = Math.max(24, (horizontal ? Math.abs(x2 - x1) : Math.abs(y2 - y1)) / 2);
  const c1 = horizontal
    ? [x1 + Math.sign(x2 - x1) * bend, y1]
    : [x1, y1 + Math.sign(y2 - y1) * bend];
  const c2 = horizontal
    ? [x2 - Math.sign(x2 - x1) * bend, y2]
    : [x2, y2 - Math.sign(y2 - y1) * bend];
  return `M${num(x1)} ${num(y1)}C${num(c1[0]!)} ${num(c1[1]!)} ${num(c2[0]!)} ${num(c2[1]!)} ${num(x2)} ${num(y2)}`;
}
