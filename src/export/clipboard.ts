/**
 * Puts a PNG on the clipboard. The write starts at once, inside the click that asked for it
 * (browsers require a user gesture), with the image still being drawn: ClipboardItem takes a
 * promise of the blob, which is the only way that works in Safari as well as Chromium.
 */
export type CopyResult = "copied" | "unsupported" | "denied";

export function canCopyImages(): boolean {
  if (typeof ClipboardItem === "undefined" || typeof navigator.clipboard?.write !== "function")
    return false;
  return typeof ClipboardItem.supports === "function" ? ClipboardItem.supports("image/png") : true;
}

export async function copyPng(blob: Promise<Blob>): Promise<CopyResult> {
  if (!canCopyImages()) {
    blob.catch(() => undefined);
    return "unsupported";
  }
  const write = navigator.clipboard.write([new ClipboardItem({ "image/png": blob })]);
  try {
    await write;
    return "copied";
  } catch (error) {
    // A failure to draw the image is an export failure, not a clipboard one: report that.
    await blob;
    if (error instanceof DOMException && error.name === "NotAllowedError") return "denied";
    throw error;
  }
}
