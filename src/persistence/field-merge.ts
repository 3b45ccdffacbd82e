/**
 * Three-way merge of one stored row, field by field. Two tabs that change different fields of the
 * same row (one renames a stage, the other's card edit stamps the journey's `updatedAt`) both
 * keep their change; only the same field changed two ways is a conflict, and this tab's value
 * stands then, so what the person is looking at is what gets stored.
 */

/**
 * Structural equality for stored rows. Blobs (avatar pictures) read back from disk are new
 * objects, so there they are compared by size and type; two values both held in memory are
 * compared by identity (`pictures: "identity"`), since a new picture is always a new Blob.
 */
export function sameValue(a: unknown, b: unknown, pictures: "identity" | "size" = "size"): boolean {
  if (a === b) return true;
  // (A missing optional field reads as undefined, so it equals one holding undefined above.)
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return false;
  if (typeof Blob !== "undefined" && (a instanceof Blob || b instanceof Blob)) {
    if (pictures === "identity") return false;
    return a instanceof Blob && b instanceof Blob && a.size === b.size && a.type === b.type;
  }
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => sameValue(item, b[i], pictures));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  for (const key of new Set([...Object.keys(left), ...Object.keys(right)])) {
    if (!sameValue(left[key], right[key], pictures)) return false;
  }
  return true;
}

export interface RowMerge<T> {
  row: T;
  /** The same field was changed here and elsewhere to different values; this tab's value stands. */
  conflict: boolean;
}

/**
 * `base`: the row as this tab last knew it on disk; `ours`: this tab's row now; `theirs`: the row
 * on disk now. A row deleted elsewhere while edited here comes back with this tab's edit (an edit
 * outweighs a deletion, and nothing typed is lost), and that counts as a conflict.
 */
export function mergeRow<T extends object>(
  base: T | undefined,
  ours: T,
  theirs: T | undefined,
): RowMerge<T> {
  if (theirs === undefined) return { row: ours, conflict: base !== undefined };
  if (base === undefined || sameValue(theirs, base)) return { row: ours, conflict: false };
  const b = base as Record<string, unknown>;
  const o = ours as Record<string, unknown>;
  const t = theirs as Record<string, unknown>;
  const row: Record<string, unknown> = {};
  let conflict = false;
  for (const key of new Set([...Object.keys(o), ...Object.keys(t)])) {
    if (key === "updatedAt" && typeof o[key] === "number" && typeof t[key] === "number") {
      // Both tabs stamp their edits; the row was last edited at the later stamp.
      row[key] = Math.max(o[key], t[key]);
      continue;
    }
    const oursChanged = !sameValue(o[key], b[key], "identity");
    const theirsChanged = !sameValue(t[key], b[key]);
    if (!oursChanged) row[key] = t[key];
    else {
      row[key] = o[key];
      if (theirsChanged && !sameValue(o[key], t[key])) conflict = true;
    }
  }
  for (const key of Object.keys(row)) if (row[key] === undefined) delete row[key];
  return { row: row as T, conflict };
}
