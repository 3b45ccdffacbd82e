/**
 * Goes to a page of the app as a link would, with a history entry so Back returns here. The route
 * changes at once: the browser's own hashchange comes in a later task, and a key pressed or a
 * change made in between went to the page being left (a view's shortcut pressed right after
 * "Back to the map" did nothing; deleting the persona being shown flashed a "not found" page).
 */
export function go(href: string): void {
  if (window.location.hash === href) return;
  const from = window.location.href;
  history.pushState(history.state, "", href);
  window.dispatchEvent(
    new HashChangeEvent("hashchange", { oldURL: from, newURL: window.location.href }),
  );
}
