/**
 * Who made a change to a document, as Yjs transactions are tagged. Undo tracks only `edit`; what
 * reaches storage and the other tabs is everything this tab made (`edit`, `quiet`, and undo's own).
 */
export const ORIGIN = {
  /** A person's edit in this tab: an undo step. */
  edit: { origin: "edit" },
  /** This tab's writes that are not undo steps: a new journey, the edited time, summaries, repairs. */
  quiet: { origin: "quiet" },
  /** An update from another tab of this browser. */
  tab: { origin: "tab" },
  /** Read back from storage. */
  storage: { origin: "storage" },
} as const;

/** Whether a transaction was made by this tab (and so is stored and posted by it). */
export function madeHere(origin: unknown): boolean {
  return origin !== ORIGIN.tab && origin !== ORIGIN.storage;
}
