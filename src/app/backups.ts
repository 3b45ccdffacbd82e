import { bytesToDataUrl, serializeWorkspace } from "../format";
import { discardQuarantined } from "../persistence";
import {
  getWorkspace,
  snapshotsForBackup,
  currentEngine,
  now,
  setStatus,
  statusStore,
  updateSession,
} from "../store";
import { dateStamp, downloadBlob } from "../export/download";
import { APP_SOURCE } from "./version";
import { storedDatabase } from "./workspace-runtime";

/**
 * A file holding everything: the journeys open in this tab as they are in memory (the freshest,
 * even when saving fails), the others as stored, and the snapshots kept of them.
 */
export async function downloadBackup(): Promise<void> {
  const workspace = await currentEngine().readWorkspace();
  const at = new Date(now());
  const text = await serializeWorkspace(
    workspace,
    { source: APP_SOURCE, exportedAt: at },
    await snapshotsForBackup(),
    getWorkspace().metrics,
  );
  downloadBlob(
    new Blob([text], { type: "application/json" }),
    `waymark-backup-${dateStamp(at)}.waymark.json`,
  );
  updateSession({ lastBackupAt: at.getTime() });
}

/** The damaged record itself, as it was found, for the person to keep or send. */
export async function downloadQuarantined(seq: number): Promise<void> {
  const row = await storedDatabase()?.quarantine.get(seq);
  if (!row) return;
  // Pictures (Blobs in records of version 1) and bytes become data URLs, so the file is text.
  const pictures = new Map<Blob, string>();
  const collect = async (value: unknown): Promise<void> => {
    if (value instanceof Blob)
      pictures.set(value, bytesToDataUrl(new Uint8Array(await value.arrayBuffer()), value.type));
    else if (value && typeof value === "object" && !(value instanceof Uint8Array))
      for (const v of Object.values(value)) await collect(v);
  };
  await collect(row);
  const text = JSON.stringify(
    row,
    (_key, value: unknown) =>
      value instanceof Blob
        ? pictures.get(value)
        : value instanceof Uint8Array
          ? bytesToDataUrl(value, "application/octet-stream")
          : value,
    1,
  );
  downloadBlob(
    new Blob([text], { type: "application/json" }),
    `waymark-damaged-${row.what}-${seq}.json`,
  );
}

export async function discardQuarantinedItem(seq: number): Promise<void> {
  const db = storedDatabase();
  if (db) await discardQuarantined(db, seq);
  setStatus({ quarantined: statusStore.getState().quarantined.filter((q) => q.seq !== seq) });
}
