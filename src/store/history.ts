import type { Patch } from "immer";

/** One undoable step: the patches that made it and the inverse patches that take it back. */
export interface HistoryEntry {
  patches: Patch[];
  inverse: Patch[];
  /** Edits with the same key in quick succession (typing) merge into one entry. */
  coalesceKey: string | null;
  at: number;
}

export interface JourneyHistory {
  undo: HistoryEntry[];
  redo: HistoryEntry[];
}

/** Far above the 200 steps people are promised; beyond it the oldest steps are forgotten. */
export const HISTORY_LIMIT = 500;
/** A pause this long ends a typing entry, so undo takes back one burst of typing at a time. */
export const COALESCE_PAUSE_MS = 1000;

export const emptyHistory = (): JourneyHistory => ({ undo: [], redo: [] });

export function recordEntry(history: JourneyHistory, entry: HistoryEntry): JourneyHistory {
  const last = history.undo[history.undo.length - 1];
  if (
    last &&
    entry.coalesceKey !== null &&
    last.coalesceKey === entry.coalesceKey &&
    entry.at - last.at < COALESCE_PAUSE_MS
  ) {
    const merged: HistoryEntry = {
      patches: [...last.patches, ...entry.patches],
      inverse: [...entry.inverse, ...last.inverse],
      coalesceKey: entry.coalesceKey,
      at: entry.at,
    };
    return { undo: [...history.undo.slice(0, -1), merged], redo: [] };
  }
  const undo = [...history.undo, entry];
  return {
    undo: undo.length > HISTORY_LIMIT ? undo.slice(undo.length - HISTORY_LIMIT) : undo,
    redo: [],
  };
}
