/**
 * Why a file (or a stored record) was refused, in terms the interface turns into plain words.
 * Parsing never throws: every failure is one of these.
 */
export type FormatError =
  | { kind: "tooLarge"; bytes: number; limit: number }
  | { kind: "unreadable"; detail: string }
  | { kind: "notWaymark" }
  | { kind: "newerVersion"; version: number; supported: number }
  | { kind: "damaged"; path: string; reason: string };

export type Result<T, E = FormatError> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const fail = <E>(error: E): Result<never, E> => ({ ok: false, error });

/** A JSON path for people: `journeys[2].elements[14].title`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || "(top level)";
}
