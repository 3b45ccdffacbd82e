import {
  LAYOUT,
  emotionGeometry,
  worstSeverity,
  type CardBox,
  type ChannelRef,
  type DepartmentRef,
  type ElementKind,
  type Journey,
  type JourneyElement,
  type JourneyLayout,
  type LaneKind,
  type Satisfaction,
} from "../domain";
import { t } from "../i18n";
import { hasRtlScript, textDirection } from "./bidi";
import type { Box, LegendItem, PosterGeometry, PosterOptions } from "./geometry";
import type { ImagePlan, SizeChoice } from "./image-plan";
import { planPoster, type MapPanel, type PosterPlan } from "./poster-plan";
import {
  cardInsets,
  cardShape,
  kindIcon,
  satisfactionFace,
  severityMark,
  voteMark,
} from "./kind-shapes";
import { paletteFor, type Palette } from "./palette";
import { ellipsize, textWidth, wrapText } from "./text-layout";
import {
  CARD_TITLE_LINE_HEIGHT,
  CARD_TITLE_MAX_LINES,
  EXPORT_FONT_STACK,
  TEXT,
  type MeasureText,
  type TextStyle,
} from "./text-style";
import { isSafeImageDataUrl, num, safeColor, xmlText } from "./xml";

/**
 * Draws a journey as an SVG string, from the data alone: the persona header, stage and lane
 * headers, the grid, every card (told apart by shape, icon and colour), links as arrows, the
 * emotion curve, and the legend. A pure function: text widths come from the injected `measure`,
 * so it runs in jsdom tests with a fake and in the browser with a canvas.
 *
 * Safety: every piece of user text is escaped by `xmlText` and lands only in text nodes. The SVG
 * holds no script, no event handler, no link, and no reference outside itself except the
 * persona picture as a checked data:image URL and fonts as data: URLs in the style sheet.
 */

/** A persona as the poster shows it; the picture already turned into a data URL. */
export interface PosterPersona {
  name: string;
  role: string;
  quote: string;
  goals: string[];
  avatar:
    | { kind: "emoji"; emoji: string }
    | { kind: "initials"; initials: string; color: string }
    | { kind: "image"; dataUrl: string };
}

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
}

export interface RenderedPoster {
  svg: string;
  plan: PosterPlan;
}

const CURVE_WIDTH = 4;

export function renderPoster(input: RenderInput): RenderedPoster {
  const { journey, persona, options, size, measure } = input;
  const plan = input.plan ?? planPoster(journey, options, size, persona !== null);
  const palette = paletteFor(options.background);
  const body = new PosterWriter(plan, palette, measure, journey, persona, options).draw();
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

/** The lane kinds whose cards have a natural kind, for the lane header's icon. */
const LANE_ICON: Partial<Record<LaneKind, ElementKind>> = {
  actions: "customerAction",
  touchpoints: "touchpoint",
  channels: "channel",
  thoughts: "thought",
  frictionPoints: "frictionPoint",
  momentsOfDelight: "momentOfDelight",
  opportunities: "opportunity",
  backstage: "note",
};

function channelName(channel: ChannelRef): string {
  return channel.kind === "standard" ? t(`channel.${channel.id}`) : channel.name;
}

function departmentName(owner: DepartmentRef): string {
  return owner.kind === "standard" ? t(`department.${owner.id}`) : owner.name;
}

class PosterWriter {
  private readonly out: string[] = [];
  private readonly geometry: PosterGeometry;

  constructor(
    private readonly plan: PosterPlan,
    private readonly palette: Palette,
    private readonly measure: MeasureText,
    private readonly fullJourney: Journey,
    private readonly persona: PosterPersona | null,
    private readonly options: PosterOptions,
  ) {
    this.geometry = plan.geometry;
  }

  draw(): string {
    this.header();
    this.map();
    if (this.geometry.legend) this.legend(this.geometry.legend);
    return this.out.join("");
  }

  // ---- text ---------------------------------------------------------------------------------

  /**
   * One line of text in a box: ellipsized to the box's width, laid out right to left (anchored
   * at the box's right edge) when its first strong character is RTL.
   */
  private text(
    content: string,
    style: TextStyle,
    box: { x: number; width: number },
    baseline: number,
    fill: string,
    options: { align?: "start" | "middle"; fit?: boolean } = {},
  ): string {
    const value = options.fit === false ? content : this.fit(content, style, box.width);
    if (!value) return "";
    const rtl = textDirection(value) === "rtl";
    const align = options.align ?? "start";
    const x = align === "middle" ? box.x + box.width / 2 : rtl ? box.x + box.width : box.x;
    const anchor = align === "middle" ? ` text-anchor="middle"` : "";
    const dir = rtl ? ` direction="rtl" unicode-bidi="embed"` : "";
    return `<text class="${style.className}" x="${num(x)}" y="${num(baseline)}" fill="${fill}"${anchor}${dir}>${xmlText(value)}</text>`;
  }

  private fit(content: string, style: TextStyle, width: number): string {
    return ellipsize(this.measure, content.replace(/\s+/g, " "), style, width);
  }

  // ---- header -------------------------------------------------------------------------------

  private subtitle(): string {
    const scope = this.options.scope;
    if (scope.kind === "stage") {
      const index = this.fullJourney.stages.findIndex((s) => s.id === scope.stageId);
      const stage = this.fullJourney.stages[index];
      return `${t("export.poster.stageOf", { number: index + 1, count: this.fullJourney.stages.length })} · ${stage?.name ?? ""}`;
    }
    return this.fullJourney.scenario;
  }

  private stateChip(rightEdge: number, top: number): { svg: string; width: number } {
    const label = t(`journeyState.${this.fullJourney.state}`);
    const width = textWidth(this.measure, label, TEXT.stateChip) + 24;
    const x = rightEdge - width;
    const { chipFill, chipText } = this.palette;
    return {
      width,
      svg:
        `<rect x="${num(x)}" y="${num(top)}" width="${num(width)}" height="26" rx="13" fill="${chipFill}"/>` +
        this.text(label, TEXT.stateChip, { x: x + 12, width: width - 24 }, top + 18, chipText, {
          fit: false,
        }),
    };
  }

  private header(): void {
    const { header } = this.geometry;
    const p = this.palette;
    const title = this.fullJourney.title || t("journey.untitled");
    this.out.push(
      `<rect x="${header.x}" y="${header.y}" width="${header.width}" height="${header.height}" rx="16" fill="${p.legendFill}" stroke="${p.grid}"/>`,
    );
    const pad = 24;
    if (!header.persona || !this.persona) {
      const chip = this.stateChip(header.x + header.width - pad, header.y + 18);
      this.out.push(chip.svg);
      const box = { x: header.x + pad, width: header.width - pad * 3 - chip.width };
      this.out.push(this.text(title, TEXT.journeyTitle, box, header.y + 42, p.text));
      this.out.push(
        this.text(
          this.subtitle(),
          TEXT.journeySubtitle,
          { x: header.x + pad, width: header.width - pad * 2 },
          header.y + 68,
          p.muted,
        ),
      );
      return;
    }
    const persona = this.persona;
    // Left: the persona.
    const avatarR = 50;
    const cx = header.x + pad + avatarR;
    const cy = header.y + header.height / 2;
    this.out.push(this.avatar(persona, cx, cy, avatarR));
    const split = header.x + Math.round(header.width * 0.5);
    const leftBox = { x: cx + avatarR + 20, width: split - (cx + avatarR + 20) - pad };
    this.out.push(
      this.text(
        persona.name || t("persona.untitled"),
        TEXT.personaName,
        leftBox,
        header.y + 46,
        p.text,
      ),
    );
    this.out.push(this.text(persona.role, TEXT.personaRole, leftBox, header.y + 72, p.muted));
    if (persona.quote.trim()) {
      const quote = `“${persona.quote.trim()}”`;
      const lines = wrapText(this.measure, quote, TEXT.personaQuote, leftBox.width, 2);
      lines.forEach((line, i) =>
        this.out.push(
          this.text(line, TEXT.personaQuote, leftBox, header.y + 102 + i * 22, p.text, {
            fit: false,
          }),
        ),
      );
    }
    this.out.push(
      `<path d="M${split} ${header.y + 20}V${header.y + header.height - 20}" stroke="${p.grid}" stroke-width="1.5"/>`,
    );
    // Right: the journey and the persona's goals.
    const right = { x: split + pad, width: header.x + header.width - split - pad * 2 };
    const chip = this.stateChip(right.x + right.width, header.y + 22);
    this.out.push(chip.svg);
    this.out.push(
      this.text(
        title,
        TEXT.journeyTitle,
        { x: right.x, width: right.width - chip.width - 16 },
        header.y + 46,
        p.text,
      ),
    );
    this.out.push(this.text(this.subtitle(), TEXT.journeySubtitle, right, header.y + 72, p.muted));
    const goals = persona.goals.map((g) => g.trim()).filter(Boolean);
    if (goals.length) {
      const label = t("export.poster.goals").toLocaleUpperCase();
      this.out.push(this.text(label, TEXT.sectionLabel, right, header.y + 104, p.muted));
      const lines = wrapText(this.measure, goals.join(" · "), TEXT.personaGoal, right.width, 1);
      if (lines[0])
        this.out.push(
          this.text(lines[0], TEXT.personaGoal, right, header.y + 126, p.text, { fit: false }),
        );
    }
  }

  private avatar(persona: PosterPersona, cx: number, cy: number, r: number): string {
    return renderAvatar(persona, cx, cy, r, this.palette);
  }

  // ---- map ----------------------------------------------------------------------------------

  private map(): void {
    for (const panel of this.plan.panels) this.panel(panel);
  }

  /** One panel of the map: grid, headers, emotion curve, links and cards, at the panel's origin. */
  private panel(panel: MapPanel): void {
    const { layout, journey } = panel;
    const p = this.palette;
    const out = this.out;
    out.push(`<g transform="translate(${panel.x} ${panel.y})">`);
    const W = layout.width;
    const H = layout.height;
    const headerW = LAYOUT.laneHeaderWidth;
    const headerH = LAYOUT.stageHeaderHeight;
    out.push(
      `<rect x="0" y="0" width="${W}" height="${H}" rx="10" fill="${p.background ?? "#ffffff"}" fill-opacity="${p.background ? 1 : 0.92}" stroke="${p.gridStrong}" stroke-width="1.5"/>`,
    );
    // Lane bands.
    for (const lane of layout.lanes) {
      const laneData = journey.lanes[lane.index]!;
      const fill =
        lane.kind === "emotionCurve"
          ? p.emotionLaneFill
          : lane.index % 2 === 1
            ? p.laneStripe
            : null;
      if (fill)
        out.push(
          `<rect x="${headerW}" y="${lane.y}" width="${W - headerW}" height="${lane.height}" fill="${fill}"/>`,
        );
      out.push(
        `<rect x="0" y="${lane.y}" width="${headerW}" height="${lane.height}" fill="${p.laneHeaderFill}"/>`,
      );
      this.laneHeader(laneData.name, lane.kind, lane.collapsed, lane.y, lane.height);
      if (lane.collapsed) {
        const hidden = layout.hiddenByLane.get(lane.id) ?? 0;
        if (hidden)
          out.push(
            this.text(
              t("export.poster.hiddenCards", { count: hidden }),
              TEXT.laneNote,
              { x: headerW + 16, width: W - headerW - 32 },
              lane.y + lane.height / 2 + 4,
              p.muted,
            ),
          );
      }
    }
    // Stage headers.
    out.push(
      `<rect x="0" y="0" width="${W}" height="${headerH}" fill="${p.stageHeaderFill}" rx="10"/>`,
    );
    out.push(
      `<rect x="0" y="${headerH - 10}" width="${W}" height="10" fill="${p.stageHeaderFill}"/>`,
    );
    for (const stage of layout.stages) {
      const data = journey.stages[stage.index]!;
      const number =
        this.options.scope.kind === "stage"
          ? this.fullJourney.stages.findIndex((s) => s.id === stage.id) + 1
          : stage.index + 1;
      const cx = stage.x + 26;
      out.push(
        `<circle cx="${cx}" cy="${headerH / 2}" r="14" fill="${p.stageNumberFill}"/>` +
          this.text(
            String(number),
            TEXT.stageNumber,
            { x: cx - 14, width: 28 },
            headerH / 2 + 4.5,
            p.stageNumberText,
            { align: "middle", fit: false },
          ),
      );
      const box = { x: stage.x + 50, width: stage.width - 62 };
      const description = data.description.trim();
      out.push(
        this.text(data.name, TEXT.stageName, box, description ? 29 : headerH / 2 + 6.5, p.text),
      );
      if (description) out.push(this.text(description, TEXT.stageDescription, box, 49, p.muted));
    }
    // Grid.
    const lines: string[] = [];
    for (const stage of layout.stages.slice(1)) lines.push(`M${stage.x} 0V${H}`);
    lines.push(`M${headerW} 0V${H}`);
    for (const lane of layout.lanes) lines.push(`M0 ${lane.y}H${W}`);
    out.push(`<path d="${lines.join("")}" stroke="${p.grid}" stroke-width="1.5" fill="none"/>`);
    // Emotion curves.
    for (const lane of layout.lanes) {
      if (lane.kind !== "emotionCurve" || lane.collapsed) continue;
      this.emotionLane(panel, lane.id);
    }
    // Links under the cards, then the cards.
    this.links(layout);
    const elements = journey.elements;
    for (const box of layout.cards.values()) {
      const element = elements[box.id];
      if (element) this.card(element, box);
    }
    out.push(`</g>`);
  }

  private laneHeader(
    name: string,
    kind: LaneKind,
    collapsed: boolean,
    y: number,
    height: number,
  ): void {
    const p = this.palette;
    const iconKind = LANE_ICON[kind];
    const left = 14;
    let textX = left;
    if (iconKind) {
      this.out.push(kindIcon(iconKind, left, y + 14, 20, p.kinds[iconKind].accent));
      textX = left + 28;
    } else if (kind === "emotionCurve") {
      this.out.push(satisfactionFace(4, left + 10, y + 24, 10, p.satisfaction[4], p.faceInk));
      textX = left + 28;
    }
    const faceColumn = kind === "emotionCurve" && !collapsed ? 30 : 0;
    const width = LAYOUT.laneHeaderWidth - textX - 12 - faceColumn;
    const lines = collapsed
      ? [this.fit(name, TEXT.laneName, width)]
      : wrapText(
          this.measure,
          name,
          TEXT.laneName,
          width,
          Math.max(1, Math.floor((height - 16) / 20)),
        );
    lines.forEach((line, i) =>
      this.out.push(
        this.text(line, TEXT.laneName, { x: textX, width }, y + 29 + i * 20, p.text, {
          fit: false,
        }),
      ),
    );
  }

  private emotionLane(panel: MapPanel, laneId: string): void {
    const p = this.palette;
    const { layout } = panel;
    const geometry = emotionGeometry(panel.journey, layout, laneId);
    if (!geometry) return;
    const left = LAYOUT.laneHeaderWidth;
    const right = layout.width;
    const scoreY = (score: number) =>
      geometry.top +
      LAYOUT.emotionLanePadding +
      ((5 - score) / 4) * (geometry.height - LAYOUT.emotionLanePadding * 2);
    // Scale: faint lines at every score, a dashed midline, faces down the lane header's edge.
    const guides: string[] = [];
    for (const score of [1, 2, 4, 5]) guides.push(`M${left} ${num(scoreY(score))}H${right}`);
    this.out.push(`<path d="${guides.join("")}" stroke="${p.grid}" stroke-width="1" fill="none"/>`);
    this.out.push(
      `<path d="M${left} ${num(geometry.midlineY)}H${right}" stroke="${p.midline}" stroke-width="1.5" stroke-dasharray="8 6" fill="none"/>`,
    );
    for (const score of [5, 4, 3, 2, 1] as Satisfaction[])
      this.out.push(
        satisfactionFace(score, left - 18, scoreY(score), 8, p.satisfaction[score], p.faceInk),
      );
    if (geometry.path)
      this.out.push(
        `<path d="${geometry.path}" fill="none" stroke="${p.curve}" stroke-width="${CURVE_WIDTH}" stroke-linecap="round" stroke-linejoin="round"/>`,
      );
    for (const point of geometry.points)
      this.out.push(
        satisfactionFace(
          point.satisfaction,
          point.x,
          point.y,
          13,
          p.satisfaction[point.satisfaction],
          p.faceInk,
          p.background ?? "#ffffff",
        ),
      );
    for (const mark of geometry.unscored) {
      const y = geometry.midlineY;
      this.out.push(
        `<circle cx="${num(mark.x)}" cy="${num(y)}" r="11" fill="${p.background ?? "#ffffff"}" stroke="${p.midline}" stroke-width="2" stroke-dasharray="3 3"/>` +
          `<text class="${TEXT.face.className}" x="${num(mark.x)}" y="${num(y + 4)}" fill="${p.muted}" text-anchor="middle">?</text>`,
      );
    }
  }

  private links(layout: JourneyLayout): void {
    const p = this.palette;
    const paths: string[] = [];
    for (const link of Object.values(this.fullJourney.links)) {
      const from = layout.cards.get(link.from);
      const to = layout.cards.get(link.to);
      if (!from || !to || from === to) continue;
      const d = linkPath(from, to);
      const style =
        link.kind === "relates"
          ? `stroke-width="2" stroke-dasharray="7 5"`
          : link.kind === "causes"
            ? `stroke-width="2.75"`
            : `stroke-width="2"`;
      paths.push(
        `<path d="${d}" fill="none" stroke="${p.link}" ${style} marker-end="url(#wm-arrow)"/>`,
      );
    }
    this.out.push(paths.join(""));
  }

  private card(element: JourneyElement, box: CardBox): void {
    const p = this.palette;
    const colors = p.kinds[element.kind];
    const insets = cardInsets(element.kind);
    const w = box.width;
    const h = box.height;
    const inner = { x: insets.left, width: w - insets.left - insets.right };
    const parts: string[] = [];
    parts.push(cardShape(element.kind, w, h, colors));
    parts.push(kindIcon(element.kind, inner.x, 9, 17, colors.accent));
    const label = t(`kind.${element.kind}`).toLocaleUpperCase();
    parts.push(
      this.text(
        label,
        TEXT.kindLabel,
        { x: inner.x + 23, width: inner.width - 23 },
        22,
        colors.accent,
      ),
    );
    const lines = wrapText(
      this.measure,
      element.title,
      TEXT.cardTitle,
      inner.width,
      CARD_TITLE_MAX_LINES,
    );
    lines.forEach((line, i) =>
      parts.push(
        this.text(line, TEXT.cardTitle, inner, 46 + i * CARD_TITLE_LINE_HEIGHT, p.cardText, {
          fit: false,
        }),
      ),
    );
    parts.push(this.badges(element, inner, h - 12 - insets.bottom / 2));
    this.out.push(`<g transform="translate(${box.x} ${box.y})">${parts.join("")}</g>`);
  }

  /** Satisfaction, pain points, votes, then the channel or owner in what room is left. */
  private badges(element: JourneyElement, inner: { x: number; width: number }, cy: number): string {
    const p = this.palette;
    const parts: string[] = [];
    let x = inner.x;
    const baseline = cy + 4.3;
    const end = inner.x + inner.width;
    if (element.satisfaction !== null) {
      parts.push(
        satisfactionFace(
          element.satisfaction,
          x + 9,
          cy,
          9,
          p.satisfaction[element.satisfaction],
          p.faceInk,
        ),
      );
      const digit = String(element.satisfaction);
      parts.push(
        this.text(digit, TEXT.badge, { x: x + 22, width: 12 }, baseline, p.cardText, {
          fit: false,
        }),
      );
      x += 22 + textWidth(this.measure, digit, TEXT.badge) + 12;
    }
    const worst = worstSeverity(element.painPoints);
    if (worst) {
      const color = p.severity[worst];
      parts.push(severityMark(worst, x, cy - 8.5, 17, color));
      const label = `${element.painPoints.length} · ${t(`severity.${worst}`)}`;
      parts.push(
        this.text(label, TEXT.badge, { x: x + 21, width: end - x - 21 }, baseline, p.cardText),
      );
      x += 21 + textWidth(this.measure, label, TEXT.badge) + 12;
    }
    if (element.votes > 0 && x + 30 < end) {
      parts.push(voteMark(x, cy - 7, 14, p.voteFill));
      const votes = String(element.votes);
      parts.push(
        this.text(votes, TEXT.badge, { x: x + 18, width: end - x - 18 }, baseline, p.cardText),
      );
      x += 18 + textWidth(this.measure, votes, TEXT.badge) + 12;
    }
    const extra =
      element.kind !== "channel" && element.channel
        ? channelName(element.channel)
        : element.owner
          ? departmentName(element.owner)
          : "";
    if (extra && end - x > 36) {
      const text = this.fit(extra, TEXT.badge, end - x);
      const width = textWidth(this.measure, text, TEXT.badge);
      parts.push(
        this.text(text, TEXT.badge, { x: end - width, width }, baseline, p.cardMuted, {
          fit: false,
        }),
      );
    }
    return parts.join("");
  }

  // ---- legend -------------------------------------------------------------------------------

  private legend(legend: Box & { items: LegendItem[] }): void {
    const p = this.palette;
    this.out.push(
      `<rect x="${legend.x}" y="${legend.y}" width="${legend.width}" height="${legend.height}" rx="12" fill="${p.legendFill}" stroke="${p.grid}"/>`,
    );
    for (const item of legend.items) this.out.push(this.legendItem(item));
  }

  private legendItem(item: LegendItem): string {
    const p = this.palette;
    const cy = item.y + item.height / 2;
    const baseline = cy + 5;
    if (item.id === "satisfaction") {
      const label = t("export.legend.satisfaction");
      const labelWidth = Math.min(textWidth(this.measure, label, TEXT.legend), item.width - 130);
      let svg = this.text(label, TEXT.legend, { x: item.x, width: labelWidth }, baseline, p.text);
      ([1, 2, 3, 4, 5] as Satisfaction[]).forEach((score, i) => {
        svg += satisfactionFace(
          score,
          item.x + labelWidth + 20 + i * 22,
          cy,
          9,
          p.satisfaction[score],
          p.faceInk,
        );
      });
      return svg;
    }
    if (item.id === "severity") {
      const label = t("export.legend.painPoints");
      let x = item.x;
      let svg = this.text(label, TEXT.legend, { x, width: 120 }, baseline, p.text);
      x += Math.min(120, textWidth(this.measure, label, TEXT.legend)) + 12;
      for (const severity of ["low", "medium", "high"] as const) {
        svg += severityMark(severity, x, cy - 8, 16, p.severity[severity]);
        const name = t(`severity.${severity}`);
        svg += this.text(name, TEXT.legend, { x: x + 20, width: 80 }, baseline, p.text);
        x += 20 + Math.min(80, textWidth(this.measure, name, TEXT.legend)) + 12;
      }
      return svg;
    }
    const kind = item.id;
    const colors = p.kinds[kind];
    // The card's own outline, drawn at half size so its details keep their proportions.
    const swatch = `<g transform="translate(${item.x} ${num(cy - 13)}) scale(0.46)">${cardShape(kind, 108, 56, colors)}</g>`;
    return (
      swatch +
      kindIcon(kind, item.x + 16, cy - 8.5, 17, colors.accent) +
      this.text(
        t(`kind.${kind}`),
        TEXT.legend,
        { x: item.x + 58, width: item.width - 66 },
        baseline,
        p.text,
      )
    );
  }
}

/** An arrow from one card to another: top to bottom when they share columns, else side to side. */
export function linkPath(a: CardBox, b: CardBox): string {
  const gap = 1.5;
  const overlapX = a.x < b.x + b.width && b.x < a.x + a.width;
  let x1: number, y1: number, x2: number, y2: number, horizontal: boolean;
  if (overlapX) {
    horizontal = false;
    x1 = a.x + a.width / 2;
    x2 = b.x + b.width / 2;
    if (b.y > a.y) {
      y1 = a.y + a.height + gap;
      y2 = b.y - gap;
    } else {
      y1 = a.y - gap;
      y2 = b.y + b.height + gap;
    }
  } else {
    horizontal = true;
    y1 = a.y + a.height / 2;
    y2 = b.y + b.height / 2;
    if (b.x > a.x) {
      x1 = a.x + a.width + gap;
      x2 = b.x - gap;
    } else {
      x1 = a.x - gap;
      x2 = b.x + b.width + gap;
    }
  }
  const bend = Math.max(24, (horizontal ? Math.abs(x2 - x1) : Math.abs(y2 - y1)) / 2);
  const c1 = horizontal
    ? [x1 + Math.sign(x2 - x1) * bend, y1]
    : [x1, y1 + Math.sign(y2 - y1) * bend];
  const c2 = horizontal
    ? [x2 - Math.sign(x2 - x1) * bend, y2]
    : [x2, y2 - Math.sign(y2 - y1) * bend];
  return `M${num(x1)} ${num(y1)}C${num(c1[0]!)} ${num(c1[1]!)} ${num(c2[0]!)} ${num(c2[1]!)} ${num(x2)} ${num(y2)}`;
}

/** A persona's face: picture (clipped to a circle), emoji, or initials on their colour. */
export function renderAvatar(
  persona: PosterPersona,
  cx: number,
  cy: number,
  r: number,
  palette: Palette,
): string {
  const avatar = persona.avatar;
  const ring = `<circle cx="${num(cx)}" cy="${num(cy)}" r="${num(r)}" fill="none" stroke="${palette.grid}" stroke-width="2"/>`;
  if (avatar.kind === "image" && isSafeImageDataUrl(avatar.dataUrl)) {
    return (
      `<clipPath id="wm-avatar-clip"><circle cx="${num(cx)}" cy="${num(cy)}" r="${num(r)}"/></clipPath>` +
      `<image href="${avatar.dataUrl}" x="${num(cx - r)}" y="${num(cy - r)}" width="${num(r * 2)}" height="${num(r * 2)}" preserveAspectRatio="xMidYMid slice" clip-path="url(#wm-avatar-clip)"/>` +
      ring
    );
  }
  if (avatar.kind === "emoji") {
    return (
      `<circle cx="${num(cx)}" cy="${num(cy)}" r="${num(r)}" fill="${palette.chipFill}"/>` +
      `<text class="${TEXT.avatarEmoji.className}" x="${num(cx)}" y="${num(cy + r * 0.34)}" text-anchor="middle" style="font-size:${num(r)}px">${xmlText(avatar.emoji)}</text>`
    );
  }
  const initials =
    avatar.kind === "initials" && avatar.initials.trim()
      ? avatar.initials
      : initialsFromName(persona.name || "?");
  const color = avatar.kind === "initials" ? safeColor(avatar.color, "#1f2a44") : "#1f2a44";
  const rtl = hasRtlScript(initials);
  return (
    `<circle cx="${num(cx)}" cy="${num(cy)}" r="${num(r)}" fill="${color}"/>` +
    `<text class="${TEXT.avatarInitials.className}" x="${num(cx)}" y="${num(cy + r * 0.24)}" fill="#ffffff" text-anchor="middle" style="font-size:${num(r * 0.68)}px"${rtl ? ` direction="rtl"` : ""}>${xmlText(initials)}</text>`
  );
}

function initialsFromName(name: string): string {
  return name
    .trim()
    .split(/\s+/)
    .slice(0, 2)
    .map((part) => [...part][0] ?? "")
    .join("")
    .toLocaleUpperCase();
}
