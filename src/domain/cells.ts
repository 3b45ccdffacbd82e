import { compareKeys, keyBetween } from "./order-keys";
import type { Id, Journey, JourneyElement } from "./types";

/** Cards of one cell in display order. */
export function cellElements(journey: Journey, stageId: Id, laneId: Id): JourneyElement[] {
  const result: JourneyElement[] = [];
  for (const element of Object.values(journey.elements)) {
    if (element.stageId === stageId && element.laneId === laneId) result.push(element);
  }
  return result.sort(compareOrder);
}

export function compareOrder(a: JourneyElement, b: JourneyElement): number {
  return compareKeys(a.order, a.id, b.order, b.id);
}

/** Groups every card by cell in one pass: `${stageId}/${laneId}` -> cards in order. */
export function elementsByCell(journey: Journey): Map<string, JourneyElement[]> {
  const cells = new Map<string, JourneyElement[]>();
  for (const element of Object.values(journey.elements)) {
    const key = cellKey(element.stageId, element.laneId);
    const list = cells.get(key);
    if (list) list.push(element);
    else cells.set(key, [element]);
  }
  for (const list of cells.values()) list.sort(compareOrder);
  return cells;
}

export function cellKey(stageId: Id, laneId: Id): string {
  return `${stageId}/${laneId}`;
}

/** Every card (or those `keep` keeps) in journey order: stage, then lane, then place in the cell. */
export function elementsInJourneyOrder(
  journey: Journey,
  keep?: (element: JourneyElement) => boolean,
): JourneyElement[] {
  const stageIndex = new Map(journey.stages.map((s, i) => [s.id, i]));
  const laneIndex = new Map(journey.lanes.map((l, i) => [l.id, i]));
  const all = Object.values(journey.elements);
  // Kept first, then sorted: the map's emotion curve sorts a fifth of the cards, not all of them.
  return (keep ? all.filter(keep) : all).sort(
    (a, b) =>
      (stageIndex.get(a.stageId) ?? 0) - (stageIndex.get(b.stageId) ?? 0) ||
      (laneIndex.get(a.laneId) ?? 0) - (laneIndex.get(b.laneId) ?? 0) ||
      compareOrder(a, b),
  );
}

/**
 * An order key that puts a card at `index` among `siblings` (which must not contain the card).
 * Returns null when the neighbours leave no room (equal keys, met when two people placed cards at
 * one spot at once); the caller deals the cell fresh keys.
 */
export function orderAt(siblings: readonly JourneyElement[], index: number): string | null {
  const clamped = Math.max(0, Math.min(index, siblings.length));
  const before = siblings[clamped - 1];
  const after = siblings[clamped];
  return keyBetween(before?.order ?? null, after?.order ?? null);
}
