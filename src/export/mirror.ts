import { directionOf, getLocale } from "../i18n";

/**
 * Places drawn from the start edge of a frame, mirrored inside that frame when the chosen
 * language runs right to left. Each part of the poster lays itself out left to right once and
 * asks the mirror where things go, so the two directions cannot drift apart.
 */
export interface Mirror {
  rtl: boolean;
  /** A box (x and width) as it lies in the frame. */
  box: (box: { x: number; width: number }) => { x: number; width: number };
  /** A point's x (a circle's centre) as it lies in the frame. */
  cx: (x: number) => number;
  /** Wraps drawing made for a left-to-right frame so it is flipped (a shape, not text). */
  flip: (svg: string) => string;
}

/** The mirror for a frame running from `x` over `width`, in the chosen language's direction. */
export function mirrorIn(frame: { x: number; width: number }): Mirror {
  if (directionOf(getLocale()) !== "rtl")
    return { rtl: false, box: (b) => b, cx: (x) => x, flip: (svg) => svg };
  const edges = frame.x * 2 + frame.width;
  return {
    rtl: true,
    box: (b) => ({ x: edges - b.x - b.width, width: b.width }),
    cx: (x) => edges - x,
    flip: (svg) => `<g transform="translate(${edges} 0) scale(-1 1)">${svg}</g>`,
  };
}
