import type { Id } from "../../domain";

/**
 * Addresses of the workspace's pages. Panels may not import app/, so these mirror the hash routes
 * of app/router.ts; test/panels/workspace/links.test.ts keeps the two in step.
 */
export const homeHref = (): string => "#/";
export const personaHref = (id: Id): string => `#/persona/${id}`;
export const journeyHref = (id: Id): string => `#/journey/${id}`;

/**
 * Goes to a page as a link would, with a history entry so Back returns here. The route changes
 * at once (not on the browser's later hashchange), so a change made right after, such as
 * deleting the persona being shown, never flashes a "not found" page.
 */
export function go(href: string): void {
  if (window.location.hash === href) return;
  const from = window.location.href;
  history.pushState(history.state, "", href);
  window.dispatchEvent(
    new HashChangeEvent("hashchange", { oldURL: from, newURL: window.location.href }),
  );
}
