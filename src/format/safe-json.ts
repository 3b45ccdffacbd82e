import { damaged, fail, ok, type FormatError, type Result } from "./errors";
import { LIMITS } from "./limits";

/** Keys that reach Object.prototype when copied onto an object. Never accepted from a file. */
const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/**
 * JSON.parse, then a walk that refuses prototype-polluting keys and absurd nesting, so nothing
 * downstream (spread, Object.assign, Immer) ever sees them.
 */
export function parseJsonSafely(text: string): Result<unknown, FormatError> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return fail({
      kind: "unreadable",
      detail: error instanceof Error ? error.message : String(error),
    });
  }
  const problem = findUnsafeKey(value);
  if (problem) return fail(problem);
  return ok(value);
}

export function findUnsafeKey(root: unknown): FormatError | null {
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value: root, path: [] }];
  while (stack.length) {
    const { value, path } = stack.pop()!;
    if (value === null || typeof value !== "object") continue;
    if (path.length > LIMITS.nestingDepth) {
      return damaged(path, { code: "tooDeep" });
    }
    if (Array.isArray(value)) {
      value.forEach((item, i) => stack.push({ value: item, path: [...path, i] }));
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) {
        return damaged([...path, key], { code: "forbiddenKey" });
      }
      stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return null;
}
