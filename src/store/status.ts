import type { Damage, DamagePath } from "../format";
import { createStore } from "zustand/vanilla";
import type { FormatError } from "../format";
import type { DamagedRecord } from "../engine";

/**
 * Ephemeral state about storage and saving, shown to the person (never saved): whether the
 * document is saved, and why not when it is not.
 */
export type SaveState = "loading" | "saved" | "pending" | "saving" | "failed";

export type StorageProblem =
  | { kind: "unavailable"; detail: string }
  | { kind: "quotaExceeded" }
  | { kind: "newerVersionElsewhere" }
  | { kind: "olderVersionElsewhere" }
  | { kind: "writeFailed"; detail: string };

export interface QuarantineNotice {
  seq: number;
  what: DamagedRecord["what"];
  label: string;
  /** What is wrong, for the interface to word; null for records set aside by older versions. */
  problem: { at: DamagePath; damage: Damage } | null;
  /** The stored reason, shown as it is only when there is no `problem`. */
  reason: string;
}

export interface StatusState {
  save: SaveState;
  lastSavedAt: number | null;
  problem: StorageProblem | null;
  /** Whether the browser promised not to evict this site's data. */
  persistent: boolean | null;
  quarantined: QuarantineNotice[];
  /** Every file the app needs is cached: it will open with the network off. */
  offlineReady: boolean;
  /**
   * A newer version of the app: installed and waiting for the person ("waiting"), already in
   * charge because this or another tab let it in ("active": this tab runs the old code until it
   * reloads), or being reloaded into.
   */
  update: "none" | "waiting" | "active" | "reloading";
  /** The person asked to update, but edits in memory could not be stored: reloading would lose them. */
  updateBlocked: boolean;
  /** When this browser's workspace was first created (for the backup reminder). */
  workspaceCreatedAt: number | null;
  /** Why the last file a person tried to import was refused. */
  importError: { fileName: string; error: FormatError } | null;
}

export const statusStore = createStore<StatusState>()(() => ({
  save: "loading",
  lastSavedAt: null,
  problem: null,
  persistent: null,
  quarantined: [],
  importError: null,
  workspaceCreatedAt: null,
  update: "none",
  updateBlocked: false,
  offlineReady: false,
}));

export function setStatus(changes: Partial<StatusState>): void {
  statusStore.setState(changes);
}
