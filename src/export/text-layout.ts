import type { MeasureText, TextStyle } from "./text-style";

const ELLIPSIS = "…";

/** Total width of text in a style, counting letter spacing. */
export function textWidth(measure: MeasureText, text: string, style: TextStyle): number {
  const spacing = style.letterSpacing ? style.letterSpacing * style.size * [...text].length : 0;
  return measure(text, style) + spacing;
}

/** The longest start of `text` that fits `maxWidth` with an ellipsis after it. */
export function ellipsize(
  measure: MeasureText,
  text: string,
  style: TextStyle,
  maxWidth: number,
): string {
  const trimmed = text.trim();
  if (textWidth(measure, trimmed, style) <= maxWidth) return trimmed;
  const chars = [...trimmed];
  // Binary search on the number of characters kept.
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    const candidate = chars.slice(0, mid).join("").trimEnd() + ELLIPSIS;
    if (textWidth(measure, candidate, style) <= maxWidth) low = mid;
    else high = mid - 1;
  }
  return low === 0 ? ELLIPSIS : chars.slice(0, low).join("").trimEnd() + ELLIPSIS;
}

const HYPHENATES = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]/u;

/**
 * Greedy word wrap to at most `maxLines` lines; the last line ends in an ellipsis when text is
 * left over. A word wider than a line is broken between characters.
 */
export function wrapText(
  measure: MeasureText,
  text: string,
  style: TextStyle,
  maxWidth: number,
  maxLines: number,
): string[] {
  const words = text.replace(/\s+/g, " ").trim().split(" ").filter(Boolean);
  if (words.length === 0) return [];
  const lines: string[] = [];
  /** Whether the last pushed line ends inside a word (so the rest continues without a space). */
  let brokeWord = false;
  /** Whether that line ends with the hyphen the break added. */
  let hyphenated = false;
  let current = "";
  let index = 0;
  const fits = (candidate: string) => textWidth(measure, candidate, style) <= maxWidth;
  while (index < words.length && lines.length < maxLines) {
    const word = words[index]!;
    const candidate = current ? `${current} ${word}` : word;
    if (fits(candidate)) {
      current = candidate;
      index++;
      continue;
    }
    if (current) {
      lines.push(current);
      brokeWord = false;
      current = "";
      continue;
    }
    // One word wider than the line: break it where it stops fitting, with a hyphen where the
    // script hyphenates (Latin, Cyrillic, Greek; not Arabic script, which does not).
    const chars = [...word];
    const hyphen = HYPHENATES.test(word) ? "-" : "";
    let cut = 1;
    while (cut < chars.length && fits(chars.slice(0, cut + 1).join("") + hyphen)) cut++;
    lines.push(chars.slice(0, cut).join("") + hyphen);
    brokeWord = true;
    hyphenated = hyphen !== "";
    words[index] = chars.slice(cut).join("");
  }
  if (current && lines.length < maxLines) {
    lines.push(current);
    brokeWord = false;
    current = "";
  }
  const rest = [current, ...words.slice(index)].filter(Boolean).join(" ");
  if (rest && lines.length > 0) {
    const last = lines.pop()!;
    const joined = brokeWord ? (hyphenated ? last.slice(0, -1) : last) + rest : `${last} ${rest}`;
    const shortened = ellipsize(measure, joined, style, maxWidth);
    lines.push(shortened.endsWith(ELLIPSIS) ? shortened : shortened + ELLIPSIS);
  }
  return lines;
}

/**
 * The text wrapped between words to at most `maxLines` lines, all of it, or null when it does
 * not fit so (it would need more lines, or a word wider than a line would have to be broken).
 */
export function wrapWhole(
  measure: MeasureText,
  text: string,
  style: TextStyle,
  maxWidth: number,
  maxLines: number,
): string[] | null {
  const normalized = text.replace(/\s+/g, " ").trim();
  const lines = wrapText(measure, normalized, style, maxWidth, Infinity);
  return lines.length <= maxLines && lines.join(" ") === normalized ? lines : null;
}
