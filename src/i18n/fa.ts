import { canvasFa } from "./fa/canvas";
import { coreFa } from "./fa/core";
import { damageFa } from "./fa/damage";
import { exportFa } from "./fa/export";
import { presentFa } from "./fa/present";
import { insightsFa } from "./fa/insights";
import { tableFa } from "./fa/table";
import { prioritiesFa } from "./fa/priorities";
import { planFa } from "./fa/plan";
import { snapshotsFa } from "./fa/snapshots";
import { metricsFa } from "./fa/metrics";
import { roomsFa } from "./fa/rooms";
import { workspaceFa } from "./fa/workspace";

/** The Persian interface texts, loaded when the language is chosen (the templates' texts load with the templates). */
export const fa = {
  ...coreFa,
  ...damageFa,
  ...workspaceFa,
  ...canvasFa,
  ...exportFa,
  ...presentFa,
  ...roomsFa,
  ...insightsFa,
  ...tableFa,
  ...prioritiesFa,
  ...planFa,
  ...snapshotsFa,
  ...metricsFa,
};
