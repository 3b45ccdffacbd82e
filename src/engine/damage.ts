import { damageOf, type Damage, type DamagePath } from "../format";
import type { z } from "../format/zod-config";
import type { QuarantineWhat } from "../persistence";

/** A record a document holds that does not pass the format's schema: set aside, never shown. */
export interface DamagedRecord {
  what: QuarantineWhat;
  /** A title or name when one could be read, for the notice. */
  label: string;
  problem: { at: DamagePath; damage: Damage } | null;
  /** The record as it was found, kept whole so the person can download it. */
  record: unknown;
  /** Where it sits in its document (a root map and a key), so it can be taken out of it. */
  where?: { root: string; key: string };
}

export function damageOfError(error: z.core.$ZodError, input: unknown): DamagedRecord["problem"] {
  const issue = error.issues[0];
  if (!issue) return { at: [], damage: { code: "invalid" } };
  const at = issue.path.map((p) => (typeof p === "number" ? p : String(p)));
  return { at, damage: damageOf(issue, input) };
}
