import type * as Y from "yjs";
import { compareKeys, freshKeys, keyBetween, keysBetween } from "../domain";

/**
 * Ordered lists (stages, lanes, a card's pain points) are kept as maps of id to entry, each entry
 * holding its order key in `at`. Two people reordering at once then never duplicate nor drop an
 * item: each item is one entry, and the last move of it wins. The domain keeps plain arrays; this
 * turns a change of an array into the fewest key changes.
 */

export const AT = "at";
/** Removed stages and lanes stay as marked entries, so cards left in them can find a neighbour. */
export const REMOVED = "removed";

type Entry = Y.Map<unknown>;

export function keyOf(entry: Entry): string {
  const at = entry.get(AT);
  return typeof at === "string" ? at : "";
}

export function isRemoved(entry: Entry): boolean {
  return entry.get(REMOVED) === true;
}

/** Every entry (removed ones too) in order: by key, then id. */
export function orderedEntries(map: Y.Map<Entry>): [string, Entry][] {
  return [...map.entries()].sort(([aId, a], [bId, b]) => compareKeys(keyOf(a), aId, keyOf(b), bId));
}

/** Positions of the longest run of `indices` that is already increasing (kept where they are). */
function longestIncreasing(indices: readonly number[]): Set<number> {
  const tails: number[] = [];
  const tailAt: number[] = [];
  const previous = new Array<number>(indices.length).fill(-1);
  indices.forEach((value, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid]! < value) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = value;
    tailAt[lo] = i;
    previous[i] = lo > 0 ? tailAt[lo - 1]! : -1;
  });
  const kept = new Set<number>();
  let at = tails.length ? tailAt[tails.length - 1]! : -1;
  while (at >= 0) {
    kept.add(at);
    at = previous[at]!;
  }
  return kept;
}

/**
 * Writes the order of `ids` (the list as the domain now has it) into `map`: entries already in
 * the right relative order keep their keys; the others get keys between their new neighbours.
 * `create` makes the entry of an id the map does not hold yet. Entries of ids no longer in the
 * list are left to the caller (removed or marked).
 */
export function writeOrder(
  map: Y.Map<Entry>,
  ids: readonly string[],
  create: (id: string) => Entry,
): void {
  // An entry whose key has not arrived yet (the update that set it depends on one still on its
  // way) cannot anchor others: it is placed afresh, like a moved one.
  const live = orderedEntries(map).filter(([, entry]) => !isRemoved(entry) && keyOf(entry) !== "");
  const rank = new Map(live.map(([id], i) => [id, i]));
  const present = ids
    .map((id, i) => ({ id, i, rank: rank.get(id) }))
    .filter((x) => x.rank !== undefined);
  const keptAt = longestIncreasing(present.map((x) => x.rank!));
  const stable = new Set(present.filter((_, i) => keptAt.has(i)).map((x) => x.id));
  // Keys are dealt left to right; a run of items that move sits between the stable ones around it.
  let before: string | null = null;
  let i = 0;
  while (i < ids.length) {
    const id = ids[i]!;
    if (stable.has(id)) {
      before = keyOf(map.get(id)!);
      i += 1;
      continue;
    }
    let end = i;
    while (end < ids.length && !stable.has(ids[end]!)) end += 1;
    const after = end < ids.length ? keyOf(map.get(ids[end]!)!) : null;
    const run = ids.slice(i, end);
    let keys: string[] | null = null;
    if (run.length === 1) {
      const key = keyBetween(before, after);
      keys = key === null ? null : [key];
    } else if (before === null || after === null || before < after) {
      keys = keysBetween(before, after, run.length);
    }
    if (keys === null) {
      // No room (keys that collided, or grew too long): deal the whole list fresh keys.
      dealFresh(map, ids, create);
      return;
    }
    run.forEach((runId, k) => {
      const entry = map.get(runId) ?? attach(map, runId, create);
      if (keyOf(entry) !== keys![k]) entry.set(AT, keys![k]);
    });
    before = keys[keys.length - 1]!;
    i = end;
  }
}

function attach(map: Y.Map<Entry>, id: string, create: (id: string) => Entry): Entry {
  map.set(id, create(id));
  return map.get(id)!;
}

function dealFresh(map: Y.Map<Entry>, ids: readonly string[], create: (id: string) => Entry): void {
  const keys = freshKeys(ids.length);
  ids.forEach((id, k) => {
    const entry = map.get(id) ?? attach(map, id, create);
    entry.set(AT, keys[k]!);
  });
}
