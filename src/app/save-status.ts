import type { SaveState } from "../engine";
import { classifyStorageError, type QuarantineRow } from "../persistence";
import { setStatus, statusStore, type QuarantineNotice, type StorageProblem } from "../store";

/** How a failed write reads in the status store: what the save indicator and banners show. */
function problemOf(error: unknown): StorageProblem {
  const failure = classifyStorageError(error);
  switch (failure.kind) {
    case "quotaExceeded":
      return { kind: "quotaExceeded" };
    case "closed":
      return { kind: "newerVersionElsewhere" };
    case "writeFailed":
      return { kind: "writeFailed", detail: failure.detail };
  }
}

export function onSaveState(state: SaveState): void {
  const current = statusStore.getState();
  switch (state.state) {
    case "saved":
      // A successful write clears a save problem, but not the ones about the database itself.
      setStatus({
        save: "saved",
        lastSavedAt: state.at,
        // Everything is stored again: an update held back for that may go ahead.
        updateBlocked: false,
        problem:
          current.problem?.kind === "quotaExceeded" || current.problem?.kind === "writeFailed"
            ? null
            : current.problem,
      });
      break;
    case "failed":
      setStatus({ save: "failed", problem: problemOf(state.error) });
      break;
    default:
      // A failing save stays said until a write lands.
      if (current.save !== "failed") setStatus({ save: "saving" });
  }
}

export function quarantineNotices(rows: QuarantineRow[]): QuarantineNotice[] {
  return rows.map((row) => ({
    seq: row.seq ?? 0,
    what: row.what,
    label: row.label,
    problem: row.problem ?? null,
    reason: row.reason,
  }));
}
