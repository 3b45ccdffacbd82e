import { emptyWorkspace, type Workspace } from "../domain";
import {
  changeSetSize,
  claimFirstRun,
  createAutosave,
  createTabSync,
  diffWorkspaces,
  loadWorkspace,
  mergeRemoteRows,
  openDatabase,
  readRemoteRows,
  requestPersistentStorage,
  writeChanges,
  writeMeta,
  type Autosave,
  type RemoteRows,
  type TabSync,
  type WaymarkDatabase,
  type MergeWith,
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
} from "../store";
import { noteConflicts, onSaveState, quarantineNotices } from "./save-status";
import { flushSession, saveSessionSoon } from "./session-saving";
import { adoptOrphans, keepJourneysHomed, sampleWorkspace } from "./workspace-content";

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

/**
 * Every save leaves a `waymark:save` performance measure (with the number of rows), so the
 * benchmark can see writes in the real app, during a drag for instance, without any hook.
 */
async function timedWrite(
  idb: IDBDatabase,
  changes: Parameters<typeof writeChanges>[1],
  merge?: MergeWith,
): Promise<WriteOutcome> {
  const start = performance.now();
  const outcome = await writeChanges(idb, changes, merge);
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

const hasRows = (rows: RemoteRows) =>
  rows.personas.size + rows.journeys.size + rows.elements.size + rows.links.size > 0;

/** The sample was made while storage refused to mark it so; marked after the first write that lands. */
let firstRunUnmarked = false;

async function claimFirstRunOrAssume(db: WaymarkDatabase, at: number): Promise<boolean> {
  try {
    return await claimFirstRun(db, at);
  } catch (error) {
    // Storage refuses even this small write (a full disk): the first run still shows the sample.
    console.warn("First run not marked yet", error);
    firstRunUnmarked = true;
    return true;
  }
}

let markReady: () => void = () => {};
/**
 * Settles once the stored workspace is in memory (or storage is known to be out of reach).
 * Importing or exporting waits for it: an import applied while "Opening…" would be replaced by
 * the loaded workspace a moment later, and an export would hold an empty one.
 */
export const workspaceReady = new Promise<void>((resolve) => (markReady = resolve));

export async function startWorkspace(): Promise<void> {
  try {
    await openWorkspace();
  } finally {
    markReady();
  }
}

async function openWorkspace(): Promise<void> {
  const at = now();
  const opened = await openDatabase({
    onBlocked: () => setStatus({ problem: { kind: "olderVersionElsewhere" } }),
  });
  if (statusStore.getState().problem?.kind === "olderVersionElsewhere")
    setStatus({ problem: null });
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
    write: (changes, merge) => timedWrite(idb, changes, merge),
    getWorkspace,
    onState: onSaveState,
    onWritten: (keys, outcome, written) => {
      if (outcome?.conflicts) {
        noteConflicts(outcome.conflicts);
        overridden += outcome.conflicts;
      }
      runtime.tabSync?.announce(keys, overridden);
      overridden = 0;
      if (firstRunUnmarked) {
        // Storage took a write at last: mark the sample as made, so a reload never makes another.
        firstRunUnmarked = false;
        writeMeta(db, { sampleCreated: true }).catch(() => (firstRunUnmarked = true));
      }
      if (outcome && hasRows(outcome.merged)) takeStoredRows(outcome.merged, written);
    },
  });
  runtime.autosave = autosave;

  let baseline = loaded.workspace;
  if (!loaded.meta?.sampleCreated && (await claimFirstRunOrAssume(db, at))) {
    // First run: the workspace opens on a real map. Made once; deleting it does not bring it back.
    const sample = sampleWorkspace(at);
    workspace = {
      personas: { ...workspace.personas, ...sample.personas },
      journeys: { ...workspace.journeys, ...sample.journeys },
    };
    try {
      await timedWrite(idb, diffWorkspaces(loaded.workspace, workspace));
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
        autosave.rebase(remote);
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

  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState !== "hidden") return;
    // A hidden page still runs, so with another tab open the careful, merging write is used: a
    // blind one would put back this tab's copy of a row the other tab changed a moment ago.
    // Alone, the blind write is dispatched at once, in case the page is frozen or discarded.
    if (runtime.tabSync?.othersOpen()) void autosave.flush();
    else autosave.flushImmediately();
    flushSession(idb);
  });
  window.addEventListener("pagehide", () => {
    // Going away: no callback may run any more, so only a blind write reaches the disk.
    autosave.flushImmediately();
    flushSession(idb);
    runtime.tabSync?.leave();
  });
  window.addEventListener("pageshow", (event) => {
    if (event.persisted) runtime.tabSync?.greet();
  });

  requestPersistentStorage()
    .then((persistent) => setStatus({ persistent }))
    .catch(() => setStatus({ persistent: null }));
}

/** The database this tab opened, when it has one (backups read from it). */
export function storedDatabase(): WaymarkDatabase | null {
  return runtime.db;
}

/** Whether a reload now would lose nothing: everything in memory is on disk, or memory is empty. */
export function workspaceIsStored(): boolean {
  const workspace = getWorkspace();
  if (!Object.keys(workspace.personas).length && !Object.keys(workspace.journeys).length)
    return true;
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
