import type { ElementClipboard } from "../domain";

/**
 * Copied cards, kept for this tab so they paste into any journey (the same one or another).
 */
let clipboard: ElementClipboard | null = null;

export function setCardClipboard(value: ElementClipboard): void {
  clipboard = value;
}

export function getCardClipboard(): ElementClipboard | null {
  return clipboard;
}
