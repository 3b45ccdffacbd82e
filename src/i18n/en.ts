import type { Message } from "./catalogue";
import { coreEn } from "./en/core";
import type { templatesEn } from "./en/templates";
import type { viewsEn } from "./views-en";
import { workspaceEn } from "./en/workspace";

/**
 * The English catalogue is the source of truth: its keys type every t() call, so a missing key
 * is a compile error. It is split by area (one file each) and merged here; other locales
 * translate a subset and fall back to these texts. The templates' long texts are not in it: they
 * load with the templates (src/templates registers them), and neither are the texts of the views
 * that load when first opened, the map's among them (views-en.ts), so the first page does not carry them.
 */
export const en = {
  ...coreEn,
  ...workspaceEn,
} as const satisfies Record<string, Message>;

export type MessageKey = keyof typeof en | keyof typeof templatesEn | keyof typeof viewsEn;
