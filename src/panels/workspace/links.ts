import type { Id } from "../../domain";

/**
 * Addresses of the workspace's pages. Panels may not import app/, so these mirror the hash routes
 * of app/router.ts; test/panels/workspace/links.test.ts keeps the two in step.
 */
export const homeHref = (): string => "#/";
export const personaHref = (id: Id): string => `#/persona/${id}`;
export const journeyHref = (id: Id): string => `#/journey/${id}`;
