import { canvasPl } from "./pl/canvas";
import { corePl } from "./pl/core";
import { damagePl } from "./pl/damage";
import { exportPl } from "./pl/export";
import { presentPl } from "./pl/present";
import { roomsPl } from "./pl/rooms";
import { insightsPl } from "./pl/insights";
import { tablePl } from "./pl/table";
import { prioritiesPl } from "./pl/priorities";
import { planPl } from "./pl/plan";
import { snapshotsPl } from "./pl/snapshots";
import { metricsPl } from "./pl/metrics";
import { workspacePl } from "./pl/workspace";

/** The Polish interface texts, loaded when the language is chosen (the templates' texts load with the templates). */
export const pl = {
  ...corePl,
  ...damagePl,
  ...workspacePl,
  ...canvasPl,
  ...exportPl,
  ...presentPl,
  ...roomsPl,
  ...insightsPl,
  ...tablePl,
  ...prioritiesPl,
  ...planPl,
  ...snapshotsPl,
  ...metricsPl,
};
