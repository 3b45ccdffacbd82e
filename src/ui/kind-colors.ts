import type { ElementKind } from "../domain";

/** A kind's colours: its edge and marks, the text-safe shade of it, and the card's background. */
export interface KindColors {
  fill: string;
  stroke: string;
  /** Icon and kind label: the shade that passes contrast as text. */
  accent: string;
}

/**
 * Every kind's colours, in one place for the map's cards and palette, the overview, the
 * presentation, the legend and the exported images. Cards stay light in every theme, like sticky
 * notes on a dark board; the projector set is for exports on a dark page.
 */
export const KIND_COLORS: Record<ElementKind, KindColors> = {
  touchpoint: { fill: "#e6eeff", stroke: "#2b59d9", accent: "#1d47b8" },
  channel: { fill: "#e0f4f1", stroke: "#0f7a6e", accent: "#0b6157" },
  frictionPoint: { fill: "#fde8e6", stroke: "#c42b1c", accent: "#a81f12" },
  momentOfDelight: { fill: "#fff4cc", stroke: "#b7820a", accent: "#8a5f00" },
  customerAction: { fill: "#eceff4", stroke: "#4a5568", accent: "#2f3a4c" },
  thought: { fill: "#f1e9fb", stroke: "#7a3fc2", accent: "#60289f" },
  opportunity: { fill: "#e4f6e6", stroke: "#1d8a3a", accent: "#146c2c" },
  note: { fill: "#fbf6e4", stroke: "#8c7a4a", accent: "#6b5a2e" },
};

/** The same kinds, saturated for a near-black page (exports on the projector theme). */
export const PROJECTOR_KIND_COLORS: Record<ElementKind, KindColors> = {
  touchpoint: { fill: "#15264d", stroke: "#7aa2ff", accent: "#a9c1ff" },
  channel: { fill: "#0d2f2b", stroke: "#3fd1bd", accent: "#7ee6d6" },
  frictionPoint: { fill: "#3a1512", stroke: "#ff7a6b", accent: "#ffa397" },
  momentOfDelight: { fill: "#33290a", stroke: "#f5c542", accent: "#ffd970" },
  customerAction: { fill: "#1d2430", stroke: "#aab6c8", accent: "#d3dbe6" },
  thought: { fill: "#2a1840", stroke: "#c18bff", accent: "#d8b6ff" },
  opportunity: { fill: "#0f2e17", stroke: "#5fd67e", accent: "#93e8a8" },
  note: { fill: "#2b2718", stroke: "#cdbb86", accent: "#e3d5ab" },
};

/** The edge colour alone, for what draws a kind as one mark (overview, presentation). */
export const kindColor = (kind: ElementKind): string => KIND_COLORS[kind].stroke;

/**
 * Puts the colours on the page as custom properties (`--touchpoint-color`, `-ink`, `-fill`),
 * which the stylesheets read, so the CSS holds no colour of its own for a kind.
 */
export function applyKindColors(root: HTMLElement): void {
  for (const [kind, colors] of Object.entries(KIND_COLORS)) {
    root.style.setProperty(`--${kind}-color`, colors.stroke);
    root.style.setProperty(`--${kind}-ink`, colors.accent);
    root.style.setProperty(`--${kind}-fill`, colors.fill);
  }
}
