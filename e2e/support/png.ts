import { PNG } from "pngjs";

/** A decoded PNG and small pixel queries for checking exported images without OCR. */
export interface Pixels {
  width: number;
  height: number;
  data: Buffer;
}

export function decodePng(bytes: Buffer): Pixels {
  const png = PNG.sync.read(bytes);
  return { width: png.width, height: png.height, data: png.data };
}

export type Rgb = [number, number, number];

export function hexToRgb(hex: string): Rgb {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export function pixel(image: Pixels, x: number, y: number): [number, number, number, number] {
  const i = (Math.round(y) * image.width + Math.round(x)) * 4;
  const d = image.data;
  return [d[i]!, d[i + 1]!, d[i + 2]!, d[i + 3]!];
}

function near(p: readonly number[], color: Rgb, tolerance: number): boolean {
  return (
    Math.abs(p[0]! - color[0]) <= tolerance &&
    Math.abs(p[1]! - color[1]) <= tolerance &&
    Math.abs(p[2]! - color[2]) <= tolerance &&
    p[3]! > 200
  );
}

export interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
}

function forEachPixel(image: Pixels, region: Region, visit: (x: number, y: number) => void) {
  const x0 = Math.max(0, Math.floor(region.x));
  const y0 = Math.max(0, Math.floor(region.y));
  const x1 = Math.min(image.width, Math.ceil(region.x + region.width));
  const y1 = Math.min(image.height, Math.ceil(region.y + region.height));
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) visit(x, y);
}

/** Pixels in a region within `tolerance` (per channel) of a colour. */
export function matching(image: Pixels, region: Region, color: Rgb, tolerance = 24) {
  const found: { x: number; y: number }[] = [];
  forEachPixel(image, region, (x, y) => {
    if (near(pixel(image, x, y), color, tolerance)) found.push({ x, y });
  });
  return found;
}

/** How many different colours the image holds (a blank image has one or two). */
export function distinctColors(image: Pixels, step = 3): number {
  const seen = new Set<number>();
  for (let y = 0; y < image.height; y += step)
    for (let x = 0; x < image.width; x += step) {
      const [r, g, b] = pixel(image, x, y);
      seen.add((r! << 16) | (g! << 8) | b!);
    }
  return seen.size;
}

/** Share of pixels that differ from the colour of the top-left corner (the background). */
export function coverage(image: Pixels): number {
  const background = pixel(image, 0, 0);
  let differing = 0;
  let total = 0;
  for (let y = 0; y < image.height; y += 2)
    for (let x = 0; x < image.width; x += 2) {
      total++;
      const p = pixel(image, x, y);
      if (p.some((v, i) => Math.abs(v - background[i]!) > 8)) differing++;
    }
  return differing / total;
}

/**
 * The horizontal extent of dark "ink" (text) in a region: the first and last columns holding a
 * pixel darker than `threshold` (luminance, 0-255), and how many such pixels there are.
 */
export function inkSpan(image: Pixels, region: Region, threshold = 110) {
  let left = Infinity;
  let right = -Infinity;
  let count = 0;
  forEachPixel(image, region, (x, y) => {
    const [r, g, b, a] = pixel(image, x, y);
    const luminance = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    if (a! > 200 && luminance < threshold) {
      count++;
      left = Math.min(left, x);
      right = Math.max(right, x);
    }
  });
  return { left, right, count };
}

/** Pixels that are fully transparent, and pixels that are not fully opaque. */
export function alphaCounts(image: Pixels): { transparent: number; translucent: number } {
  let transparent = 0;
  let translucent = 0;
  for (let i = 3; i < image.data.length; i += 4) {
    const alpha = image.data[i]!;
    if (alpha === 0) transparent++;
    if (alpha < 255) translucent++;
  }
  return { transparent, translucent };
}

/** Dark "ink" pixels in each column of a region, left to right (the shape of a line of text). */
export function inkColumns(image: Pixels, region: Region, threshold = 110): number[] {
  const x0 = Math.max(0, Math.floor(region.x));
  const columns = new Array<number>(
    Math.max(0, Math.min(image.width, Math.ceil(region.x + region.width)) - x0),
  ).fill(0);
  forEachPixel(image, region, (x, y) => {
    const [r, g, b, a] = pixel(image, x, y);
    if (a! > 200 && 0.2126 * r! + 0.7152 * g! + 0.0722 * b! < threshold) columns[x - x0]!++;
  });
  return columns;
}

/**
 * How alike two lines of text look, from their ink per column: both trimmed to their inked
 * columns, resampled to the same number of bins, then correlated (1 = the same shape). Tofu
 * boxes, a fallback font or missing diacritics give a different shape.
 */
export function inkLikeness(a: readonly number[], b: readonly number[], bins = 48): number {
  const resample = (columns: readonly number[]) => {
    const first = columns.findIndex((v) => v > 0);
    const last = columns.length - 1 - [...columns].reverse().findIndex((v) => v > 0);
    const inked = columns.slice(first, last + 1);
    const out = new Array<number>(bins).fill(0);
    inked.forEach((v, i) => (out[Math.min(bins - 1, Math.floor((i / inked.length) * bins))]! += v));
    return out;
  };
  const x = resample(a);
  const y = resample(b);
  const mean = (v: number[]) => v.reduce((s, n) => s + n, 0) / v.length;
  const mx = mean(x);
  const my = mean(y);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < bins; i++) {
    sxy += (x[i]! - mx) * (y[i]! - my);
    sxx += (x[i]! - mx) ** 2;
    syy += (y[i]! - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}
