import { z } from "zod";

/**
 * Zod compiles object parsers with `new Function` when it may. The app's Content-Security-Policy
 * forbids eval, so zod would fall back anyway, but only after a refused probe that the browser
 * reports as a violation. Zod decides when a schema is built, so every module that builds
 * schemas imports this first.
 */
z.config({ jitless: true });

export { z };
