import {
  createEngine,
  createSnapshotShelf,
  createUpdateStorage,
  journeyDocKey,
  openTabChannel,
  type DamagedRecord,
  type Engine,
} from "../engine";
import {
  addQuarantined,
  claimFirstRun,
  openDatabase,
  readMeta,
  requestPersistentStorage,
  writeMeta,
  type QuarantineRow,
  type WaymarkDatabase,
} from "../persistence";
import {
  now,
  replaceWorkspace,
  restoreSession,
  sessionStore,
  setSnapshotShelf,
  setStatus,
  showNotice,
  statusStore,
  switchEngine,
} from "../store";
import { t } from "../i18n";
import { parseHash } from "./router";
import { formatPath } from "../format";
import { onSaveState, quarantineNotices } from "./save-status";
import { flushSession, saveSessionSoon } from "./session-saving";
import { keepJourneysHomed, sampleWorkspace } from "./workspace-content";

/**
 * Starts the document engine on this browser's storage: opens the database (building the
 * documents from the rows of an older version, once), reads the workspace, creates the sample on
 * a first run, and says what goes wrong with storage. Persistence never sees the store; this is
 * where the two meet.
 */
interface Runtime {
  db: WaymarkDatabase | null;
  engine: Engine | null;
}

const runtime: Runtime = { db: null, engine: null };

let markReady: () => void = () => {};
/**
 * Settles once the stored workspace is in memory (or storage is known to be out of reach).
 * Importing or exporting waits for it: an import applied while "Opening…" would be lost, and an
 * export would hold an empty workspace.
 */
export const workspaceReady = new Promise<void>((resolve) => (markReady = resolve));

export async function startWorkspace(): Promise<void> {
  try {
    await openWorkspace();
  } finally {
    markReady();
  }
}

const unavailable = (detail: string) =>
  setStatus({ save: "failed", problem: { kind: "unavailable", detail } });

/** Damaged records found in a document: kept whole in the quarantine, and said. */
async function setAside(db: WaymarkDatabase, records: DamagedRecord[], doc: string) {
  const at = now();
  const rows: QuarantineRow[] = records.map((record) => ({
    what: record.what,
    label: record.label,
    reason: record.problem
      ? `${doc} ${formatPath(record.problem.at)}: ${record.problem.damage.code}`
      : `${doc}: unreadable`,
    problem: record.problem ?? undefined,
    at,
    rows: [record.record],
  }));
  try {
    const stored = await addQuarantined(db, rows);
    setStatus({
      quarantined: [...statusStore.getState().quarantined, ...quarantineNotices(stored)],
    });
  } catch (error) {
    console.warn("Could not set damaged records aside", error);
  }
}

/** The document of the journey the page opens on (a link or a reload on a map), if any. */
function journeyOnScreen(): string | undefined {
  const route = parseHash(window.location.hash);
  return "id" in route && route.name !== "persona" ? journeyDocKey(route.id) : undefined;
}

/** Every Yjs write leaves a `waymark:save` mark, so the benchmark can count writes (during a drag). */
function markWrite(docs: ReadonlyMap<string, number>) {
  performance.mark("waymark:save", { detail: { docs: docs.size } });
  if (performance.getEntriesByName("waymark:save").length > 200)
    performance.clearMarks("waymark:save");
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
    replaceWorkspace(await sampleWorkspace(at));
    restoreSession(undefined);
    unavailable(opened.detail);
    return;
  }
  const { db } = opened;
  runtime.db = db;
  setSnapshotShelf(createSnapshotShelf(db));
  performance.mark("waymark:load-start");

  if (!(await readMeta(db))?.documentsBuiltAt) {
    // Once per browser: the rows of an older version become documents (loaded only then).
    const { buildDocumentsFromRows } = await import("../engine/migrate-rows");
    let built;
    try {
      built = await buildDocumentsFromRows(db, at);
    } catch (error) {
      // The documents could not be built faithfully: the rows stay, nothing is written, and
      // what they hold opens in memory so the person can see it and download a backup.
      console.error("Could not build the documents from the stored rows", error);
      const { readLegacyRows } = await import("../persistence/load");
      replaceWorkspace((await readLegacyRows(db, { now: at })).workspace);
      unavailable(error instanceof Error ? error.message : String(error));
      return;
    }
    if (built.outcome === "newer") {
      setStatus({ save: "failed", problem: { kind: "newerVersionElsewhere" } });
      return;
    }
  }

  const engine = createEngine({
    storage: createUpdateStorage(db, { readAhead: journeyOnScreen() }),
    channel: openTabChannel(),
    now,
    onSaveState: onSaveState,
    onDamaged: (records, doc) => void setAside(db, records, doc),
    onNewerDocument: () =>
      setStatus({ save: "failed", problem: { kind: "newerVersionElsewhere" } }),
    onWritten: markWrite,
  });
  runtime.engine = engine;
  const [meta, session, stored] = await Promise.all([
    readMeta(db),
    db.session.get("session"),
    db.quarantine.toArray(),
    engine.start(),
  ]);
  switchEngine(engine);
  performance.mark("waymark:load-end");
  restoreSession(session?.value);
  setStatus({
    quarantined: quarantineNotices(stored),
    workspaceCreatedAt: meta?.createdAt ?? at,
  });

  if (!meta?.sampleCreated && (await claimFirstRunOrAssume(db, at))) {
    // First run: the workspace opens on a real map. Made once; deleting it does not bring it back.
    const sample = await sampleWorkspace(at);
    engine.batch(() => {
      for (const persona of Object.values(sample.personas)) engine.putPersona(persona);
      for (const journey of Object.values(sample.journeys)) engine.addJourney(journey);
    });
  }
  // Opened once the workspace is all there, a first run's sample included (not a moment before,
  // with an empty list).
  if (statusStore.getState().save === "loading") setStatus({ save: "saved" });
  keepJourneysHomed(engine);
  engine.subscribe(() => keepJourneysHomed(engine));
  void engine.purgeDeleted().catch((error: unknown) => console.warn("Purge failed", error));
  sessionStore.subscribe(() => saveSessionSoon(db));
  watchDatabase(db, engine);

  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "hidden") flushSession(db.backendDB());
  });
  window.addEventListener("pagehide", () => flushSession(db.backendDB()));
  window.addEventListener("beforeunload", (event) => {
    // Edits that storage refused are only in this tab's memory: leaving would lose them.
    if (!engine.savingFails()) return;
    event.preventDefault();
    event.returnValue = "";
  });

  requestPersistentStorage()
    .then((persistent) => setStatus({ persistent }))
    .catch(() => setStatus({ persistent: null }));
}

/** The sample was made while storage refused to mark it so; marked after storage takes writes. */
async function claimFirstRunOrAssume(db: WaymarkDatabase, at: number): Promise<boolean> {
  try {
    return await claimFirstRun(db, at);
  } catch (error) {
    // Storage refuses even this small write (a full disk): the first run still shows the sample,
    // and is marked once a write lands.
    console.warn("First run not marked yet", error);
    const unsubscribe = statusStore.subscribe((status) => {
      if (status.save !== "saved") return;
      unsubscribe();
      writeMeta(db, { sampleCreated: true }).catch(() => {});
    });
    return true;
  }
}

/**
 * The database can go from under the app: a newer Waymark upgrading it (this tab steps aside and
 * says so), or deleted (another page of the site, "clear site data"): then it is made anew and
 * everything this tab holds is written into it, and the person is told.
 */
function watchDatabase(db: WaymarkDatabase, engine: Engine): void {
  /** This tab closed it on purpose (to let an upgrade or a deletion go ahead). */
  let letGo = false;
  db.on("versionchange", (event: IDBVersionChangeEvent) => {
    letGo = true;
    db.close();
    if (event.newVersion === null) {
      void recreate(engine);
      return false;
    }
    // A newer Waymark opened in another tab wants to upgrade the database: step aside and keep
    // working in memory (and in step with that tab, which stores what this one sends it).
    engine.useStorage(null);
    setStatus({ save: "failed", problem: { kind: "newerVersionElsewhere" } });
    return false;
  });
  // Closed by the browser, not by this tab ("clear site data", a storage failure).
  db.on("close", () => {
    if (!letGo) void recreate(engine);
  });
}

let recreating = false;
async function recreate(engine: Engine): Promise<void> {
  if (recreating) return;
  recreating = true;
  try {
    const opened = await openDatabase();
    if (!opened.ok) {
      engine.useStorage(null);
      unavailable(opened.detail);
      return;
    }
    runtime.db = opened.db;
    setSnapshotShelf(createSnapshotShelf(opened.db));
    await writeMeta(opened.db, { sampleCreated: true });
    engine.useStorage(createUpdateStorage(opened.db));
    await engine.flush();
    watchDatabase(opened.db, engine);
    showNotice({ tone: "error", message: t("storage.recreated"), timeoutMs: 30_000 });
  } finally {
    recreating = false;
  }
}

/** The database this tab opened, when it has one (backups read damaged records from it). */
export function storedDatabase(): WaymarkDatabase | null {
  return runtime.db;
}

/** Whether a reload now would lose nothing: every edit in memory is on disk. */
export function workspaceIsStored(): boolean {
  const engine = runtime.engine;
  return engine !== null && !engine.hasUnsaved() && statusStore.getState().save === "saved";
}

/** Waits until every edit in memory is on disk (tests and "Download a backup" use it). */
export async function flushWorkspace(): Promise<void> {
  await runtime.engine?.flush();
}
