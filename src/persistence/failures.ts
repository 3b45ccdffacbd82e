/** Plain categories for what went wrong with storage, so the interface can say it in words. */
export type StorageFailure =
  { kind: "quotaExceeded" } | { kind: "closed" } | { kind: "writeFailed"; detail: string };

function names(error: unknown): string[] {
  const found: string[] = [];
  let current: unknown = error;
  // Dexie wraps the DOMException (AbortError with an inner QuotaExceededError); look through.
  for (let depth = 0; current && depth < 4; depth++) {
    const e = current as { name?: unknown; inner?: unknown; cause?: unknown };
    if (typeof e.name === "string") found.push(e.name);
    current = e.inner ?? e.cause;
  }
  return found;
}

export function classifyStorageError(error: unknown): StorageFailure {
  const all = names(error);
  const message = error instanceof Error ? error.message : String(error);
  if (all.includes("QuotaExceededError") || /quota/i.test(message))
    return { kind: "quotaExceeded" };
  if (all.includes("DatabaseClosedError") || all.includes("InvalidStateError"))
    return { kind: "closed" };
  return { kind: "writeFailed", detail: message };
}
