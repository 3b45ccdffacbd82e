/** Whether keys typed at this element are text (so map shortcuts must leave them alone). */
export function isTextInput(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

/**
 * Whether a text field edits the journey itself (the inspector's fields), so undo there is the
 * journey's undo: one step per burst of typing, the same as the toolbar's, instead of the
 * browser's own character-by-character history fighting it. A field marks itself, or an area
 * marks all its fields, with `data-undo="journey"`; a field inside that holds text not yet in
 * the journey (a custom name being typed) opts out with `data-undo="field"`.
 */
export function editsJourney(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.closest("[data-undo]")?.getAttribute("data-undo") === "journey";
}
