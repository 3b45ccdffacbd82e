import type { Id } from "../domain";
import { serializeJourney, serializeWorkspace } from "../format";
import { dateStamp, downloadBlob, safeFileName } from "../export/download";
import { snapshotsForBackup, currentEngine, getWorkspace, now, updateSession } from "../store";
import { APP_SOURCE } from "./version";
import { workspaceReady } from "./workspace-runtime";

/** The whole workspace as a file, with the snapshots kept of its journeys; it doubles as a backup. */
export async function exportWorkspaceFile(): Promise<void> {
  await workspaceReady;
  const at = new Date(now());
  const workspace = await currentEngine().readWorkspace();
  const text = await serializeWorkspace(
    workspace,
    { source: APP_SOURCE, exportedAt: at },
    await snapshotsForBackup(),
    getWorkspace().metrics,
  );
  downloadBlob(
    new Blob([text], { type: "application/json" }),
    `waymark-workspace-${dateStamp(at)}.waymark.json`,
  );
  updateSession({ lastBackupAt: at.getTime() });
}

/** One journey with its persona, to hand over or open in another workspace. */
export async function exportJourneyFile(journeyId: Id): Promise<void> {
  await workspaceReady;
  const at = new Date(now());
  const journey = await currentEngine().readJourney(journeyId);
  if (!journey) return;
  const workspace = { personas: getWorkspace().personas, journeys: { [journeyId]: journey } };
  const text = await serializeJourney(workspace, journeyId, { source: APP_SOURCE, exportedAt: at });
  const title = journey.title;
  const name = safeFileName(title, "journey");
  downloadBlob(
    new Blob([text], { type: "application/json" }),
    `${name} ${dateStamp(at)}.waymark.json`,
  );
}
