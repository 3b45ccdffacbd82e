import type { Workspace } from "../domain";
import {
  changedKeys,
  diffWorkspaces,
  isEmptyChangeSet,
  type ChangedKeys,
  type ChangeSet,
} from "./changes";
import { classifyStorageError, type StorageFailure } from "./failures";
import { mergeRemoteRows } from "./merge";
import type { RemoteRows } from "./tab-sync";
import type { MergeWith, WriteOutcome } from "./write";

export type AutosaveState =
  | { state: "saved"; at: number }
  | { state: "pending" }
  | { state: "saving" }
  | { state: "failed"; failure: StorageFailure };

export interface AutosaveOptions {
  /**
   * Writes a change set. Given `base` (what this tab last knew was on disk) it merges with rows
   * another tab changed meanwhile; without it, it writes blind (the page is going away).
   */
  write: (changes: ChangeSet, merge?: MergeWith) => Promise<WriteOutcome | void>;
  getWorkspace: () => Workspace;
  onState: (state: AutosaveState) => void;
  /**
   * Told after each successful write: what it touched (for other tabs), what the write merged
   * from another tab's changes, and the workspace it wrote (so memory can take the merged rows).
   */
  onWritten?: (keys: ChangedKeys, outcome: WriteOutcome | null, written: Workspace) => void;
  debounceMs?: number;
  /**
   * The longest an edit waits in memory: typing without a pause still reaches the disk, so a
   * crash loses at most this much. Kept well under a second, the promise to the person.
   */
  maxWaitMs?: number;
  now?: () => number;
  /** Delays before retrying a failed save; the last repeats. */
  retryDelaysMs?: readonly number[];
}

export interface Autosave {
  /** The workspace as last written; diffs are taken against it. */
  readonly baseline: Workspace;
  /** Starts saving from this baseline (what was just loaded). Nothing is written before. */
  start(baseline: Workspace): void;
  /** Something changed: save soon. */
  notify(): void;
  /** Write now; resolves once what is in memory now is on disk (or the write failed). */
  flush(): Promise<void>;
  /** Dispatch a write at once, for `pagehide`, where no later task may run. */
  flushImmediately(): void;
  /** Another tab wrote these rows: take them into the baseline so they are not written back. */
  rebase(rows: RemoteRows): void;
  /** Whether memory holds edits not yet on disk. */
  isDirty(): boolean;
  stop(): void;
}

/**
 * Debounced saving that never loses an edit: it writes only the rows that changed since the last
 * successful write, keeps everything in memory and retries when a write fails, and says what
 * state it is in at every step.
 */
export function createAutosave(options: AutosaveOptions): Autosave {
  const debounceMs = options.debounceMs ?? 300;
  const maxWaitMs = options.maxWaitMs ?? 700;
  const now = options.now ?? Date.now;
  const retryDelays = options.retryDelaysMs ?? [1000, 3000, 10_000, 30_000];
  let baseline: Workspace | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let inFlight: Promise<void> | null = null;
  let again = false;
  let failures = 0;
  let stopped = false;
  let state: AutosaveState["state"] = "saved";
  /** When the oldest edit not yet being written must be written by. */
  let deadline: number | null = null;
  /**
   * Writes are numbered as they start; a write that lands sets the baseline only if no later
   * write has landed already, so a slow blind write never puts back an older baseline.
   */
  let started = 0;
  let landed = 0;
  /** Rows other tabs wrote, in the order heard, each with the number of the last write started then. */
  let rebases: { after: number; rows: RemoteRows }[] = [];

  /**
   * The baseline once write `seq` of `snapshot` has landed: what it wrote (merged with another
   * tab's change where the write did that), then every other tab's rows heard since it started,
   * which a baseline taken from the snapshot alone would forget and write back as this tab's.
   */
  const land = (seq: number, snapshot: Workspace, outcome: WriteOutcome | null) => {
    if (seq < landed) return;
    landed = seq;
    let next = outcome ? mergeRemoteRows(snapshot, outcome.merged).workspace : snapshot;
    for (const rebase of rebases) {
      if (rebase.after >= seq) next = mergeRemoteRows(next, rebase.rows).workspace;
    }
    rebases = rebases.filter((rebase) => rebase.after > seq);
    baseline = next;
  };

  const report = (next: AutosaveState) => {
    state = next.state;
    options.onState(next);
  };

  const schedule = (delay: number) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      void run();
    }, delay);
  };

  async function run(): Promise<void> {
    if (!baseline || stopped) return;
    if (inFlight) {
      again = true;
      return inFlight;
    }
    const snapshot = options.getWorkspace();
    deadline = null;
    const changes = diffWorkspaces(baseline, snapshot);
    if (isEmptyChangeSet(changes)) {
      // Nothing differs from the disk (an edit undone, say): saved, even after a failed write.
      baseline = snapshot;
      failures = 0;
      report({ state: "saved", at: now() });
      return;
    }
    report({ state: "saving" });
    const seq = ++started;
    inFlight = options
      .write(changes, { base: baseline, current: snapshot })
      .then(
        (outcome) => {
          land(seq, snapshot, outcome ?? null);
          failures = 0;
          options.onWritten?.(changedKeys(changes), outcome ?? null, snapshot);
          if (options.getWorkspace() === snapshot) report({ state: "saved", at: now() });
          else {
            report({ state: "pending" });
            again = true;
          }
        },
        (error: unknown) => {
          // The edit stays in memory and the baseline stays put, so the next try writes it all.
          report({ state: "failed", failure: classifyStorageError(error) });
          const delay = retryDelays[Math.min(failures, retryDelays.length - 1)]!;
          failures += 1;
          schedule(delay);
        },
      )
      .finally(() => {
        inFlight = null;
      });
    await inFlight;
    if (again) {
      again = false;
      await run();
    }
  }

  return {
    get baseline() {
      if (!baseline) throw new Error("Autosave has not started");
      return baseline;
    },
    start(initial) {
      baseline = initial;
      stopped = false;
      report({ state: "saved", at: now() });
    },
    notify() {
      if (!baseline) return;
      if (stopped) {
        // Storage was handed over (a newer version's upgrade): this edit lives in memory only.
        report({ state: "failed", failure: { kind: "closed" } });
        return;
      }
      if (state !== "failed") report({ state: "pending" });
      deadline ??= now() + maxWaitMs;
      schedule(Math.max(0, Math.min(debounceMs, deadline - now())));
    },
    async flush() {
      if (timer) {
        clearTimeout(timer);
        timer = null;
      }
      if (inFlight) {
        again = true;
        await inFlight;
      }
      await run();
    },
    flushImmediately() {
      if (!baseline || stopped) return;
      if (timer) {
        clearTimeout(timer);
        timer = null;
      }
      const snapshot = options.getWorkspace();
      deadline = null;
      const changes = diffWorkspaces(baseline, snapshot);
      if (isEmptyChangeSet(changes)) return;
      // Rows already being written are written again: puts are idempotent, and this way nothing
      // depends on a promise callback that may never run.
      const seq = ++started;
      const written = options.write(changes);
      written.then(
        () => {
          land(seq, snapshot, null);
          options.onWritten?.(changedKeys(changes), null, snapshot);
          if (options.getWorkspace() === snapshot && !inFlight)
            report({ state: "saved", at: now() });
        },
        () => schedule(debounceMs),
      );
    },
    rebase(rows) {
      if (!baseline) return;
      baseline = mergeRemoteRows(baseline, rows).workspace;
      // A write in flight set out from the old baseline: when it lands, these rows still stand.
      if (landed < started) rebases.push({ after: started, rows });
    },
    isDirty() {
      return (
        baseline !== null &&
        baseline !== options.getWorkspace() &&
        !isEmptyChangeSet(diffWorkspaces(baseline, options.getWorkspace()))
      );
    },
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}
