import type { z } from "../format/zod-config";
import { damageOfError, type DamagedRecord } from "./damage";

/** Checks a record read from a document; one that fails is reported (to be set aside). */
export function check<T>(
  schema: z.ZodMiniType<T>,
  value: unknown,
  what: DamagedRecord["what"],
  label: string,
  damaged: DamagedRecord[],
  where?: DamagedRecord["where"],
): T | null {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  damaged.push({ what, label, problem: damageOfError(result.error, value), record: value, where });
  return null;
}

export const labelOf = (value: Record<string, unknown>, field: string) =>
  typeof value[field] === "string" ? (value[field] as string).slice(0, 80) : "";
