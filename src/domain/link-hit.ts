import type { LinkRoute, Side } from "./link-route";

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A cubic curve: start, two control points, end. */
export interface LinkCurve {
  x1: number;
  y1: number;
  c1x: number;
  c1y: number;
  c2x: number;
  c2y: number;
  x2: number;
  y2: number;
}

const CURVATURE = 0.25;

// React Flow's bezier edge: the control point runs half the distance out of the side, or, when
// the other end is behind that side, a curvature-scaled loop. Kept identical so the hit area lies
// on the drawn arrow.
function controlOffset(distance: number): number {
  return distance >= 0 ? 0.5 * distance : CURVATURE * 25 * Math.sqrt(-distance);
}

function control(side: Side, x1: number, y1: number, x2: number, y2: number): [number, number] {
  switch (side) {
    case "left":
      return [x1 - controlOffset(x1 - x2), y1];
    case "right":
      return [x1 + controlOffset(x2 - x1), y1];
    case "top":
      return [x1, y1 - controlOffset(y1 - y2)];
    case "bottom":
      return [x1, y1 + controlOffset(y2 - y1)];
  }
}

export function linkCurve(route: LinkRoute): LinkCurve {
  const [c1x, c1y] = control(route.from, route.x1, route.y1, route.x2, route.y2);
  const [c2x, c2y] = control(route.to, route.x2, route.y2, route.x1, route.y1);
  return { x1: route.x1, y1: route.y1, c1x, c1y, c2x, c2y, x2: route.x2, y2: route.y2 };
}

export function curvePath(c: LinkCurve): string {
  return `M${c.x1},${c.y1} C${c.c1x},${c.c1y} ${c.c2x},${c.c2y} ${c.x2},${c.y2}`;
}

/** The box that holds the whole curve (a cubic lies inside its control points' hull). */
export function curveBounds(c: LinkCurve): Box {
  const x = Math.min(c.x1, c.c1x, c.c2x, c.x2);
  const y = Math.min(c.y1, c.c1y, c.c2y, c.y2);
  return {
    x,
    y,
    width: Math.max(c.x1, c.c1x, c.c2x, c.x2) - x,
    height: Math.max(c.y1, c.c1y, c.c2y, c.y2) - y,
  };
}

export function pointAt(c: LinkCurve, t: number): [number, number] {
  const u = 1 - t;
  const a = u * u * u;
  const b = 3 * u * u * t;
  const d = 3 * u * t * t;
  const e = t * t * t;
  return [a * c.x1 + b * c.c1x + d * c.c2x + e * c.x2, a * c.y1 + b * c.c1y + d * c.c2y + e * c.y2];
}

/** Map units between samples of the curve, before each edge of the hit area is refined. */
const STEP = 6;

/**
 * The parts of an arrow's hit area that lie off the cards, as an SVG path of polylines: a stroke
 * `width` wide along it never reaches into any of `cards`, so wherever the arrow passes over a
 * card, a click there is the card's (and within half the stroke's width of a card, too). Empty
 * when the whole arrow lies over cards.
 */
export function linkHitPath(c: LinkCurve, cards: readonly Box[], width: number): string {
  const margin = width / 2;
  const inCard = (t: number) => {
    const [x, y] = pointAt(c, t);
    return cards.some(
      (b) =>
        x > b.x - margin &&
        x < b.x + b.width + margin &&
        y > b.y - margin &&
        y < b.y + b.height + margin,
    );
  };
  // Where between an outside sample and an inside one the curve meets a card, to a tenth of a step.
  const edge = (outside: number, inside: number) => {
    for (let i = 0; i < 6; i++) {
      const mid = (outside + inside) / 2;
      if (inCard(mid)) inside = mid;
      else outside = mid;
    }
    return outside;
  };
  const length =
    Math.hypot(c.c1x - c.x1, c.c1y - c.y1) +
    Math.hypot(c.c2x - c.c1x, c.c2y - c.c1y) +
    Math.hypot(c.x2 - c.c2x, c.y2 - c.c2y);
  const samples = Math.max(2, Math.min(400, Math.ceil(length / STEP)));
  const at = (t: number) => {
    const [x, y] = pointAt(c, t);
    return `${Math.round(x * 10) / 10},${Math.round(y * 10) / 10}`;
  };
  let d = "";
  let run: string[] = [];
  let previous = -1;
  let wasInside = true;
  for (let i = 0; i <= samples; i++) {
    const t = i / samples;
    const inside = inCard(t);
    if (!inside && wasInside) run = [at(previous < 0 ? t : edge(t, previous))];
    if (!inside) run.push(at(t));
    if (inside && !wasInside) {
      run.push(at(edge(previous, t)));
      d += `M${run.join("L")}`;
    }
    wasInside = inside;
    previous = t;
  }
  if (!wasInside) d += `M${run.join("L")}`;
  return d;
}
