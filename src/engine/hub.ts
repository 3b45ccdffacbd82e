import * as Y from "yjs";
import type { DamagedRecord } from "./damage";
import { applyStored, writtenByNewerVersion } from "./documents";
import { ORIGIN, madeHere } from "./origins";
import { createSaver, type SaveState, type Saver } from "./saver";
import type { UpdateStorage } from "./storage";
import type { TabChannel, TabMessage } from "./tab-channel";

/** A document whose stored updates pile up past this many is compacted into one. */
export const COMPACT_AFTER_UPDATES = 200;
/** How long opening a document stored nowhere waits for another tab to send it. */
const TAB_ANSWER_WAIT_MS = 400;

export interface HubOptions {
  storage: UpdateStorage | null;
  channel: TabChannel | null;
  now: () => number;
  onSaveState?: (state: SaveState) => void;
  onWritten?: (docs: ReadonlyMap<string, number>) => void;
  onDamaged?: (records: DamagedRecord[], doc: string) => void;
  onNewerDocument?: (doc: string) => void;
}

/**
 * Where documents meet storage and the other tabs: every update this tab makes is stored and
 * posted, every update another tab posts is applied (and stored too, in case that tab crashes
 * before its own write lands), stored updates are read in, and compacted once they pile up.
 */
export function createDocumentHub(options: HubOptions) {
  const tabId = globalThis.crypto.randomUUID();
  const channel = options.channel;
  let storage = options.storage;
  let saver: Saver | null = null;
  /** Documents by key: those open, and those being read (tab updates apply to them meanwhile). */
  const docs = new Map<string, Y.Doc>();

  /** Updates stored per document since it was last compacted (or read). */
  const storedCounts = new Map<string, number>();
  let compacting: ReturnType<typeof setTimeout> | null = null;
  const compactSoon = (key: string) => {
    if (compacting || !storage) return;
    const target = storage;
    storedCounts.set(key, 1);
    // A little later, off the path of the edit that tipped it over.
    compacting = setTimeout(() => {
      target
        .compact(key)
        .catch((error: unknown) => console.warn("Could not compact", key, error))
        .finally(() => (compacting = null));
    }, 500);
  };
  const countStored = (key: string, count: number) => {
    const total = (storedCounts.get(key) ?? 0) + count;
    storedCounts.set(key, total);
    if (total > COMPACT_AFTER_UPDATES) compactSoon(key);
  };

  const makeSaver = (target: UpdateStorage) =>
    createSaver({
      storage: target,
      now: options.now,
      onState: (s) => options.onSaveState?.(s),
      onWritten: (written) => {
        for (const [key, count] of written) countStored(key, count);
        options.onWritten?.(written);
      },
    });
  if (storage) saver = makeSaver(storage);

  const watchers = new WeakMap<Y.Doc, (update: Uint8Array, origin: unknown) => void>();
  /** Stores and posts what this tab made; stores what other tabs sent too, in case they crash. */
  const watch = (key: string, doc: Y.Doc) => {
    const onUpdate = (update: Uint8Array, origin: unknown) => {
      if (origin === ORIGIN.storage) return;
      saver?.save(key, update);
      if (madeHere(origin)) channel?.post({ kind: "update", tab: tabId, doc: key, update });
    };
    watchers.set(doc, onUpdate);
    doc.on("update", onUpdate);
  };
  /**
   * Applies what storage holds with the watcher off: Yjs encodes a transaction's whole update for
   * anyone listening, and the watcher ignores stored updates anyway (a sixth of opening a
   * 1,000-card journey went on encoding what was just decoded).
   */
  const unwatched = <T>(doc: Y.Doc, apply: () => T): T => {
    const onUpdate = watchers.get(doc);
    if (onUpdate) doc.off("update", onUpdate);
    try {
      return apply();
    } finally {
      if (onUpdate) doc.on("update", onUpdate);
    }
  };

  const report = (records: DamagedRecord[], key: string) => {
    if (records.length) options.onDamaged?.(records.splice(0), key);
  };

  /**
   * Records set aside as a document was read are taken out of it, so they are set aside once
   * (the quarantine keeps them whole) and never shown half-read.
   */
  const setAside = (doc: Y.Doc, key: string, records: DamagedRecord[]) => {
    const placed = records.filter((record) => record.where);
    report(records, key);
    if (!placed.length) return;
    doc.transact(() => {
      for (const { where } of placed) doc.getMap(where!.root).delete(where!.key);
    }, ORIGIN.quiet);
  };

  const onMessage = (message: TabMessage) => {
    if (message.tab === tabId) return;
    const doc = docs.get(message.doc);
    if (!doc) return;
    try {
      if (message.kind === "update") Y.applyUpdate(doc, message.update, ORIGIN.tab);
      else if (message.kind === "answer" && message.to === tabId)
        Y.applyUpdate(doc, message.update, ORIGIN.tab);
      else if (message.kind === "sync") {
        const update = Y.encodeStateAsUpdate(doc, message.stateVector);
        channel?.post({ kind: "answer", tab: tabId, to: message.tab, doc: message.doc, update });
      }
    } catch (error) {
      console.warn("An update from another tab could not be read", error);
    }
  };
  channel?.listen(onMessage);

  const askTabs = (key: string, doc: Y.Doc) =>
    channel?.post({
      kind: "sync",
      tab: tabId,
      doc: key,
      stateVector: Y.encodeStateVector(doc),
    });

  /** Reads a document's stored updates into it; false when a newer Waymark wrote it. */
  const readStored = async (key: string, doc: Y.Doc): Promise<boolean> => {
    if (!storage) return true;
    const rows = await storage.read(key);
    countStored(key, rows.length);
    const damaged: DamagedRecord[] = [];
    const unreadable = unwatched(doc, () => {
      const unread = applyStored(doc, rows, ORIGIN.storage, damaged);
      // Updates not on disk yet (a failing write holds them) are part of the document too.
      for (const update of saver?.unsaved().get(key) ?? [])
        Y.applyUpdate(doc, update, ORIGIN.storage);
      return unread;
    });
    report(damaged, key);
    if (unreadable.length) await storage.remove(unreadable);
    if (writtenByNewerVersion(doc)) {
      options.onNewerDocument?.(key);
      return false;
    }
    return true;
  };

  /** Waits until another tab sends something of this document, or a moment has passed. */
  const answerFromTabs = (doc: Y.Doc): Promise<void> => {
    if (!channel) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        doc.off("update", done);
        resolve();
      };
      const timer = setTimeout(done, TAB_ANSWER_WAIT_MS);
      doc.on("update", done);
    });
  };

  /**
   * Moves to another storage (the database was deleted under the app and made anew): everything
   * held in memory is written there whole.
   */
  const useStorage = (next: UpdateStorage | null): void => {
    const unsaved = saver?.unsaved() ?? new Map<string, Uint8Array[]>();
    saver?.stop();
    storage = next;
    saver = next ? makeSaver(next) : null;
    if (!saver) return;
    for (const [key, doc] of docs) saver.save(key, Y.encodeStateAsUpdate(doc));
    for (const [key, updates] of unsaved) for (const update of updates) saver.save(key, update);
  };

  return {
    docs,
    watch,
    report,
    setAside,
    askTabs,
    readStored,
    answerFromTabs,
    useStorage,
    storage: () => storage,
    /** Stores an update of a document that is not open (nothing else hears of it). */
    store: (key: string, update: Uint8Array) => saver?.save(key, update),
    /** Resolves once every change made so far is on disk (or the write failed). */
    flush: () => saver?.flush() ?? Promise.resolve(),
    /** Whether changes are held in memory that are not on disk. */
    hasUnsaved: () => saver?.hasUnsaved() ?? false,
    savingFails: () => saver?.failing() ?? false,
    /** Compacts a document's stored updates (see storage.ts). */
    compact: (key: string) => storage?.compact(key),
    destroy() {
      saver?.stop();
      if (compacting) clearTimeout(compacting);
      for (const doc of docs.values()) doc.destroy();
      channel?.close();
    },
  };
}
