import { describe, expect, it, vi } from "vitest";
import {
  AVATAR_MAX_BYTES,
  fitWithin,
  prepareAvatarImage,
  sniffRasterFormat,
  type ImageCodec,
} from "../../../src/panels/workspace/avatar-image";

const PNG_HEAD = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(
    parts.flatMap((p) => (typeof p === "string" ? Array.from(p, (c) => c.charCodeAt(0)) : p)),
  );
const pngFile = (size = 64) =>
  new File([bytes(PNG_HEAD, new Array(size).fill(0))], "face.png", { type: "image/png" });

/**
 * The test DOM cannot decode pictures, so the codec is stood in for here; real decoding, resizing and
 * encoding run in Chromium in e2e/workspace-personas.spec.ts.
 */
function fakeCodec(size: { width: number; height: number }, encoded?: Blob) {
  const close = vi.fn();
  const codec: ImageCodec = {
    decode: vi.fn(async () => ({ ...size, close }) as unknown as ImageBitmap),
    encode: vi.fn(async () => encoded ?? new Blob([new Uint8Array(10)], { type: "image/webp" })),
  };
  return { codec, close };
}

describe("telling a picture by its bytes", () => {
  it("knows the raster formats browsers decode", () => {
    expect(sniffRasterFormat(bytes(PNG_HEAD))).toBe("png");
    expect(sniffRasterFormat(bytes([0xff, 0xd8, 0xff, 0xe0]))).toBe("jpeg");
    expect(sniffRasterFormat(bytes("GIF89a"))).toBe("gif");
    expect(sniffRasterFormat(bytes("RIFF", [1, 2, 3, 4], "WEBPVP8 "))).toBe("webp");
    expect(sniffRasterFormat(bytes([0, 0, 0, 0x1c], "ftypavif"))).toBe("avif");
    expect(sniffRasterFormat(bytes("BM", new Array(30).fill(0)))).toBe("bmp");
  });

  it("does not take text, SVG or a name for a picture", () => {
    expect(sniffRasterFormat(bytes("Shopping list: milk"))).toBeNull();
    expect(sniffRasterFormat(bytes('<svg xmlns="http://www.w3.org/2000/svg">'))).toBeNull();
    expect(sniffRasterFormat(bytes("<?xml version"))).toBeNull();
    expect(sniffRasterFormat(bytes([]))).toBeNull();
  });
});

describe("fitting a picture within 256 px", () => {
  it("scales the longer side to 256 px and keeps the proportions", () => {
    expect(fitWithin(1200, 800)).toEqual({ width: 256, height: 171 });
    expect(fitWithin(300, 3000)).toEqual({ width: 26, height: 256 });
    expect(fitWithin(256, 256)).toEqual({ width: 256, height: 256 });
  });

  it("never enlarges a small picture, nor rounds a side to nothing", () => {
    expect(fitWithin(100, 50)).toEqual({ width: 100, height: 50 });
    expect(fitWithin(1, 5000)).toEqual({ width: 1, height: 256 });
  });
});

describe("preparing an avatar picture", () => {
  it("refuses a file over 10 MB before reading it", async () => {
    const { codec } = fakeCodec({ width: 10, height: 10 });
    const big = new Blob([new Uint8Array(AVATAR_MAX_BYTES + 1)], { type: "image/png" });
    const slice = vi.spyOn(big, "slice");
    expect(await prepareAvatarImage(big, codec)).toEqual({
      ok: false,
      error: { kind: "tooLarge", bytes: AVATAR_MAX_BYTES + 1 },
    });
    expect(slice).not.toHaveBeenCalled();
    expect(codec.decode).not.toHaveBeenCalled();
  });

  it("accepts a picture of exactly 10 MB", async () => {
    const { codec } = fakeCodec({ width: 10, height: 10 });
    const file = new Blob([bytes(PNG_HEAD), new Uint8Array(AVATAR_MAX_BYTES - 8)]);
    expect((await prepareAvatarImage(file, codec)).ok).toBe(true);
  });

  it("refuses an empty file", async () => {
    const { codec } = fakeCodec({ width: 10, height: 10 });
    expect(await prepareAvatarImage(new File([], "x.png"), codec)).toEqual({
      ok: false,
      error: { kind: "empty" },
    });
  });

  it("refuses text named .png and SVG, whatever type they claim, without decoding them", async () => {
    const { codec } = fakeCodec({ width: 10, height: 10 });
    const text = new File(["milk, eggs"], "notes.png", { type: "image/png" });
    const svg = new File(['<svg xmlns="http://www.w3.org/2000/svg"/>'], "a.svg", {
      type: "image/svg+xml",
    });
    for (const file of [text, svg])
      expect(await prepareAvatarImage(file, codec)).toEqual({
        ok: false,
        error: { kind: "notImage" },
      });
    expect(codec.decode).not.toHaveBeenCalled();
  });

  it("calls a picture that cannot be decoded broken", async () => {
    const codec: ImageCodec = {
      decode: () => Promise.reject(new DOMException("The source image could not be decoded.")),
      encode: vi.fn(),
    };
    expect(await prepareAvatarImage(pngFile(), codec)).toEqual({
      ok: false,
      error: { kind: "broken" },
    });
    expect(codec.encode).not.toHaveBeenCalled();
  });

  it("re-encodes the picture at the fitted size and frees the decoded pixels", async () => {
    const encoded = new Blob([new Uint8Array(42)], { type: "image/webp" });
    const { codec, close } = fakeCodec({ width: 2000, height: 1000 }, encoded);
    const result = await prepareAvatarImage(pngFile(), codec);
    expect(result).toEqual({
      ok: true,
      image: { type: "image/webp", bytes: new Uint8Array(42) },
    });
    expect(codec.encode).toHaveBeenCalledWith(expect.anything(), 256, 128);
    expect(close).toHaveBeenCalledOnce();
  });

  it("never stores a format the file format refuses", async () => {
    const { codec, close } = fakeCodec(
      { width: 10, height: 10 },
      new Blob([new Uint8Array(4)], { type: "image/svg+xml" }),
    );
    expect(await prepareAvatarImage(pngFile(), codec)).toEqual({
      ok: false,
      error: { kind: "encodeFailed" },
    });
    expect(close).toHaveBeenCalledOnce();
  });

  it("says so when the browser cannot encode", async () => {
    const { codec } = fakeCodec({ width: 10, height: 10 });
    codec.encode = () => Promise.reject(new Error("no canvas"));
    expect(await prepareAvatarImage(pngFile(), codec)).toEqual({
      ok: false,
      error: { kind: "encodeFailed" },
    });
  });
});
