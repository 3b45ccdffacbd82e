/** A card's box, as the layout (or the canvas, mid-drag) places it. */
interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Which side of a card an arrow leaves or enters by. */
export type Side = "left" | "right" | "top" | "bottom";

export interface LinkRoute {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  from: Side;
  to: Side;
}

/**
 * Where an arrow between two cards leaves and enters: by the sides that face each other, so it
 * crosses the gap between them rather than the cards around them. Cards that share columns (one
 * above the other, in one stage) are joined top to bottom, going down or up, never around; others
 * side to side, whichever way the journey runs. The canvas and the exports draw the same route.
 */
export function linkRoute(a: Box, b: Box, gap = 0): LinkRoute {
  const overlapX = a.x < b.x + b.width && b.x < a.x + a.width;
  if (overlapX) {
    const down = b.y > a.y;
    return {
      x1: a.x + a.width / 2,
      x2: b.x + b.width / 2,
      y1: down ? a.y + a.height + gap : a.y - gap,
      y2: down ? b.y - gap : b.y + b.height + gap,
      from: down ? "bottom" : "top",
      to: down ? "top" : "bottom",
    };
  }
  const forward = b.x > a.x;
  return {
    x1: forward ? a.x + a.width + gap : a.x - gap,
    x2: forward ? b.x - gap : b.x + b.width + gap,
    y1: a.y + a.height / 2,
    y2: b.y + b.height / 2,
    from: forward ? "right" : "left",
    to: forward ? "left" : "right",
  };
}
