import { newId } from "../domain";

const KEY = "waymark:browser-id";
const VALID = /^[A-Za-z0-9_-]{1,64}$/;
let fallback: string | null = null;

/**
 * This browser, as its comments name their writer (only their writer edits or deletes them): a
 * random id made once and shared by every tab at once through localStorage, read on each use so
 * two tabs opened together end up agreeing. Without storage (a locked-down browser), one per tab.
 */
export function browserId(): string {
  try {
    const stored = localStorage.getItem(KEY);
    if (stored && VALID.test(stored)) return stored;
    const made = newId();
    localStorage.setItem(KEY, made);
    return made;
  } catch {
    fallback ??= newId();
    return fallback;
  }
}
