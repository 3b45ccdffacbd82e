import type { z } from "./zod-config";
import type { Damage } from "./errors";

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const part of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

/**
 * A schema's complaint as a damage the interface can word, rather than zod's own English.
 * `input` is what was checked, to tell a missing field from one of the wrong type.
 */
export function damageOf(issue: z.core.$ZodIssue, input: unknown): Damage {
  switch (issue.code) {
    case "invalid_type":
      return valueAt(input, issue.path) === undefined ? { code: "missing" } : { code: "wrongType" };
    case "too_big": {
      const max = Number(issue.maximum);
      if (issue.origin === "string") return { code: "tooLong", max };
      if (issue.origin === "array" || issue.origin === "set") return { code: "tooMany", max };
      return { code: "tooHigh", max };
    }
    case "too_small": {
      const min = Number(issue.minimum);
      if (issue.origin === "string") return { code: "tooShort", min };
      if (issue.origin === "array" || issue.origin === "set") return { code: "tooFew", min };
      return { code: "tooLow", min };
    }
    case "not_multiple_of":
      return { code: "notWhole" };
    case "invalid_value":
      return { code: "notAllowed" };
    case "invalid_union":
      return unionDamage(issue, valueAt(input, issue.path));
    case "unrecognized_keys":
      return { code: "unknownField", field: issue.keys[0] ?? "" };
    case "invalid_format":
      return { code: "badFormat" };
    default:
      return { code: "invalid" };
  }
}

/** A choice of numbers (a satisfaction score of 1 to 5) missed: say which way, as for a range. */
function unionDamage(issue: z.core.$ZodIssueInvalidUnion, value: unknown): Damage {
  const options = issue.errors.flat();
  const numbers = options.flatMap((o) =>
    o.code === "invalid_value" ? o.values.filter((v): v is number => typeof v === "number") : [],
  );
  if (typeof value !== "number" || numbers.length === 0 || numbers.length < options.length)
    return { code: "notAllowed" };
  const max = Math.max(...numbers);
  const min = Math.min(...numbers);
  if (value > max) return { code: "tooHigh", max };
  if (value < min) return { code: "tooLow", min };
  return Number.isInteger(value) ? { code: "notAllowed" } : { code: "notWhole" };
}
