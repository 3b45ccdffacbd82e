import type { Message } from "../catalogue";

/** Texts of the export area. */
export const exportEn = {} as const satisfies Record<string, Message>;
