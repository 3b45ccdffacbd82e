import { useSyncExternalStore } from "react";
import { parseRoomPath, roomLinkHash, type RoomLinkParts } from "../rooms/link";
import { go } from "../ui/navigation";

/**
 * Hash routes, so any static host serves Waymark and a reload stays in place:
 *   #/                    home (personas and journeys)
 *   #/persona/<id>        one persona
 *   #/journey/<id>        a journey canvas
 *   #/journey/<id>/present  presentation mode
 *   #/journey/<id>/insights what the map says (satisfaction, friction, evidence)
 *   #/journey/<id>/table  the journey's cards as a table
 *   #/journey/<id>/priorities  opportunities by impact and effort
 *   #/journey/<id>/compare  the journey beside another (its future state)
 *   #/journey/<id>/plan   the action plan: actions by owner and status
 *   #/journey/<id>/snapshots  the journey's snapshots: kept, compared with now, restored
 *   #/room/<room>/<role>/<secret>[/<server>]  a room link: joins the room (the fragment never
 *                         reaches a server)
 */
export type Route =
  | { name: "home" }
  | { name: "persona"; id: string }
  | { name: "journey"; id: string }
  | { name: "present"; id: string }
  | { name: "insights"; id: string }
  | { name: "table"; id: string }
  | { name: "priorities"; id: string }
  | { name: "compare"; id: string }
  | { name: "plan"; id: string }
  | { name: "snapshots"; id: string }
  | { name: "room"; link: RoomLinkParts }
  | { name: "notFound"; path: string };

const ID = "([A-Za-z0-9_-]{1,64})";
const PATTERNS: [RegExp, (m: RegExpExecArray) => Route][] = [
  [/^\/?$/, () => ({ name: "home" })],
  [new RegExp(`^/persona/${ID}/?$`), (m) => ({ name: "persona", id: m[1]! })],
  [new RegExp(`^/journey/${ID}/?$`), (m) => ({ name: "journey", id: m[1]! })],
  [new RegExp(`^/journey/${ID}/present/?$`), (m) => ({ name: "present", id: m[1]! })],
  [new RegExp(`^/journey/${ID}/insights/?$`), (m) => ({ name: "insights", id: m[1]! })],
  [new RegExp(`^/journey/${ID}/table/?$`), (m) => ({ name: "table", id: m[1]! })],
  [new RegExp(`^/journey/${ID}/priorities/?$`), (m) => ({ name: "priorities", id: m[1]! })],
  [new RegExp(`^/journey/${ID}/compare/?$`), (m) => ({ name: "compare", id: m[1]! })],
  [new RegExp(`^/journey/${ID}/plan/?$`), (m) => ({ name: "plan", id: m[1]! })],
  [new RegExp(`^/journey/${ID}/snapshots/?$`), (m) => ({ name: "snapshots", id: m[1]! })],
];

export function parseHash(hash: string): Route {
  const path = hash.replace(/^#/, "") || "/";
  const room = parseRoomPath(path);
  if (room) return { name: "room", link: room };
  for (const [pattern, build] of PATTERNS) {
    const match = pattern.exec(path);
    if (match) return build(match);
  }
  return { name: "notFound", path };
}

export function hrefOf(route: Route): string {
  switch (route.name) {
    case "home":
      return "#/";
    case "persona":
      return `#/persona/${route.id}`;
    case "journey":
      return `#/journey/${route.id}`;
    case "present":
      return `#/journey/${route.id}/present`;
    case "insights":
      return `#/journey/${route.id}/insights`;
    case "table":
      return `#/journey/${route.id}/table`;
    case "priorities":
      return `#/journey/${route.id}/priorities`;
    case "compare":
      return `#/journey/${route.id}/compare`;
    case "plan":
      return `#/journey/${route.id}/plan`;
    case "snapshots":
      return `#/journey/${route.id}/snapshots`;
    case "room":
      return roomLinkHash(route.link.room, route.link.role, route.link.secret, route.link.server);
    case "notFound":
      return `#${route.path}`;
  }
}

export function navigate(route: Route, options: { replace?: boolean } = {}): void {
  const href = hrefOf(route);
  if (options.replace) {
    history.replaceState(history.state, "", href);
    window.dispatchEvent(new HashChangeEvent("hashchange"));
  } else {
    go(href);
  }
}

/**
 * A click on a link to a page of the app goes there as go() does, with the route changed in the
 * same task. Left to the browser, the hashchange comes a task later, and a key pressed right after
 * the click (a view's shortcut on the journey just opened) reached the page being left. A click
 * with a modifier key or another button (a new tab, a new window) is left to the browser.
 */
export function followLinksAtOnce(): () => void {
  const onClick = (event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = event.target instanceof Element ? event.target.closest("a") : null;
    const href = link?.getAttribute("href");
    if (!link || !href?.startsWith("#") || link.hasAttribute("download")) return;
    if (link.target && link.target !== "_self") return;
    event.preventDefault();
    go(href);
  };
  document.addEventListener("click", onClick);
  return () => document.removeEventListener("click", onClick);
}

let cached: { hash: string; route: Route } | null = null;
function currentRoute(): Route {
  const hash = window.location.hash;
  if (!cached || cached.hash !== hash) cached = { hash, route: parseHash(hash) };
  return cached.route;
}

function subscribe(listener: () => void): () => void {
  window.addEventListener("hashchange", listener);
  return () => window.removeEventListener("hashchange", listener);
}

export function useRoute(): Route {
  return useSyncExternalStore(subscribe, currentRoute, currentRoute);
}
