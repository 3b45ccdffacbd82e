import { bundle } from "./bundle.mjs";

/** Every benchmark, in the order the table prints them. */
export const scenarios = [bundle];
