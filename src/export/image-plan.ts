import { TEXT } from "./text-style";
import type { Box } from "./geometry";

/**
 * How a poster becomes an image: the output sizes, the pixel ratio (capped for Safari), where the
 * poster lands inside a slide, and whether its card titles can be read there. The e2e tests use
 * these same functions to find a card in a downloaded PNG.
 */

export const IMAGE_FORMATS = ["png", "jpeg", "svg"] as const;
export type ImageFormat = (typeof IMAGE_FORMATS)[number];

export const SIZES = ["slide1080", "slide2160", "fit"] as const;
export type SizeChoice = (typeof SIZES)[number];

export const SLIDE_SIZES: Record<Exclude<SizeChoice, "fit">, { width: number; height: number }> = {
  slide1080: { width: 1920, height: 1080 },
  slide2160: { width: 3840, height: 2160 },
};

/** Safari draws no canvas over 16,777,216 pixels (4096 x 4096); neither do we. */
export const MAX_CANVAS_PIXELS = 16_777_216;
/** Longest canvas side browsers agree on. */
export const MAX_CANVAS_SIDE = 16_384;
/** Pixel ratio of an image "fitted to content": twice the canvas's own size, crisp on any screen. */
export const FIT_PIXEL_RATIO = 2;
/**
 * A slide is shown at one physical size whatever its pixels: on the same projector or laptop a
 * 3840 x 2160 slide is sharper than a 1920 x 1080 one, not larger. So card titles are judged as
 * the slide is shown, filling the width of the smallest screen Waymark is used on in a room, a
 * 1280 x 800 projector (PRODUCT.md).
 */
export const SHOWN_SLIDE_WIDTH = 1280;
/**
 * Card titles shown smaller than this many screen pixels cannot be read. On a slide that is 1/80
 * of its height: 13.5 px on a 1920 x 1080 slide, 27 px on a 3840 x 2160 one. A stage on a slide
 * of its own clears it (the sample journey's stages at 9.5 px); a whole six-stage journey does
 * not (about 6 px), which is true: its titles cannot be read from across a table.
 */
export const MIN_SHOWN_TITLE_PX = 9;

export interface ImagePlan {
  /** Size of the image in output units (what the SVG declares, and the slide's size). */
  width: number;
  height: number;
  /** Output pixels per output unit (1 for slides; 2 or less for "fitted to content"). */
  pixelRatio: number;
  pixelWidth: number;
  pixelHeight: number;
  /** Poster units to output units, and where the poster's origin lands. */
  scale: number;
  offsetX: number;
  offsetY: number;
  /** The pixel ratio was lowered to stay within MAX_CANVAS_PIXELS (or MAX_CANVAS_SIDE). */
  capped: boolean;
  requestedPixelRatio: number;
  /** Height of a card title's font in output pixels. */
  titlePx: number;
  /**
   * Height of a card title as a person sees it: on a slide shown SHOWN_SLIDE_WIDTH wide, or for
   * an image fitted to content, the pixels a title has at the image's own size.
   */
  shownTitlePx: number;
  /** The shown titles are at least MIN_SHOWN_TITLE_PX. */
  readable: boolean;
}

/** The largest pixel ratio at most `wanted` that keeps a width x height image within the caps. */
export function cappedPixelRatio(width: number, height: number, wanted: number): number {
  const byArea = Math.sqrt(MAX_CANVAS_PIXELS / (width * height));
  const bySide = MAX_CANVAS_SIDE / Math.max(width, height);
  const limit = Math.min(byArea, bySide);
  if (wanted <= limit) return wanted;
  // Two decimals, rounded down, then nudged down until the rounded pixel size fits.
  let ratio = Math.floor(limit * 100) / 100;
  while (
    ratio > 0.01 &&
    (Math.ceil(width * ratio) * Math.ceil(height * ratio) > MAX_CANVAS_PIXELS ||
      Math.ceil(Math.max(width, height) * ratio) > MAX_CANVAS_SIDE)
  )
    ratio = Math.round((ratio - 0.01) * 100) / 100;
  return ratio;
}

/**
 * How a poster fits the output. A slide keeps its exact size and the poster is scaled to fit
 * inside it, centred, never cropped; "fitted to content" is the poster's own size times the pixel
 * ratio, lowered when the canvas would pass the pixel cap.
 */
export function planImage(
  poster: { width: number; height: number },
  size: SizeChoice,
  pixelRatio = FIT_PIXEL_RATIO,
): ImagePlan {
  if (size === "fit") {
    const width = Math.ceil(poster.width);
    const height = Math.ceil(poster.height);
    const ratio = cappedPixelRatio(width, height, pixelRatio);
    const titlePx = TEXT.cardTitle.size * ratio;
    // Seen at its own size a fitted image has no slide to shrink it; only a pixel ratio under 1
    // (from the cap) takes detail from its titles.
    const shownTitlePx = TEXT.cardTitle.size * Math.min(1, ratio);
    return {
      width,
      height,
      pixelRatio: ratio,
      pixelWidth: Math.ceil(width * ratio),
      pixelHeight: Math.ceil(height * ratio),
      scale: 1,
      offsetX: 0,
      offsetY: 0,
      capped: ratio < pixelRatio,
      requestedPixelRatio: pixelRatio,
      titlePx,
      shownTitlePx,
      readable: shownTitlePx >= MIN_SHOWN_TITLE_PX,
    };
  }
  const slide = SLIDE_SIZES[size];
  const ratio = cappedPixelRatio(slide.width, slide.height, 1);
  const scale = Math.min(slide.width / poster.width, slide.height / poster.height);
  const titlePx = TEXT.cardTitle.size * scale * ratio;
  const shownTitlePx = TEXT.cardTitle.size * scale * (SHOWN_SLIDE_WIDTH / slide.width);
  return {
    width: slide.width,
    height: slide.height,
    pixelRatio: ratio,
    pixelWidth: Math.round(slide.width * ratio),
    pixelHeight: Math.round(slide.height * ratio),
    scale,
    offsetX: (slide.width - poster.width * scale) / 2,
    offsetY: (slide.height - poster.height * scale) / 2,
    capped: ratio < 1,
    requestedPixelRatio: 1,
    titlePx,
    shownTitlePx,
    readable: shownTitlePx >= MIN_SHOWN_TITLE_PX,
  };
}

/** A box in poster units as output pixels. */
export function posterToPixels(image: ImagePlan, box: Box): Box {
  const k = image.scale * image.pixelRatio;
  return {
    x: (image.offsetX + box.x * image.scale) * image.pixelRatio,
    y: (image.offsetY + box.y * image.scale) * image.pixelRatio,
    width: box.width * k,
    height: box.height * k,
  };
}
