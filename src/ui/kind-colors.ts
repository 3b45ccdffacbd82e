import type { ElementKind } from "../domain";

/** Each kind's colour, the same as on cards and in exports (for the overview). */
export const KIND_COLOR: Record<ElementKind, string> = {
  touchpoint: "#2b59d9",
  channel: "#0f7a6e",
  frictionPoint: "#c42b1c",
  momentOfDelight: "#b7820a",
  customerAction: "#4a5568",
  thought: "#7a3fc2",
  opportunity: "#1d8a3a",
  note: "#8c7a4a",
};
