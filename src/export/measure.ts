import { ExportError } from "./errors";
import { cssFont, type MeasureText, type TextStyle } from "./text-style";

/**
 * Measures text with a canvas 2D context, in the export fonts (loaded into the page by
 * loadExportFonts first). Widths are cached per style and text: titles repeat across exports.
 */
export function canvasMeasurer(): MeasureText {
  const context = document.createElement("canvas").getContext("2d");
  if (!context) throw new ExportError("noTextMeasure");
  const cache = new Map<string, number>();
  let font = "";
  return (text: string, style: TextStyle) => {
    const css = cssFont(style);
    const key = `${css}\u0000${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      if (font !== css) {
        context.font = css;
        font = css;
      }
      width = context.measureText(text).width;
      cache.set(key, width);
    }
    return width;
  };
}
