import { directionOf, getLocale, type LocaleCode } from "../i18n";
import { rtlLanguage, textDirection } from "./bidi";

/** The deck's page, fonts, colours and reading direction, shared by its slides. */

export const WIDTH = 13.333;
export const HEIGHT = 7.5;
export const FONT = "Calibri";
const RTL_FONT = "Tahoma";
export const INK = "111827";
export const MUTED = "4B5565";

/** Text the person wrote: laid out by its own first letter, whatever the interface speaks. */
export function textOptions(text: string) {
  if (textDirection(text) !== "rtl") return { fontFace: FONT };
  const lang = rtlLanguage(text);
  return { rtlMode: true, align: "right" as const, fontFace: RTL_FONT, ...(lang ? { lang } : {}) };
}

/** The language PowerPoint proofs and shapes the deck's own words in. */
const PROOFING_LANGUAGE: Record<LocaleCode, string> = { en: "en-US", pl: "pl-PL", fa: "fa-IR" };

/**
 * The deck's own words and layout, in the interface's language and direction: a Persian deck puts
 * the persona's picture at the right and its lists at the left, as the exported map runs.
 */
export function deckLayout() {
  const locale = getLocale();
  const rtl = directionOf(locale) === "rtl";
  const lang = PROOFING_LANGUAGE[locale];
  return {
    rtl,
    /** The box from `x` (measured from the start edge) and `w` wide, on the slide. */
    x: (x: number, w: number) => (rtl ? WIDTH - x - w : x),
    /** Options for a label the catalogue wrote. */
    label: rtl
      ? {
          rtlMode: true,
          align: "right" as const,
          fontFace: RTL_FONT,
          lang,
        }
      : { fontFace: FONT, lang },
    /** A table's columns in reading order. */
    columns: <T>(cells: T[]): T[] => (rtl ? [...cells].reverse() : cells),
  };
}
