import { wrapText, wrapWhole } from "./text-layout";
import { TEXT, type MeasureText, type TextStyle } from "./text-style";

/**
 * The text of the stage headers. A stage's name is never cut: it wraps onto a second line, and
 * only when two lines do not hold it is it set one step smaller (on up to three lines). Its
 * description takes the room left in the band, ellipsized only when that runs out. The band is
 * as tall as the layout says for every stage, so nothing here changes where cards go; the names
 * of the stages that have a description start on one common line, so the band reads as a row.
 */

export interface StageHeaderLine {
  text: string;
  style: TextStyle;
  /** Baseline, from the top of the band. */
  baseline: number;
  role: "name" | "description";
}

/**
 * Ways to set a name, tried in order: the first that holds the whole name, without breaking a
 * word, wins.
 */
const NAME_FITS: readonly { style: TextStyle; lines: number }[] = [
  { style: TEXT.stageName, lines: 2 },
  { style: TEXT.stageNameSmall, lines: 2 },
  { style: TEXT.stageNameSmall, lines: 3 },
];

/** Cap height of the export fonts, in em: the visible top of a line of text. */
const CAP_HEIGHT = 0.72;
/** From the top of the band to the first cap, and from the last baseline to the bottom, at least. */
const BAND_PADDING = { top: 6, bottom: 7 };
/** Baseline to baseline between two lines of a description, and from a name to its description. */
const DESCRIPTION_LEADING = 15;
const NAME_TO_DESCRIPTION = 18;

/** Baseline to baseline between two lines of a name in `style`. */
function nameLeading(style: TextStyle): number {
  return Math.round(style.size * 1.12);
}

/** A name's lines: whole words on the fewest, largest lines that hold it all. */
function nameLines(measure: MeasureText, name: string, width: number) {
  for (const fit of NAME_FITS) {
    const lines = wrapWhole(measure, name, fit.style, width, fit.lines);
    if (lines) return { style: fit.style, lines };
  }
  // A word wider than the whole box (it is broken between characters), or a name longer than
  // three lines, where the last line has to end in an ellipsis.
  const last = NAME_FITS[NAME_FITS.length - 1]!;
  return { style: last.style, lines: wrapText(measure, name, last.style, width, last.lines) };
}

/**
 * Where each stage's name and description lines go in a header band `bandHeight` tall, for
 * stages whose text boxes are `width` wide. Pure: widths come from `measure`.
 */
export function layoutStageHeaders(
  measure: MeasureText,
  stages: readonly { name: string; description: string; width: number }[],
  bandHeight: number,
): StageHeaderLine[][] {
  // From the first line's cap to the last baseline: what the band holds.
  const room = bandHeight - BAND_PADDING.top - BAND_PADDING.bottom;
  const stacks = stages.map(({ name, description, width }) => {
    const { style, lines } = nameLines(measure, name, width);
    const leading = nameLeading(style);
    const offsets = lines.map((_, i) => i * leading);
    const cap = style.size * CAP_HEIGHT;
    let span = cap + (offsets.at(-1) ?? -NAME_TO_DESCRIPTION);
    const stack: Omit<StageHeaderLine, "baseline">[] = lines.map((text) => ({
      text,
      style,
      role: "name",
    }));
    const text = description.trim();
    const spare = room - span - NAME_TO_DESCRIPTION;
    if (text && spare >= 0) {
      const most = 1 + Math.floor(spare / DESCRIPTION_LEADING);
      const wrapped = wrapText(measure, text, TEXT.stageDescription, width, most);
      wrapped.forEach((line, i) => {
        const offset = span - cap + NAME_TO_DESCRIPTION + i * DESCRIPTION_LEADING;
        offsets.push(offset);
        stack.push({ text: line, style: TEXT.stageDescription, role: "description" });
      });
      span = cap + offsets.at(-1)!;
    }
    return { stack, offsets, cap, span, described: stack.some((l) => l.role === "description") };
  });
  // Stages with a description share the top of their text; a lone name is centred in the band.
  const tallest = Math.max(0, ...stacks.filter((s) => s.described).map((s) => s.span));
  const sharedTop = (bandHeight - tallest) / 2;
  return stacks.map(({ stack, offsets, cap, span, described }) => {
    const top = described ? sharedTop : (bandHeight - span) / 2;
    return stack.map((line, i) => ({ ...line, baseline: top + cap + offsets[i]! }));
  });
}
