import type { Id, Journey, LinkKind } from "./types";

/** Adds an arrow between two cards; refuses self-links and exact duplicates. Returns whether added. */
export function addLink(journey: Journey, id: Id, from: Id, to: Id, kind: LinkKind): boolean {
  if (from === to) return false;
  if (!journey.elements[from] || !journey.elements[to]) return false;
  const duplicate = Object.values(journey.links).some((l) => l.from === from && l.to === to);
  if (duplicate) return false;
  journey.links[id] = { id, from, to, kind };
  return true;
}

export function changeLinkKind(journey: Journey, linkId: Id, kind: LinkKind): void {
  const link = journey.links[linkId];
  if (link) link.kind = kind;
}

export function removeLinks(journey: Journey, linkIds: readonly Id[]): void {
  for (const id of linkIds) delete journey.links[id];
}
