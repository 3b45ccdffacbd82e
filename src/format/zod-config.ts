import * as z from "zod/mini";

/**
 * Zod's small build (zod/mini: functions rather than chained methods, so what the app does not
 * use is left out of the first page's download).
 *
 * Zod compiles object parsers with `new Function` when it may. The app's Content-Security-Policy
 * forbids eval, so zod would fall back anyway, but only after a refused probe that the browser
 * reports as a violation. Zod decides when a schema is built, so every module that builds
 * schemas imports this first.
 */
z.config({ jitless: true });

export { z };
