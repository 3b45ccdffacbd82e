import type { AutosaveState, QuarantineRow } from "../persistence";
import { setStatus, statusStore, type QuarantineNotice, type StorageProblem } from "../store";

/** How storage events read in the status store: what the save indicator and banners show. */
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

export function onSaveState(state: AutosaveState): void {
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
      setStatus({ save: "failed", problem: problemFromSave(state) });
      break;
    default:
      setStatus({ save: state.state });
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

export function noteConflicts(count: number): void {
  setStatus({ conflicts: statusStore.getState().conflicts + count });
}
