/**
 * The type scale of the exported poster. One table feeds the SVG's CSS classes and the text
 * measurer, so wrapping is computed with exactly the font that draws the text.
 */

/** Font family names used only inside exports, so loading them never changes the app's own font. */
export const EXPORT_FONT_LATIN = "Waymark Export Sans";
export const EXPORT_FONT_ARABIC = "Waymark Export Arabic";
export const EXPORT_FONT_STACK = `"${EXPORT_FONT_LATIN}", "${EXPORT_FONT_ARABIC}", "Noto Color Emoji", "Segoe UI Emoji", "Apple Color Emoji", sans-serif`;

export interface TextStyle {
  /** The CSS class in the SVG. */
  className: string;
  size: number;
  weight: 400 | 600;
  /** Extra space between letters, in em. */
  letterSpacing?: number;
}

export const TEXT = {
  journeyTitle: { className: "jt", size: 30, weight: 600 },
  journeySubtitle: { className: "js", size: 16, weight: 400 },
  personaName: { className: "pn", size: 24, weight: 600 },
  personaRole: { className: "pr", size: 16, weight: 400 },
  personaQuote: { className: "pq", size: 16, weight: 400 },
  sectionLabel: { className: "sl", size: 12, weight: 600, letterSpacing: 0.08 },
  personaGoal: { className: "pg", size: 15, weight: 400 },
  stateChip: { className: "sc", size: 13, weight: 600 },
  stageName: { className: "sn", size: 18, weight: 600 },
  /** A stage name too long for two lines of `stageName`: one step down the scale. */
  stageNameSmall: { className: "sm", size: 16, weight: 600 },
  stageNumber: { className: "sx", size: 13, weight: 600 },
  stageDescription: { className: "sd", size: 13, weight: 400 },
  laneName: { className: "ln", size: 15, weight: 600 },
  laneNote: { className: "lx", size: 12, weight: 400 },
  kindLabel: { className: "kl", size: 11, weight: 600, letterSpacing: 0.06 },
  cardTitle: { className: "ct", size: 16, weight: 600 },
  badge: { className: "bg", size: 12, weight: 600 },
  face: { className: "fc", size: 11, weight: 600 },
  legend: { className: "lg", size: 14, weight: 400 },
  avatarInitials: { className: "ai", size: 34, weight: 600 },
  avatarEmoji: { className: "ae", size: 50, weight: 400 },
} as const satisfies Record<string, TextStyle>;

export type TextStyleName = keyof typeof TEXT;

/** Line height of card titles; titles wrap to at most three lines. */
export const CARD_TITLE_LINE_HEIGHT = 19;
export const CARD_TITLE_MAX_LINES = 3;

/** The CSS `font` shorthand for a style (what a canvas measurer sets as `ctx.font`). */
export function cssFont(style: TextStyle): string {
  return `${style.weight} ${style.size}px ${EXPORT_FONT_STACK}`;
}

/** Width of `text` drawn in `style`, in poster units. Injected: canvas in browsers, a fake in tests. */
export type MeasureText = (text: string, style: TextStyle) => number;
