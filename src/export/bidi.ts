import { RTL_CHAR } from "../i18n/bidi";

export { textDirection, type TextDirection } from "../i18n/bidi";

/** Whether the text holds any right-to-left script (so a Persian font must be embedded). */
export function hasRtlScript(text: string): boolean {
  return RTL_CHAR.test(text);
}

/** Letters Persian writes and Arabic does not (pe, che, zhe, gaf, keheh, Farsi yeh). */
const PERSIAN_LETTER = /[\u067E\u0686\u0698\u06AF\u06A9\u06CC]/u;
const HEBREW = /\p{Script=Hebrew}/u;
const ARABIC = /\p{Script=Arabic}/u;

/**
 * A language tag for right-to-left text, guessed from its letters, for formats that ask for one
 * (PowerPoint picks its proofing and shaping by it). Persian and Arabic share a script, so the
 * letters only Persian uses decide; text in neither gets no tag rather than a wrong one.
 */
export function rtlLanguage(text: string): string | undefined {
  if (HEBREW.test(text)) return "he-IL";
  if (PERSIAN_LETTER.test(text)) return "fa-IR";
  if (ARABIC.test(text)) return "ar-SA";
  return undefined;
}
