import { ExportError } from "./errors";
import type { ImagePlan } from "./image-plan";

export type RasterType = "image/png" | "image/jpeg";

/** Waits for the browser between steps, so a long export never freezes the page. */
export function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Draws an SVG (declared at the plan's pixel size) onto a canvas of exactly that size and encodes
 * it. The browser rasterises the vectors at the final size, so nothing is scaled up or blurred.
 */
export async function rasterize(
  svg: string,
  plan: Pick<ImagePlan, "pixelWidth" | "pixelHeight">,
  type: RasterType,
  quality = 0.92,
): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml;charset=utf-8" }));
  try {
    const image = new Image();
    image.decoding = "async";
    image.src = url;
    try {
      await image.decode();
    } catch (error) {
      throw new ExportError("drawFailed", { cause: error });
    }
    const canvas = document.createElement("canvas");
    canvas.width = plan.pixelWidth;
    canvas.height = plan.pixelHeight;
    const context = canvas.getContext("2d");
    if (!context) throw new ExportError("noCanvas");
    context.drawImage(image, 0, 0, plan.pixelWidth, plan.pixelHeight);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, type, quality));
    // Free the pixels at once rather than when the canvas is collected.
    canvas.width = 0;
    canvas.height = 0;
    if (!blob) throw new ExportError("encodeFailed");
    return blob;
  } finally {
    URL.revokeObjectURL(url);
  }
}
