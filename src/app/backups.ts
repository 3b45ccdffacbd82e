import { blobToDataUrl, serializeWorkspace } from "../format";
import { discardQuarantined, loadWorkspace } from "../persistence";
import { getWorkspace, now, setStatus, statusStore, updateSession } from "../store";
import { dateStamp, downloadBlob } from "../export/download";
import { APP_SOURCE } from "./version";
import { storedDatabase } from "./workspace-runtime";

/**
 * A file holding everything: what is in memory (the freshest, even when saving fails), or what is
 * stored when memory has nothing (a crash before load finished).
 */
export async function downloadBackup(): Promise<void> {
  let workspace = getWorkspace();
  const db = storedDatabase();
  if (Object.keys(workspace.personas).length === 0 && db) {
    workspace = (await loadWorkspace(db)).workspace;
  }
  const at = new Date(now());
  const text = await serializeWorkspace(workspace, { source: APP_SOURCE, exportedAt: at });
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
  const pictures = new Map<Blob, string>();
  const collect = async (value: unknown): Promise<void> => {
    if (value instanceof Blob) pictures.set(value, await blobToDataUrl(value));
    else if (value && typeof value === "object")
      for (const v of Object.values(value)) await collect(v);
  };
  await collect(row);
  const text = JSON.stringify(
    row,
    (_key, value: unknown) => (value instanceof Blob ? pictures.get(value) : value),
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
