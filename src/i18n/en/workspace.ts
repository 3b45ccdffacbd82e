import type { Message } from "../catalogue";

/** Texts of the workspace area. */
export const workspaceEn = {} as const satisfies Record<string, Message>;
