import { openCommentCounts, type Journey } from "../domain";
import { t } from "../i18n";
import type { PosterOptions } from "./geometry";
import type { ImagePlan, SizeChoice } from "./image-plan";
import { paletteFor, type Palette } from "./palette";
import type { PosterPersona } from "./persona";
import { drawHeader } from "./poster-header";
import { drawLegend } from "./poster-legend";
import { drawPanel } from "./poster-map";
import { PosterPen } from "./poster-pen";
import { planPoster, type PosterPlan } from "./poster-plan";
import { EXPORT_FONT_STACK, TEXT, type MeasureText, type TextStyle } from "./text-style";
import { num, xmlText } from "./xml";

/**
 * Draws a journey as an SVG string, from the data alone: the persona header, stage and lane
 * headers, the grid, every card (told apart by shape, icon and colour), links as arrows, the
 * emotion curve, and the legend. A pure function: text widths come from the injected `measure`,
 * so it runs in DOM-less tests with a fake and in the browser with a canvas. This file puts the
 * parts together (poster-header, poster-map with its grid, curve, links and cards, poster-legend)
 * inside the slide's frame.
 *
 * Safety: every piece of user text is escaped by `xmlText` and lands only in text nodes. The SVG
 * holds no script, no event handler, no link, and no reference outside itself except the
 * persona picture as a checked data:image URL and fonts as data: URLs in the style sheet.
 */

export interface RenderInput {
  journey: Journey;
  persona: PosterPersona | null;
  options: PosterOptions;
  size: SizeChoice;
  measure: MeasureText;
  /** `@font-face` rules to embed (fonts as data: URLs); empty in unit tests. */
  fontCss?: string;
  /** Declare the image's size in output pixels (for drawing onto a canvas) rather than units. */
  pixelSize?: boolean;
  /** A plan made earlier for the same input (the dialog plans before it draws). */
  plan?: PosterPlan;
  /**
   * "outline": cards as plain boxes in their kind's colours, no text (the preview of a very large map,
   * where thousands of titles would be specks costing the browser seconds to draw).
   */
  cards?: "full" | "outline";
}

export interface RenderedPoster {
  svg: string;
  plan: PosterPlan;
}

export function renderPoster(input: RenderInput): RenderedPoster {
  const { journey, persona, options, size, measure } = input;
  const plan = input.plan ?? planPoster(journey, options, size, persona !== null);
  const palette = paletteFor(options.background);
  const comments = options.comments ? openCommentCounts(journey) : null;
  const pen = new PosterPen(palette, measure);
  const { geometry } = plan;
  const parts = [drawHeader(pen, geometry.header, journey, persona, options.scope)];
  for (const panel of plan.panels)
    parts.push(drawPanel(pen, panel, journey, options.scope, input.cards ?? "full", comments));
  if (geometry.legend) parts.push(drawLegend(pen, geometry.legend));
  const body = parts.join("");
  const svg = wrapSvg(body, plan.image, palette, input.fontCss ?? "", {
    title: journey.title || t("journey.untitled"),
    pixelSize: input.pixelSize ?? false,
  });
  return { svg, plan };
}

/** The CSS of the poster's text classes. */
export function styleSheet(fontCss: string): string {
  const rules = Object.values(TEXT).map((style: TextStyle) => {
    const spacing = style.letterSpacing ? `;letter-spacing:${style.letterSpacing}em` : "";
    return `.${style.className}{font-size:${style.size}px;font-weight:${style.weight}${spacing}}`;
  });
  return `${fontCss}text{font-family:${EXPORT_FONT_STACK};font-kerning:normal}${rules.join("")}`;
}

function wrapSvg(
  body: string,
  image: ImagePlan,
  palette: Palette,
  fontCss: string,
  meta: { title: string; pixelSize: boolean },
): string {
  const width = meta.pixelSize ? image.pixelWidth : image.width;
  const height = meta.pixelSize ? image.pixelHeight : image.height;
  const background = palette.background
    ? `<rect width="${image.width}" height="${image.height}" fill="${palette.background}"/>`
    : "";
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${image.width} ${image.height}">` +
    `<title>${xmlText(meta.title)}</title>` +
    `<defs><style>${styleSheet(fontCss)}</style>` +
    `<marker id="wm-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" markerUnits="userSpaceOnUse" orient="auto-start-reverse"><path d="M0 0L10 5L0 10Z" fill="${palette.link}"/></marker>` +
    `</defs>` +
    background +
    `<g transform="translate(${num(image.offsetX)} ${num(image.offsetY)}) scale(${image.scale})">${body}</g>` +
    `</svg>`
  );
}
