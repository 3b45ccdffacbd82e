import { textDirection } from "./bidi";
import type { Palette } from "./palette";
import { ellipsize } from "./text-layout";
import type { MeasureText, TextStyle } from "./text-style";
import { num, xmlText } from "./xml";

/**
 * What every part of the poster draws with: the palette, the text measurer, and the one way
 * text gets into the SVG. User text reaches the SVG only through `text`, which escapes it with
 * `xmlText` into a text node, so no part of the poster can turn a card title into markup.
 */
export class PosterPen {
  constructor(
    readonly palette: Palette,
    readonly measure: MeasureText,
  ) {}

  /**
   * One line of text in a box: ellipsized to the box's width, laid out right to left (anchored
   * at the box's right edge) when its first strong character is RTL. A line wrapped from a longer
   * text passes that text's `direction`, so every line of a Persian name sits at the right even
   * when one of them starts with a Latin word.
   */
  text(
    content: string,
    style: TextStyle,
    box: { x: number; width: number },
    baseline: number,
    fill: string,
    options: {
      align?: "start" | "middle";
      fit?: boolean;
      direction?: "ltr" | "rtl";
      /** The box's edge the text keeps to, whatever its own direction (a table's column). */
      side?: "left" | "right";
    } = {},
  ): string {
    const value = options.fit === false ? content : this.fit(content, style, box.width);
    if (!value) return "";
    const rtl = (options.direction ?? textDirection(value)) === "rtl";
    const align = options.align ?? "start";
    const right = options.side ? options.side === "right" : rtl;
    const x = align === "middle" ? box.x + box.width / 2 : right ? box.x + box.width : box.x;
    const anchor =
      align === "middle" ? ` text-anchor="middle"` : right !== rtl ? ` text-anchor="end"` : "";
    const dir = rtl ? ` direction="rtl" unicode-bidi="embed"` : "";
    return `<text class="${style.className}" x="${num(x)}" y="${num(baseline)}" fill="${fill}"${anchor}${dir}>${xmlText(value)}</text>`;
  }

  /** The text on one line (runs of white space as one space), ellipsized to `width`. */
  fit(content: string, style: TextStyle, width: number): string {
    return ellipsize(this.measure, content.replace(/\s+/g, " "), style, width);
  }
}
