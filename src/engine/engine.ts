import { produce, type Draft } from "immer";
import * as Y from "yjs";
import {
  summarizeJourney,
  type Id,
  type Journey,
  type Workspace,
  type WorkspaceIndex,
} from "../domain";
import type { DamagedRecord } from "./damage";
import { stampVersion } from "./documents";
import { createDocumentHub } from "./hub";
import { createHistory, type History } from "./history";
import { journeyRoots, undoScope, writeJourneyChange } from "./journey-doc";
import { JourneyMirror } from "./journey-mirror";
import { ORIGIN, madeHere } from "./origins";
import { createSummaries } from "./summaries";
import { createWorkspaceList } from "./workspace-list";
import type { SaveState } from "./saver";
import { journeyDocKey, type UpdateStorage } from "./storage";
import type { TabChannel } from "./tab-channel";
import { WORKSPACE_DOC, WorkspaceMirror, writeSummary } from "./workspace-doc";

/** What the interface reads: the workspace index, the journeys opened so far, undo depths. */
export interface EngineState {
  workspace: WorkspaceIndex;
  journeys: Readonly<Record<Id, Journey>>;
  history: Readonly<Record<Id, { undo: number; redo: number }>>;
  /**
   * Records that came from elsewhere (a room, another tab) and did not read, per journey: left out,
   * never drawn, and counted so the person can be told.
   */
  leftOut: Readonly<Record<Id, number>>;
}

export interface EngineOptions {
  /** Null: nothing is stored (no IndexedDB in this browser, or a test). */
  storage: UpdateStorage | null;
  channel: TabChannel | null;
  now?: () => number;
  onSaveState?: (state: SaveState) => void;
  /** Records set aside as they were read (the app keeps them for download). */
  onDamaged?: (records: DamagedRecord[], doc: string) => void;
  /** A document written by a newer Waymark: this one leaves it alone. */
  onNewerDocument?: (doc: string) => void;
  /** Told after each write that landed: how many updates each document has had written. */
  onWritten?: (docs: ReadonlyMap<string, number>) => void;
}

export interface ChangeOptions {
  /** Edits with the same key in quick succession (typing in one field) are one undo step. */
  coalesce?: string;
  /** Whether the change may be made (a room's contribute link may not remove stages, say). */
  allow?: (before: Journey, after: Journey) => boolean;
}

interface OpenJourney {
  doc: Y.Doc;
  mirror: JourneyMirror;
  history: History;
}

/** A journey deleted this long ago has its document dropped from storage at the next start. */
export const PURGE_DELETED_AFTER_MS = 30 * 24 * 60 * 60 * 1000;

export type Engine = ReturnType<typeof createEngine>;

/**
 * The document engine: the workspace and every opened journey as Yjs documents, stored as they
 * change, kept in step with the other tabs, with undo per journey. Local changes run as domain
 * recipes whose result is written into the document; every change, local or not, is read back
 * out of the document into plain objects, touching only the records it changed.
 */
export function createEngine(options: EngineOptions) {
  const now = options.now ?? Date.now;
  const listeners = new Set<() => void>();

  const workspaceDoc = new Y.Doc();
  const workspaceMirror = new WorkspaceMirror(workspaceDoc, []);
  const open = new Map<Id, OpenJourney>();
  const opening = new Map<Id, Promise<Journey | null>>();

  let state: EngineState = {
    workspace: workspaceMirror.index,
    journeys: {},
    history: {},
    leftOut: {},
  };

  const emit = () => {
    for (const listener of listeners) listener();
  };

  const setState = (changes: Partial<EngineState>) => {
    state = { ...state, ...changes };
    emit();
  };

  const hub = createDocumentHub({
    storage: options.storage,
    channel: options.channel,
    now,
    onSaveState: options.onSaveState,
    onWritten: options.onWritten,
    onDamaged: options.onDamaged,
    onNewerDocument: options.onNewerDocument,
  });
  const { docs, readStored, askTabs, setAside, report } = hub;
  docs.set(WORKSPACE_DOC, workspaceDoc);
  hub.watch(WORKSPACE_DOC, workspaceDoc);
  workspaceDoc.on("afterTransaction", (transaction: Y.Transaction) => {
    if (workspaceMirror.update(transaction)) setState({ workspace: workspaceMirror.index });
  });

  // ---- Journeys ------------------------------------------------------------------------------

  const summaries = createSummaries(
    workspaceDoc,
    (id) => state.workspace.journeys[id],
    (id) => open.get(id)?.mirror.journey,
  );
  const updateSummary = summaries.update;

  const historyOf = (id: Id, journey: OpenJourney) => ({
    ...state.history,
    [id]: { undo: journey.history.undoSteps, redo: journey.history.redoSteps },
  });

  const register = (id: Id, doc: Y.Doc, mirror: JourneyMirror) => {
    const journey: OpenJourney = {
      doc,
      mirror,
      history: createHistory(undoScope(mirror.roots), ORIGIN.edit, () =>
        setState({ history: historyOf(id, journey) }),
      ),
    };
    open.set(id, journey);
    doc.on("afterTransaction", (transaction: Y.Transaction) => {
      const changed = mirror.update(transaction);
      const origin = transaction.origin;
      if (mirror.unreadInLast && origin !== ORIGIN.edit && origin !== ORIGIN.quiet)
        setState({
          leftOut: { ...state.leftOut, [id]: (state.leftOut[id] ?? 0) + mirror.unreadInLast },
        });
      if (!changed || !mirror.journey) return;
      setState({ journeys: { ...state.journeys, [id]: mirror.journey } });
      if (madeHere(transaction.origin)) updateSummary(id, false);
    });
    if (mirror.journey) setState({ journeys: { ...state.journeys, [id]: mirror.journey } });
    setState({ history: historyOf(id, journey) });
    return journey;
  };

  /**
   * Reads a journey's document (records that fail their schema are set aside) and opens it; a
   * document holding no readable journey of this id is let go.
   */
  const readAndRegister = (id: Id, doc: Y.Doc): Journey | null => {
    const key = journeyDocKey(id);
    const damaged: DamagedRecord[] = [];
    const mirror = new JourneyMirror(doc, damaged);
    if (mirror.journey?.id !== id) {
      report(damaged, key);
      docs.delete(key);
      doc.destroy();
      return null;
    }
    register(id, doc, mirror);
    setAside(doc, key, damaged);
    return mirror.journey;
  };

  const load = async (id: Id): Promise<Journey | null> => {
    const key = journeyDocKey(id);
    const doc = new Y.Doc();
    docs.set(key, doc);
    hub.watch(key, doc);
    try {
      if (!(await readStored(key, doc))) {
        docs.delete(key);
        return null;
      }
      askTabs(key, doc);
      // Nothing stored (yet): another tab may hold it in memory, its write still under way.
      if (doc.share.size === 0) await hub.answerFromTabs(doc);
      const journey = readAndRegister(id, doc);
      if (!journey) return null;
      // A summary gone stale (a crash between the two writes) is put right; a journey taken off
      // the list stays off it until someone edits it.
      if (state.workspace.journeys[id]) updateSummary(id, true);
      return journey;
    } catch (error) {
      docs.delete(key);
      doc.destroy();
      throw error;
    }
  };

  function openJourney(id: Id): Promise<Journey | null> {
    const journey = open.get(id)?.mirror.journey;
    if (journey) return Promise.resolve(journey);
    let pending = opening.get(id);
    if (!pending) {
      pending = load(id).finally(() => opening.delete(id));
      opening.set(id, pending);
    }
    return pending;
  }

  /** A journey read whole without opening it (exports and backups read every journey). */
  async function readJourney(id: Id): Promise<Journey | null> {
    const opened = open.get(id)?.mirror.journey;
    if (opened) return opened;
    const doc = new Y.Doc();
    try {
      if (!(await readStored(journeyDocKey(id), doc))) return null;
      return new JourneyMirror(doc, []).journey;
    } finally {
      doc.destroy();
    }
  }

  /**
   * Writes a journey whole into a new document of its own and lists it. Not an undo step. With
   * `open: false` (a backup of hundreds of journeys) the document is handed to storage and let
   * go, so memory holds only the journeys a person opens; without storage it stays open, as it
   * is the only copy.
   */
  function addJourney(journey: Journey, { open: keepOpen = true }: { open?: boolean } = {}): void {
    const key = journeyDocKey(journey.id);
    if (open.has(journey.id) || docs.has(key)) throw new Error(`Journey ${journey.id} exists`);
    if (!keepOpen && hub.storage()) {
      const doc = new Y.Doc();
      doc.transact(() => {
        stampVersion(doc);
        writeJourneyChange(doc, null, journey);
      }, ORIGIN.quiet);
      hub.store(key, Y.encodeStateAsUpdate(doc));
      doc.destroy();
      workspaceDoc.transact(() => {
        stampVersion(workspaceDoc);
        writeSummary(workspaceDoc, summarizeJourney(journey));
      }, ORIGIN.quiet);
      return;
    }
    const doc = new Y.Doc();
    docs.set(key, doc);
    hub.watch(key, doc);
    doc.transact(() => {
      stampVersion(doc);
      writeJourneyChange(doc, null, journey);
    }, ORIGIN.quiet);
    const mirror = new JourneyMirror(doc, []);
    register(journey.id, doc, mirror);
    workspaceDoc.transact(() => {
      stampVersion(workspaceDoc);
      writeSummary(workspaceDoc, summarizeJourney(mirror.journey!));
    }, ORIGIN.quiet);
  }

  /**
   * Takes in a journey that arrived whole as a document's state (a room joined): merged into the
   * journey if this browser has it, else kept as a new journey of its own, stored and listed.
   * Resolves to the journey, or null when the state holds no readable journey.
   */
  async function adoptJourney(id: Id, state: Uint8Array): Promise<Journey | null> {
    // Only a journey this workspace has is opened first: opening one it never had reports it lost.
    const known = journeyIdsInUse()[id] ? await openJourney(id) : null;
    const held = open.get(id);
    if (known && held) {
      Y.applyUpdate(held.doc, state, ORIGIN.quiet);
      return held.mirror.journey;
    }
    const key = journeyDocKey(id);
    const doc = new Y.Doc();
    docs.set(key, doc);
    hub.watch(key, doc);
    Y.applyUpdate(doc, state, ORIGIN.quiet);
    const journey = readAndRegister(id, doc);
    if (!journey) return null;
    workspaceDoc.transact(() => {
      stampVersion(workspaceDoc);
      writeSummary(workspaceDoc, summarizeJourney(journey));
    }, ORIGIN.quiet);
    return journey;
  }

  /**
   * The one way a journey changes: the recipe runs on the journey as it is, and what it changed
   * is written into the document as one transaction (one undo step, or part of the typing step
   * before it). Returns false when the recipe changed nothing or the journey is not open.
   */
  function changeJourney(
    id: Id,
    recipe: (draft: Draft<Journey>) => void,
    change: ChangeOptions = {},
  ): boolean {
    const journey = open.get(id);
    const before = journey?.mirror.journey;
    if (!journey || !before) return false;
    const result = produce(before, recipe);
    if (result === before) return false;
    if (change.allow && !change.allow(before, result)) return false;
    const at = now();
    const after = { ...result, updatedAt: at };
    journey.history.beforeChange(change.coalesce, at);
    journey.doc.transact(() => writeJourneyChange(journey.doc, before, after), ORIGIN.edit);
    return true;
  }

  /**
   * A change that is not a person's edit and so not an undo step: a journey given a home after
   * its persona was lost (on another tab, at the same moment).
   */
  function repairJourney(id: Id, recipe: (draft: Draft<Journey>) => void): boolean {
    const journey = open.get(id);
    const before = journey?.mirror.journey;
    if (!journey || !before) return false;
    const after = produce(before, recipe);
    if (after === before) return false;
    journey.doc.transact(() => writeJourneyChange(journey.doc, before, after), ORIGIN.quiet);
    return true;
  }

  const step = (id: Id, direction: "undo" | "redo"): boolean => {
    const journey = open.get(id);
    if (!journey) return false;
    const done = direction === "undo" ? journey.history.undo() : journey.history.redo();
    if (done)
      journey.doc.transact(() => journeyRoots(journey.doc).edited.set("at", now()), ORIGIN.quiet);
    return done;
  };

  // ---- Personas and the list of journeys -----------------------------------------------------

  const list = createWorkspaceList(workspaceDoc, {
    personaNow: (id) => state.workspace.personas[id],
    libraryNow: () => state.workspace.metrics,
    cancelSummary: summaries.cancel,
    openIds: () => open.keys(),
    now,
  });
  const journeyIdsInUse = list.journeyIdsInUse;

  /** Everything, every journey whole: for files and backups. */
  async function readWorkspace(): Promise<Workspace> {
    const journeys: Record<Id, Journey> = {};
    for (const id of Object.keys(state.workspace.journeys)) {
      const journey = await readJourney(id);
      if (journey) journeys[id] = journey;
    }
    return { personas: state.workspace.personas, journeys };
  }

  // ---- Storage -------------------------------------------------------------------------------

  /** Reads the workspace document from storage and asks the other tabs for what they hold. */
  async function start(): Promise<boolean> {
    const readable = await readStored(WORKSPACE_DOC, workspaceDoc);
    if (readable) {
      const damaged: DamagedRecord[] = [];
      workspaceMirror.reload(damaged);
      setState({ workspace: workspaceMirror.index });
      setAside(workspaceDoc, WORKSPACE_DOC, damaged);
    }
    askTabs(WORKSPACE_DOC, workspaceDoc);
    return readable;
  }

  return {
    getState: () => state,
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start,
    openJourney,
    readJourney,
    adoptJourney,
    /** An open journey's document, for a room to keep in step with others (null when closed). */
    journeyDocument: (id: Id): Y.Doc | null => open.get(id)?.doc ?? null,
    readWorkspace,
    journeyIdsInUse,
    addJourney,
    changeJourney,
    repairJourney,
    undo: (id: Id) => step(id, "undo"),
    redo: (id: Id) => step(id, "redo"),
    putPersona: list.putPersona,
    putMetricLibrary: list.putMetricLibrary,
    removePersona: list.removePersona,
    removeJourney: list.removeJourney,
    restoreJourney: list.restoreJourney,
    batch: list.batch,
    /** Drops the documents of journeys deleted long ago. */
    purgeDeleted: () => list.purgeDeleted(hub.storage(), PURGE_DELETED_AFTER_MS),
    useStorage: hub.useStorage,
    flush: hub.flush,
    hasUnsaved: hub.hasUnsaved,
    savingFails: hub.savingFails,
    compact: hub.compact,
    destroy() {
      summaries.destroy();
      hub.destroy();
      listeners.clear();
    },
  };
}
