/**
 * Why a file (or a stored record) was refused, in terms the interface turns into plain words.
 * Parsing never throws: every failure is one of these.
 */
export type FormatError =
  | { kind: "tooLarge"; bytes: number; limit: number }
  | { kind: "unreadable"; detail: string }
  | { kind: "notWaymark" }
  /** Nothing in it at all (a download or sync that never got going). */
  | { kind: "empty" }
  /** It begins as a Waymark file but its text stops short or breaks (a cut-off download). */
  | { kind: "incomplete" }
  | { kind: "newerVersion"; version: number; supported: number }
  | {
      kind: "damaged";
      /** Where, as a JSON path (`journeys[2].elements[14].title`), for files and support. */
      path: string;
      /** The same place as its parts, which the interface turns into words. */
      at: DamagePath;
      damage: Damage;
    };

export type DamagePath = readonly (string | number)[];

/** What is wrong at a damaged place; the catalogue says each in words (`import.damage.*`). */
export type Damage =
  | { code: "missing" }
  | { code: "wrongType" }
  | { code: "tooLong"; max: number }
  | { code: "tooShort"; min: number }
  | { code: "tooMany"; max: number }
  | { code: "tooFew"; min: number }
  | { code: "tooHigh"; max: number }
  | { code: "tooLow"; min: number }
  | { code: "notWhole" }
  | { code: "notAllowed" }
  | { code: "unknownField"; field: string }
  | { code: "badFormat" }
  | { code: "badPicture" }
  | { code: "forbiddenKey" }
  | { code: "tooDeep" }
  | { code: "notFormatVersion" }
  | { code: "cannotUpgrade" }
  | { code: "repeatedId" }
  | { code: "unknownPersona" }
  | { code: "unknownJourney" }
  | { code: "repeatedTarget" }
  | { code: "unknownMetric" }
  | { code: "outsideScale" }
  | { code: "unknownStage" }
  | { code: "unknownLane" }
  | { code: "cardInCurveLane" }
  | { code: "unknownCard" }
  | { code: "unknownThread" }
  | { code: "journeyFileShape" }
  | { code: "notARecord" }
  | { code: "noJourney" }
  | { code: "invalid" };

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

export function damaged(at: readonly PropertyKey[], damage: Damage): FormatError {
  const parts = at.map((p) => (typeof p === "number" ? p : String(p)));
  return { kind: "damaged", path: formatPath(parts), at: parts, damage };
}
