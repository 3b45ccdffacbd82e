import { FORMAT_VERSION } from "../format";
import type { WaymarkDatabase } from "./database";
import type { MetaRow } from "./rows";

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

export async function writeSession(db: WaymarkDatabase, value: unknown): Promise<void> {
  await db.session.put({ key: "session", value });
}

export async function discardQuarantined(db: WaymarkDatabase, seq: number): Promise<void> {
  await db.quarantine.delete(seq);
}
