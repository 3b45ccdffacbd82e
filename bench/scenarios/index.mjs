import { bundle } from "./bundle.mjs";
import { canvas } from "./canvas.mjs";
import { data } from "./data.mjs";
import { decisions } from "./decisions.mjs";
import { engine } from "./engine.mjs";
import { exportImages } from "./export.mjs";
import { lighthouseScores } from "./lighthouse.mjs";
import { rooms } from "./rooms.mjs";

/** Every benchmark, in the order the table prints them. */
export const scenarios = [
  bundle,
  data,
  engine,
  canvas,
  exportImages,
  rooms,
  decisions,
  lighthouseScores,
];
