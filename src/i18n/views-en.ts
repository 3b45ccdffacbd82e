import type { Message } from "./catalogue";
import { canvasEn } from "./en/canvas";
import { damageEn } from "./en/damage";
import { exportEn } from "./en/export";
import { insightsEn } from "./en/insights";
import { metricsEn } from "./en/metrics";
import { planEn } from "./en/plan";
import { presentEn } from "./en/present";
import { prioritiesEn } from "./en/priorities";
import { roomsEn } from "./en/rooms";
import { snapshotsEn } from "./en/snapshots";
import { tableEn } from "./en/table";
import { addMessages } from "./index";

/**
 * The English texts of the views that load when first opened (the map and its panels, snapshots, what is wrong with a file or a record, a room, the presentation, export,
 * Insights, the table, priorities, the plan, the metric library): each of those modules imports
 * this one, so the texts arrive with the first of them and the first page does not carry them.
 * A text asked for before it has arrived is a defect, and says so in the console (see `t`).
 */
export const viewsEn = {
  ...canvasEn,
  ...damageEn,
  ...snapshotsEn,
  ...exportEn,
  ...presentEn,
  ...roomsEn,
  ...insightsEn,
  ...tableEn,
  ...prioritiesEn,
  ...planEn,
  ...metricsEn,
} as const satisfies Record<string, Message>;

addMessages("en", viewsEn);
