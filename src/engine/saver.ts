import * as Y from "yjs";
import type { UpdateStorage } from "./storage";

export type SaveState =
  { state: "saved"; at: number } | { state: "saving" } | { state: "failed"; error: unknown };

export interface SaverOptions {
  storage: UpdateStorage;
  onState: (state: SaveState) => void;
  now: () => number;
  /** Delays before retrying a failed write; the last repeats. */
  retryDelaysMs?: readonly number[];
  /** Told after each write that landed, with how many updates each document has had written. */
  onWritten?: (docs: ReadonlyMap<string, number>) => void;
}

export interface Saver {
  /** Stores an update; it is written within the same task's end, with any others made meanwhile. */
  save(doc: string, update: Uint8Array): void;
  /** Resolves once everything handed over so far is on disk (or the write failed). */
  flush(): Promise<void>;
  /** Whether updates are waiting that are not on disk (a write failed, or is under way). */
  hasUnsaved(): boolean;
  /** Whether the last write failed and updates are held in memory. */
  failing(): boolean;
  /** Every update not yet on disk, per document (to write again into a new database). */
  unsaved(): Map<string, Uint8Array[]>;
  stop(): void;
}

/**
 * Writes updates to storage as they are made: no debounce, so an edit is on disk a few
 * milliseconds later, whatever happens to the tab next. Updates made within one task go in one
 * transaction. A failed write keeps every update in memory, says so, and is retried.
 */
export function createSaver(options: SaverOptions): Saver {
  const retryDelays = options.retryDelaysMs ?? [1000, 3000, 10_000, 30_000];
  let pending = new Map<string, Uint8Array[]>();
  let inFlight: Promise<void> | null = null;
  let scheduled = false;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  let failures = 0;
  let stopped = false;

  const schedule = () => {
    if (scheduled || stopped || retryTimer) return;
    scheduled = true;
    queueMicrotask(() => {
      scheduled = false;
      void run();
    });
  };

  async function run(): Promise<void> {
    if (inFlight) {
      await inFlight;
      if (pending.size) return run();
      return;
    }
    if (pending.size === 0 || stopped) return;
    const batch = pending;
    pending = new Map();
    const rows: { doc: string; update: Uint8Array }[] = [];
    for (const [doc, updates] of batch) {
      rows.push({ doc, update: updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates) });
    }
    options.onState({ state: "saving" });
    inFlight = options.storage.write(rows).then(
      () => {
        failures = 0;
        const written = new Map<string, number>();
        for (const [doc, updates] of batch) written.set(doc, updates.length);
        options.onWritten?.(written);
        if (pending.size === 0) options.onState({ state: "saved", at: options.now() });
      },
      (error: unknown) => {
        // Back in the queue, ahead of anything newer, merged so memory stays small.
        for (const row of rows) {
          const newer = pending.get(row.doc) ?? [];
          pending.set(row.doc, [Y.mergeUpdates([row.update, ...newer])]);
        }
        options.onState({ state: "failed", error });
        const delay = retryDelays[Math.min(failures, retryDelays.length - 1)]!;
        failures += 1;
        retryTimer = setTimeout(() => {
          retryTimer = null;
          void run();
        }, delay);
      },
    );
    try {
      await inFlight;
    } finally {
      inFlight = null;
    }
    if (pending.size && !retryTimer) await run();
  }

  return {
    save(doc, update) {
      const list = pending.get(doc);
      if (list) list.push(update);
      else pending.set(doc, [update]);
      if (failures > 0) return;
      schedule();
    },
    async flush() {
      if (retryTimer) {
        clearTimeout(retryTimer);
        retryTimer = null;
      }
      await run();
    },
    hasUnsaved: () => pending.size > 0 || inFlight !== null,
    failing: () => failures > 0,
    unsaved() {
      return new Map(pending);
    },
    stop() {
      stopped = true;
      if (retryTimer) clearTimeout(retryTimer);
      retryTimer = null;
    },
  };
}
