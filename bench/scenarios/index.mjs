import { bundle } from "./bundle.mjs";
import { exportImages } from "./export.mjs";

/** Every benchmark, in the order the table prints them. */
export const scenarios = [bundle, exportImages];
