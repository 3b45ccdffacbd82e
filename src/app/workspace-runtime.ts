import { AVATAR_COLORS, emptyWorkspace, newId, type Id, type Workspace } from "../domain";
import { blobToDataUrl, serializeWorkspace } from "../format";
import { t } from "../i18n";
import {
  changeSetSize,
  createAutosave,
  createTabSync,
  diffWorkspaces,
  discardQuarantined,
  loadWorkspace,
  mergeRemoteRows,
  openDatabase,
  readRemoteRows,
  requestPersistentStorage,
  writeChanges,
  writeMeta,
  writeSession,
  type Autosave,
  type AutosaveState,
  type QuarantineRow,
  type RemoteRows,
  type TabSync,
  type WaymarkDatabase,
  type WriteOutcome,
} from "../persistence";
import {
  changeWorkspace,
  documentStore,
  getWorkspace,
  keepVotingRoundInStep,
  now,
  replaceWorkspace,
  restoreSession,
  sessionStore,
  setStatus,
  statusStore,
  updateSession,
  type QuarantineNotice,
  type StorageProblem,
} from "../store";
import { TEMPLATES } from "../templates";
import { dateStamp, downloadBlob } from "../export/download";
import { APP_SOURCE } from "./version";

/**
 * Wires the store to storage: loads the workspace (creating the sample once), saves every change
 * within a second, keeps tabs in step, and reports storage health. Persistence never sees the
 * store; this is the only place the two meet.
 */
interface Runtime {
  db: WaymarkDatabase | null;
  autosave: Autosave | null;
  tabSync: TabSync | null;
}

const runtime: Runtime = { db: null, autosave: null, tabSync: null };

function problemFromSave(state: AutosaveState): StorageProblem | null {
  if (state.state !== "failed") return null;
  switch (state.failure.kind) {
    case "quotaExceeded":
      return { kind: "quotaExceeded" };
    case "closed":
      return { kind: "newerVersionElsewhere" };
    case "writeFailed":
      return { kind: "writeFailed", detail: state.failure.detail };
  }
}

function onSaveState(state: AutosaveState): void {
  const current = statusStore.getState();
  switch (state.state) {
    case "saved":
      // A successful write clears a save problem, but not the ones about the database itself.
      setStatus({
        save: "saved",
        lastSavedAt: state.at,
        problem:
          current.problem?.kind === "quotaExceeded" || current.problem?.kind === "writeFailed"
            ? null
            : current.problem,
      });
      break;
    case "failed":
      setStatus({ save: "failed", problem: problemFromSave(state) });
      break;
    default:
      setStatus({ save: state.state });
  }
}

function quarantineNotices(rows: QuarantineRow[]): QuarantineNotice[] {
  return rows.map((row) => ({
    seq: row.seq ?? 0,
    what: row.what,
    label: row.label,
    reason: row.reason,
  }));
}

function sampleWorkspace(at: number): Workspace {
  const sample = TEMPLATES[0]!.build({ newId, now: at, t });
  return {
    personas: { [sample.persona.id]: sample.persona },
    journeys: { [sample.journey.id]: sample.journey },
  };
}

/** Journeys whose persona was lost get one recovered persona, so they stay reachable. */
function adoptOrphans(workspace: Workspace, orphanIds: Id[], at: number): Workspace {
  if (!orphanIds.length) return workspace;
  const id = newId();
  const name = t("persona.recoveredName");
  const personas = {
    ...workspace.personas,
    [id]: {
      id,
      name,
      avatar: { kind: "initials" as const, initials: "?", color: AVATAR_COLORS[5]! },
      role: "",
      quote: "",
      goals: [],
      needs: [],
      frustrations: [],
      preferredChannels: [],
      notes: "",
      createdAt: at,
      updatedAt: at,
    },
  };
  const journeys = { ...workspace.journeys };
  for (const journeyId of orphanIds)
    journeys[journeyId] = { ...journeys[journeyId]!, personaId: id };
  return { personas, journeys };
}

/**
 * Every save leaves a `waymark:save` performance measure (with the number of rows), so the
 * benchmark can see writes in the real app, during a drag for instance, without any hook.
 */
async function timedWrite(
  idb: IDBDatabase,
  changes: Parameters<typeof writeChanges>[1],
  base?: Workspace,
): Promise<WriteOutcome> {
  const start = performance.now();
  const outcome = await writeChanges(idb, changes, base);
  performance.measure("waymark:save", { start, detail: { rows: changeSetSize(changes) } });
  if (performance.getEntriesByName("waymark:save").length > 200)
    performance.clearMeasures("waymark:save");
  return outcome;
}

/**
 * Rows as they are on disk now (another tab's, or merged by this tab's own write) taken into
 * memory: a row this tab changed since `base` is merged field by field. A field both changed
 * keeps this tab's value, which the next save writes, and the person is told.
 */
function takeStoredRows(rows: RemoteRows, base: Workspace): number {
  const merged = mergeRemoteRows(getWorkspace(), rows, base);
  if (merged.workspace !== getWorkspace()) changeWorkspace(() => merged.workspace);
  if (merged.conflicts) noteConflicts(merged.conflicts);
  return merged.conflicts;
}

function noteConflicts(count: number): void {
  setStatus({ conflicts: statusStore.getState().conflicts + count });
}

const hasRows = (rows: RemoteRows) =>
  rows.personas.size + rows.journeys.size + rows.elements.size + rows.links.size > 0;

let sessionTimer: ReturnType<typeof setTimeout> | null = null;
function saveSessionSoon(db: WaymarkDatabase): void {
  if (sessionTimer) clearTimeout(sessionTimer);
  sessionTimer = setTimeout(() => {
    sessionTimer = null;
    writeSession(db, sessionStore.getState()).catch((error: unknown) =>
      console.warn("Session not saved", error),
    );
  }, 400);
}

/** A pending session save, dispatched at once through IndexedDB as the page goes away. */
function flushSession(idb: IDBDatabase): void {
  if (!sessionTimer) return;
  clearTimeout(sessionTimer);
  sessionTimer = null;
  try {
    const tx = idb.transaction("session", "readwrite");
    tx.objectStore("session").put({ key: "session", value: sessionStore.getState() });
    tx.commit?.();
  } catch (error) {
    console.warn("Session not saved", error);
  }
}

/**
 * Every journey belongs to a persona. Undoing a journey's deletion after its persona was deleted
 * too (or another tab's change) could leave one without; it is given a recovered persona at
 * once rather than at the next load.
 */
function keepJourneysHomed(): void {
  const ws = getWorkspace();
  const orphans = Object.values(ws.journeys)
    .filter((j) => !ws.personas[j.personaId])
    .map((j) => j.id);
  if (orphans.length) changeWorkspace((current) => adoptOrphans(current, orphans, now()));
}

export async function startWorkspace(): Promise<void> {
  const at = now();
  const opened = await openDatabase();
  if (!opened.ok) {
    // No storage (private window, blocked by policy): work in memory and say so plainly.
    replaceWorkspace(sampleWorkspace(at));
    restoreSession(undefined);
    setStatus({ save: "failed", problem: { kind: "unavailable", detail: opened.detail } });
    return;
  }
  const { db, idb } = opened;
  runtime.db = db;

  let loaded;
  try {
    performance.mark("waymark:load-start");
    loaded = await loadWorkspace(db);
    performance.mark("waymark:load-end");
  } catch (error) {
    replaceWorkspace(emptyWorkspace());
    setStatus({
      save: "failed",
      problem: {
        kind: "unavailable",
        detail: error instanceof Error ? error.message : String(error),
      },
    });
    return;
  }
  restoreSession(loaded.session);
  setStatus({
    quarantined: quarantineNotices(loaded.quarantined),
    workspaceCreatedAt: loaded.meta?.createdAt ?? at,
  });
  if (loaded.writtenByNewerVersion) {
    replaceWorkspace(emptyWorkspace());
    setStatus({ save: "failed", problem: { kind: "newerVersionElsewhere" } });
    return;
  }

  let workspace = loaded.workspace;
  /** Conflicts this tab settled in its own favour, told to the other tabs with its next write. */
  let overridden = 0;
  const autosave = createAutosave({
    write: (changes, base) => timedWrite(idb, changes, base),
    getWorkspace,
    onState: onSaveState,
    onWritten: (keys, outcome, written) => {
      if (outcome?.conflicts) {
        noteConflicts(outcome.conflicts);
        overridden += outcome.conflicts;
      }
      runtime.tabSync?.announce(keys, overridden);
      overridden = 0;
      if (outcome && hasRows(outcome.merged)) takeStoredRows(outcome.merged, written);
    },
  });
  runtime.autosave = autosave;

  let baseline = loaded.workspace;
  if (!loaded.meta?.sampleCreated) {
    // First run: the workspace opens on a real map. Made once; deleting it does not bring it back.
    const sample = sampleWorkspace(at);
    workspace = {
      personas: { ...workspace.personas, ...sample.personas },
      journeys: { ...workspace.journeys, ...sample.journeys },
    };
    try {
      await timedWrite(idb, diffWorkspaces(loaded.workspace, workspace));
      await writeMeta(db, { sampleCreated: true, createdAt: at });
      baseline = workspace;
    } catch (error) {
      // Autosave writes the sample from the old baseline once storage accepts it.
      console.warn("Sample workspace not stored yet", error);
    }
  }
  replaceWorkspace(workspace);
  autosave.start(baseline);
  if (loaded.orphanJourneyIds.length) {
    changeWorkspace((ws) => adoptOrphans(ws, loaded.orphanJourneyIds, at));
  }

  documentStore.subscribe((state, previous) => {
    if (state.workspace === previous.workspace) return;
    if (
      state.workspace.personas !== previous.workspace.personas ||
      state.workspace.journeys !== previous.workspace.journeys
    ) {
      keepJourneysHomed();
    }
    autosave.notify();
  });
  if (getWorkspace() !== autosave.baseline) autosave.notify();
  keepVotingRoundInStep();
  sessionStore.subscribe(() => saveSessionSoon(db));

  runtime.tabSync = createTabSync((keys, overriddenThere) => {
    // The other tab kept its own value where both changed the same field: say so here too.
    if (overriddenThere)
      setStatus({ overridden: statusStore.getState().overridden + overriddenThere });
    readRemoteRows(db, keys)
      .then((remote) => {
        const base = autosave.baseline;
        autosave.rebase(mergeRemoteRows(base, remote).workspace);
        overridden += takeStoredRows(remote, base);
      })
      .catch((error: unknown) => console.warn("Could not take another tab's changes", error));
  });

  db.on("versionchange", () => {
    // A newer Waymark opened in another tab wants to upgrade the database. Flush, step aside,
    // and keep working in memory; the person is told to reload.
    autosave.flushImmediately();
    autosave.stop();
    db.close();
    setStatus({ save: "failed", problem: { kind: "newerVersionElsewhere" } });
    return false;
  });

  const flushNow = () => {
    autosave.flushImmediately();
    flushSession(idb);
  };
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "hidden") flushNow();
  });
  window.addEventListener("pagehide", flushNow);

  requestPersistentStorage()
    .then((persistent) => setStatus({ persistent }))
    .catch(() => setStatus({ persistent: null }));
}

/** Whether everything in memory is on disk: a reload now would lose nothing. */
export function workspaceIsStored(): boolean {
  return (
    runtime.autosave !== null &&
    !runtime.autosave.isDirty() &&
    statusStore.getState().save === "saved"
  );
}

/** Waits until every edit in memory is on disk (tests and "Download a backup" use it). */
export async function flushWorkspace(): Promise<void> {
  await runtime.autosave?.flush();
}

/**
 * A file holding everything: what is in memory (the freshest, even when saving fails), or what is
 * stored when memory has nothing (a crash before load finished).
 */
export async function downloadBackup(): Promise<void> {
  let workspace = getWorkspace();
  if (Object.keys(workspace.personas).length === 0 && runtime.db) {
    workspace = (await loadWorkspace(runtime.db)).workspace;
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
  const row = await runtime.db?.quarantine.get(seq);
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
  if (runtime.db) await discardQuarantined(runtime.db, seq);
  setStatus({ quarantined: statusStore.getState().quarantined.filter((q) => q.seq !== seq) });
}
