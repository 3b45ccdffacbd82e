import { linkRoute, type CardBox, type Journey, type JourneyLayout, type Link } from "../domain";
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
    paths.push(
      `<path d="${linkPath(from, to)}" fill="none" stroke="${pen.palette.link}" ${LINK_STYLE[link.kind]} marker-end="url(#wm-arrow)"/>`,
    );
  }
  return paths.join("");
}

/**
 * The arrows of a very large map's preview (see drawCardOutlines): one path per kind of arrow and
 * no heads, which a preview that small cannot show. Two thousand arrows each with its own head
 * took the browser 80 ms to paint in one go, and held the page that long.
 */
export function drawLinkOutlines(pen: PosterPen, layout: JourneyLayout, journey: Journey): string {
  const byKind = new Map<Link["kind"], string[]>();
  for (const link of Object.values(journey.links)) {
    const from = layout.cards.get(link.from);
    const to = layout.cards.get(link.to);
    if (!from || !to || from === to) continue;
    const list = byKind.get(link.kind) ?? [];
    list.push(linkPath(from, to));
    byKind.set(link.kind, list);
  }
  return [...byKind]
    .map(
      ([kind, ds]) =>
        `<path d="${ds.join("")}" fill="none" stroke="${pen.palette.link}" ${LINK_STYLE[kind]}/>`,
    )
    .join("");
}

const LINK_STYLE: Record<Link["kind"], string> = {
  flow: `stroke-width="2"`,
  relates: `stroke-width="2" stroke-dasharray="7 5"`,
  causes: `stroke-width="2.75"`,
};

/** An arrow from one card to another, by the route the canvas draws (see `linkRoute`). */
export function linkPath(a: CardBox, b: CardBox): string {
  const { x1, y1, x2, y2, from } = linkRoute(a, b, 1.5);
  const horizontal = from === "left" || from === "right";
  const bend = Math.max(24, (horizontal ? Math.abs(x2 - x1) : Math.abs(y2 - y1)) / 2);
  const c1 = horizontal
    ? [x1 + Math.sign(x2 - x1) * bend, y1]
    : [x1, y1 + Math.sign(y2 - y1) * bend];
  const c2 = horizontal
    ? [x2 - Math.sign(x2 - x1) * bend, y2]
    : [x2, y2 - Math.sign(y2 - y1) * bend];
  return `M${num(x1)} ${num(y1)}C${num(c1[0]!)} ${num(c1[1]!)} ${num(c2[0]!)} ${num(c2[1]!)} ${num(x2)} ${num(y2)}`;
}
