import type { AvatarPicture } from "../../domain";
/**
 * A persona picture, made safe to store: the file is checked (size, then what its bytes say it
 * is, never its name or type), decoded, scaled down to at most 256 px on a canvas and encoded
 * afresh. The original bytes are never kept, so metadata, oversized images and anything that
 * merely claims to be a picture stay out. SVG is never accepted: it can carry script.
 */

export const AVATAR_MAX_BYTES = 10 * 1024 * 1024;
export const AVATAR_MAX_SIDE = 256;

export type AvatarImageError =
  | { kind: "tooLarge"; bytes: number }
  | { kind: "empty" }
  | { kind: "notImage" }
  | { kind: "broken" }
  | { kind: "encodeFailed" };

export type AvatarImageResult =
  { ok: true; image: AvatarPicture } | { ok: false; error: AvatarImageError };

/** Raster formats browsers decode, told by their first bytes. */
export type RasterFormat = "png" | "jpeg" | "gif" | "webp" | "bmp" | "avif";

export function sniffRasterFormat(head: Uint8Array): RasterFormat | null {
  const at = (i: number, ...bytes: number[]) => bytes.every((b, k) => head[i + k] === b);
  const ascii = (i: number, text: string) => at(i, ...Array.from(text, (c) => c.charCodeAt(0)));
  if (at(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return "png";
  if (at(0, 0xff, 0xd8, 0xff)) return "jpeg";
  if (ascii(0, "GIF87a") || ascii(0, "GIF89a")) return "gif";
  if (ascii(0, "RIFF") && ascii(8, "WEBP")) return "webp";
  if (ascii(0, "BM") && head.length >= 26) return "bmp";
  if (ascii(4, "ftyp") && (ascii(8, "avif") || ascii(8, "avis"))) return "avif";
  return null;
}

/** The size that fits within `max` on both sides, keeping the proportions; never enlarged. */
export function fitWithin(
  width: number,
  height: number,
  max: number = AVATAR_MAX_SIDE,
): { width: number; height: number } {
  const scale = Math.min(1, max / Math.max(width, height));
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  };
}

export interface ImageCodec {
  /** Decodes the file into pixels; rejects when the bytes are not a readable picture. */
  decode(file: Blob): Promise<ImageBitmap>;
  /** Draws the picture at the given size and encodes it as PNG or WebP. */
  encode(bitmap: ImageBitmap, width: number, height: number): Promise<Blob>;
}

const STORED_TYPES = new Set(["image/png", "image/webp"]);

async function drawAndEncode(bitmap: ImageBitmap, width: number, height: number): Promise<Blob> {
  let scaled: ImageBitmap | null = null;
  if (width !== bitmap.width || height !== bitmap.height) {
    // The browser's high-quality resampler gives a cleaner result than one drawImage step.
    scaled = await createImageBitmap(bitmap, {
      resizeWidth: width,
      resizeHeight: height,
      resizeQuality: "high",
    });
  }
  const source = scaled ?? bitmap;
  try {
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext("2d");
    if (!context) throw new Error("No 2D canvas");
    context.drawImage(source, 0, 0, width, height);
    const webp = await canvas.convertToBlob({ type: "image/webp", quality: 0.9 });
    // A browser that cannot write WebP hands back PNG, which is just as welcome.
    if (STORED_TYPES.has(webp.type)) return webp;
    return await canvas.convertToBlob({ type: "image/png" });
  } finally {
    scaled?.close();
  }
}

export const browserCodec: ImageCodec = {
  decode: (file) => createImageBitmap(file),
  encode: drawAndEncode,
};

export async function prepareAvatarImage(
  file: Blob,
  codec: ImageCodec = browserCodec,
): Promise<AvatarImageResult> {
  if (file.size > AVATAR_MAX_BYTES)
    return { ok: false, error: { kind: "tooLarge", bytes: file.size } };
  if (file.size === 0) return { ok: false, error: { kind: "empty" } };
  const head = new Uint8Array(await file.slice(0, 32).arrayBuffer());
  if (!sniffRasterFormat(head)) return { ok: false, error: { kind: "notImage" } };

  let bitmap: ImageBitmap;
  try {
    bitmap = await codec.decode(file);
  } catch {
    return { ok: false, error: { kind: "broken" } };
  }
  try {
    if (bitmap.width < 1 || bitmap.height < 1) return { ok: false, error: { kind: "broken" } };
    const size = fitWithin(bitmap.width, bitmap.height);
    const image = await codec.encode(bitmap, size.width, size.height);
    if (!STORED_TYPES.has(image.type) || image.size === 0)
      return { ok: false, error: { kind: "encodeFailed" } };
    return {
      ok: true,
      image: { type: image.type, bytes: new Uint8Array(await image.arrayBuffer()) },
    };
  } catch {
    return { ok: false, error: { kind: "encodeFailed" } };
  } finally {
    bitmap.close();
  }
}
