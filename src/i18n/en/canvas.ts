import type { Message } from "../catalogue";

/** Texts of the canvas area. */
export const canvasEn = {} as const satisfies Record<string, Message>;
