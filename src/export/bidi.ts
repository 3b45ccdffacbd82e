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
