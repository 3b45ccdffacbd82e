/**
 * Base direction of a piece of text from its first strong character (the Unicode bidi rule P2),
 * so a Persian card title is laid out right to left even in an English interface.
 */
const RTL_CHAR =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Adlam}\p{Script=Samaritan}\p{Script=Mandaic}]/u;
const LETTER = /\p{L}/u;

export type TextDirection = "ltr" | "rtl";

export function textDirection(text: string): TextDirection {
  for (const char of text) {
    if (!LETTER.test(char)) continue;
    return RTL_CHAR.test(char) ? "rtl" : "ltr";
  }
  return "ltr";
}

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
