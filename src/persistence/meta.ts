import { FORMAT_VERSION } from "../format";
import type { WaymarkDatabase } from "./database";
import type { MetaRow, QuarantineRow } from "./rows";

export async function writeMeta(
  db: WaymarkDatabase,
  changes: Partial<Omit<MetaRow, "key">>,
): Promise<MetaRow> {
  return db.transaction("rw", db.meta, async () => {
    const current = (await db.meta.get("workspace")) ?? {
      key: "workspace" as const,
      formatVersion: FORMAT_VERSION,
      createdAt: Date.now(),
      sampleCreated: false,
    };
    const next: MetaRow = { ...current, ...changes, key: "workspace" };
    await db.meta.put(next);
    return next;
  });
}

/**
 * Claims the first run: true for the one tab that may create the sample workspace, false when
 * it was made already (by this browser before, or by another tab opened at the same moment).
 * Checked and marked in one transaction, so the sample is made once whatever the timing.
 */
export async function claimFirstRun(db: WaymarkDatabase, at: number): Promise<boolean> {
  return db.transaction("rw", db.meta, async () => {
    const current = await db.meta.get("workspace");
    if (current?.sampleCreated) return false;
    await db.meta.put({
      ...current,
      key: "workspace",
      formatVersion: current?.formatVersion ?? FORMAT_VERSION,
      createdAt: current?.createdAt ?? at,
      sampleCreated: true,
    });
    return true;
  });
}

export async function discardQuarantined(db: WaymarkDatabase, seq: number): Promise<void> {
  await db.quarantine.delete(seq);
}

export async function readMeta(db: WaymarkDatabase): Promise<MetaRow | null> {
  return (await db.meta.get("workspace")) ?? null;
}

/** Sets records aside for the person to download; returns them with their numbers. */
export async function addQuarantined(
  db: WaymarkDatabase,
  rows: readonly QuarantineRow[],
): Promise<QuarantineRow[]> {
  if (!rows.length) return [];
  const seqs = await db.quarantine.bulkAdd([...rows], { allKeys: true });
  return rows.map((row, i) => ({ ...row, seq: seqs[i] }));
}
