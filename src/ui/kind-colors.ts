import type { ElementKind } from "../domain";

/** Okabe-Ito colours per kind (for the minimap; the cards themselves use CSS with the same hues). */
export const KIND_COLOR: Record<ElementKind, string> = {
  touchpoint: "#0072B2",
  channel: "#56B4E9",
  frictionPoint: "#D55E00",
  momentOfDelight: "#E69F00",
  customerAction: "#009E73",
  thought: "#CC79A7",
  opportunity: "#B8A200",
  note: "#6B7280",
};
