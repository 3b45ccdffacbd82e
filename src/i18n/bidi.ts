/**
 * Base direction of a piece of text from its first strong character (the Unicode bidi rule P2),
 * so a Persian card title is laid out right to left even in an English interface.
 */
export const RTL_CHAR =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Adlam}\p{Script=Samaritan}\p{Script=Mandaic}]/u;
const LETTER = /\p{L}/u;

export type TextDirection = "ltr" | "rtl";

/** The direction of the text's first letter; text with no letters is neutral (null). */
export function firstStrongDirection(text: string): TextDirection | null {
  for (const char of text) {
    if (!LETTER.test(char)) continue;
    return RTL_CHAR.test(char) ? "rtl" : "ltr";
  }
  return null;
}

export function textDirection(text: string): TextDirection {
  return firstStrongDirection(text) ?? "ltr";
}

const FSI = "\u2068";
const PDI = "\u2069";

/**
 * A value put into a sentence, isolated (first-strong isolate) when it runs the other way: a
 * Persian stage name in "Remove the stage “{name}”?" keeps the quotes and question mark where
 * English puts them, and a Latin word in a Persian sentence does not pull its neighbours along.
 */
export function isolateValue(value: string, direction: TextDirection): string {
  const own = firstStrongDirection(value);
  return own && own !== direction ? `${FSI}${value}${PDI}` : value;
}
