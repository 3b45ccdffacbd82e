import type { Id } from "./types";

const ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

/**
 * Short random ids (62^16, about 95 bits): collisions are not a practical concern, and ids stay
 * readable in files. Ids are never derived from user text.
 */
export function newId(): Id {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  let id = "";
  for (const byte of bytes) id += ALPHABET[byte % 62];
  return id;
}

export type IdFactory = () => Id;

/** Keys an attacker could use to reach Object.prototype through a record. */
const RESERVED_KEYS = new Set(["__proto__", "constructor", "prototype"]);
const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** Whether a string is safe to use as an id (and so as a record key). */
export function isValidId(value: string): boolean {
  return ID_PATTERN.test(value) && !RESERVED_KEYS.has(value) && !(value in Object.prototype);
}
