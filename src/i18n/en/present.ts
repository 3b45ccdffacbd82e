import type { Message } from "../catalogue";

/** Texts of the present area. */
export const presentEn = {} as const satisfies Record<string, Message>;
