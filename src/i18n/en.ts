import type { Message } from "./catalogue";
import { canvasEn } from "./en/canvas";
import { coreEn } from "./en/core";
import { damageEn } from "./en/damage";
import { exportEn } from "./en/export";
import { presentEn } from "./en/present";
import { insightsEn } from "./en/insights";
import { tableEn } from "./en/table";
import { prioritiesEn } from "./en/priorities";
import { planEn } from "./en/plan";
import { snapshotsEn } from "./en/snapshots";
import { metricsEn } from "./en/metrics";
import { roomsEn } from "./en/rooms";
import type { templatesEn } from "./en/templates";
import { workspaceEn } from "./en/workspace";

/**
 * The English catalogue is the source of truth: its keys type every t() call, so a missing key
 * is a compile error. It is split by area (one file each) and merged here; other locales
 * translate a subset and fall back to these texts. The templates' long texts are not in it: they
 * load with the templates (src/templates registers them), so the first page does not carry them.
 */
export const en = {
  ...coreEn,
  ...damageEn,
  ...workspaceEn,
  ...canvasEn,
  ...exportEn,
  ...presentEn,
  ...roomsEn,
  ...insightsEn,
  ...tableEn,
  ...prioritiesEn,
  ...planEn,
  ...snapshotsEn,
  ...metricsEn,
} as const satisfies Record<string, Message>;

export type MessageKey = keyof typeof en | keyof typeof templatesEn;
