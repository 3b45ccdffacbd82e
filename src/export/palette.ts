import type { ElementKind, Satisfaction, Severity } from "../domain";
import { KIND_COLORS, PROJECTOR_KIND_COLORS, type KindColors } from "../ui/kind-colors";

/**
 * Colours of the exported poster. Kinds differ by shape and icon as well as colour (see
 * kind-shapes.ts), so the map still reads in grayscale print and for colour-blind readers.
 */
export const BACKGROUNDS = ["white", "transparent", "dark"] as const;
export type BackgroundChoice = (typeof BACKGROUNDS)[number];

export type { KindColors };

export interface Palette {
  /** Page colour; null leaves the image transparent. */
  background: string | null;
  text: string;
  muted: string;
  grid: string;
  gridStrong: string;
  laneHeaderFill: string;
  laneStripe: string;
  stageHeaderFill: string;
  stageNumberFill: string;
  stageNumberText: string;
  emotionLaneFill: string;
  midline: string;
  /** The emotion curve itself: a colour no kind uses, so it is found in pixel checks too. */
  curve: string;
  link: string;
  cardText: string;
  cardMuted: string;
  chipFill: string;
  chipText: string;
  legendFill: string;
  kinds: Record<ElementKind, KindColors>;
  satisfaction: Record<Satisfaction, string>;
  severity: Record<Severity, string>;
  faceInk: string;
  voteFill: string;
}

const SATISFACTION = { 1: "#d92d20", 2: "#f1770f", 3: "#e1b000", 4: "#7cb518", 5: "#15924a" };

const light: Palette = {
  background: "#ffffff",
  text: "#111827",
  muted: "#4b5565",
  grid: "#d8dee8",
  gridStrong: "#aab4c3",
  laneHeaderFill: "#f1f4f8",
  laneStripe: "#f8fafc",
  stageHeaderFill: "#e7ecf3",
  stageNumberFill: "#1f2a44",
  stageNumberText: "#ffffff",
  emotionLaneFill: "#fbf7fb",
  midline: "#8b95a5",
  curve: "#c026d3",
  link: "#5b6474",
  cardText: "#111827",
  cardMuted: "#4b5565",
  chipFill: "#e7ecf3",
  chipText: "#1f2a44",
  legendFill: "#f6f8fb",
  kinds: KIND_COLORS,
  satisfaction: SATISFACTION,
  severity: { low: "#b08500", medium: "#d96a00", high: "#c42b1c" },
  faceInk: "#1b1b1b",
  voteFill: "#1f2a44",
};

/** The projector theme: near-black page, bright text, saturated kinds. Contrast over 7:1. */
const dark: Palette = {
  background: "#0b0f16",
  text: "#f4f6fa",
  muted: "#b8c2d2",
  grid: "#2b3544",
  gridStrong: "#4a5668",
  laneHeaderFill: "#141b26",
  laneStripe: "#0f151e",
  stageHeaderFill: "#1a2331",
  stageNumberFill: "#f4f6fa",
  stageNumberText: "#0b0f16",
  emotionLaneFill: "#130f1a",
  midline: "#7d8797",
  curve: "#f05bff",
  link: "#a7b1c2",
  cardText: "#f7f9fc",
  cardMuted: "#c8d0dc",
  chipFill: "#1f2a3a",
  chipText: "#e8edf5",
  legendFill: "#121924",
  kinds: PROJECTOR_KIND_COLORS,
  satisfaction: { 1: "#ff6b5e", 2: "#ff9a45", 3: "#f5cf3a", 4: "#a3d94a", 5: "#3ccf74" },
  severity: { low: "#f5cf3a", medium: "#ff9a45", high: "#ff6b5e" },
  faceInk: "#111111",
  voteFill: "#e8edf5",
};

export function paletteFor(background: BackgroundChoice): Palette {
  if (background === "dark") return dark;
  if (background === "transparent") return { ...light, background: null };
  return light;
}
