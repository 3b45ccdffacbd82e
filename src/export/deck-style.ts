import type PptxGenJS from "pptxgenjs";
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

type Layout = ReturnType<typeof deckLayout>;
type Slide = ReturnType<PptxGenJS["addSlide"]>;

/** A white slide with its title in the deck's words, at the top from the start edge. */
export function titledSlide(pptx: PptxGenJS, title: string): Slide {
  const slide = pptx.addSlide();
  slide.background = { color: "FFFFFF" };
  slide.addText(title, {
    x: 0.6,
    y: 0.4,
    w: WIDTH - 1.2,
    h: 0.8,
    fontSize: 30,
    bold: true,
    color: INK,
    ...deckLayout().label,
  });
  return slide;
}

/** A table's header cells in the deck's words: white on navy. */
export function headerCells(layout: Layout, texts: string[]) {
  return layout.columns(
    texts.map((text) => ({
      text,
      options: { bold: true, color: "FFFFFF", fill: { color: "1F2A44" }, ...layout.label },
    })),
  );
}

/**
 * How the deck's tables look, at `y`, with column widths in reading order. PowerPoint tables
 * have no right-to-left setting pptxgenjs writes: the columns are reversed instead.
 */
export function tableOptions(layout: Layout, y: number, widths: number[]) {
  return {
    x: 0.6,
    y,
    w: WIDTH - 1.2,
    colW: layout.columns(widths),
    fontSize: 14,
    fontFace: FONT,
    color: INK,
    border: { type: "solid" as const, pt: 0.75, color: "CFD6E0" },
    autoPage: false,
    valign: "middle" as const,
  };
}
