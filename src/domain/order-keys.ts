import {
  base62CharSet,
  generateJitteredKeyBetween,
  generateKeyBetween,
  generateNJitteredKeysBetween,
} from "fractional-indexing-jittered";

/**
 * Order keys: strings that sort in the order of the things they place (cards in a cell, stages,
 * lanes, pain points), with room between any two for another. A new key takes random jitter, so
 * two people inserting at the same spot at the same moment get different keys; where two keys are
 * still equal, the id breaks the tie, so every replica sorts alike.
 */

const CHARS = base62CharSet();

/** Longer than this and a list's keys are dealt afresh (it takes thousands of inserts at one spot). */
export const MAX_ORDER_KEY_LENGTH = 120;
const KEY_PATTERN = /^[0-9A-Za-z]{2,200}$/;

/** Whether a string is an order key this program can place things between. */
export function isOrderKey(value: unknown): value is string {
  if (typeof value !== "string" || !KEY_PATTERN.test(value)) return false;
  // Nearly every key has a head strictly inside the range: the head alone says how long the
  // integer part is, as the library reckons it, and a key at least that long can have a key
  // placed after it. Opening a map checks every card's key, so this path stays cheap.
  const head = value[0]!;
  if (head > CHARS.mostNegative && head < CHARS.mostPositive) {
    const integerLength =
      head >= CHARS.firstPositive
        ? CHARS.byChar[head]! - CHARS.byChar[CHARS.firstPositive]! + 2
        : CHARS.byChar[CHARS.firstNegative]! - CHARS.byChar[head]! + 2;
    return integerLength <= value.length;
  }
  try {
    generateKeyBetween(value, null, CHARS);
    return true;
  } catch {
    return false;
  }
}

/**
 * A key between `before` and `after` (null for the start or the end of the list). Null when the
 * two are equal or out of order, or the key would grow too long: the caller deals the list fresh keys.
 */
export function keyBetween(before: string | null, after: string | null): string | null {
  if (before !== null && after !== null && before >= after) return null;
  const key = generateJitteredKeyBetween(before, after, CHARS);
  return key.length > MAX_ORDER_KEY_LENGTH ? null : key;
}

/** `count` keys in order between two others (null for an end). */
export function keysBetween(before: string | null, after: string | null, count: number): string[] {
  if (count <= 0) return [];
  return generateNJitteredKeysBetween(before, after, count, CHARS);
}

/** Keys for a whole list, in order: a fresh start for a list whose keys ran out of room. */
export function freshKeys(count: number): string[] {
  return keysBetween(null, null, count);
}

/** Orders things by key, then by id, the same way everywhere. */
export function compareKeys(aKey: string, aId: string, bKey: string, bId: string): number {
  if (aKey !== bKey) return aKey < bKey ? -1 : 1;
  return aId < bId ? -1 : aId > bId ? 1 : 0;
}

/**
 * Keys for numbers that placed things in older files and versions (any finite numbers, in any
 * spread): the same order, as keys. `items` need not be sorted.
 */
export function keysForNumbers<T extends { id: string; order: number }>(
  items: readonly T[],
): Map<string, string> {
  const sorted = [...items].sort(
    (a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const keys = freshKeys(sorted.length);
  return new Map(sorted.map((item, i) => [item.id, keys[i]!]));
}
