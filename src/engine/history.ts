import * as Y from "yjs";

/** Beyond this many steps the oldest are forgotten (far above the 200 people are promised). */
export const HISTORY_LIMIT = 500;
/** A pause this long ends a typing step, so undo takes back one burst of typing at a time. */
export const COALESCE_PAUSE_MS = 1000;

export interface History {
  /** Call before each local change: decides whether it joins the last step (typing) or starts one. */
  beforeChange(coalesce: string | undefined, at: number): void;
  undo(): boolean;
  redo(): boolean;
  readonly undoSteps: number;
  readonly redoSteps: number;
  destroy(): void;
}

/**
 * Undo and redo of one journey, per tab: Y.UndoManager over the journey's types, tracking only
 * this tab's own changes, so undo takes back what this person did and never what another tab or
 * person did meanwhile (their edits of the same card stand). A change is one step, except
 * typing in one field, which joins the step before it until a pause.
 */
export function createHistory(
  scope: ConstructorParameters<typeof Y.UndoManager>[0],
  localOrigin: object,
  onChange: () => void,
): History {
  const manager = new Y.UndoManager(scope, {
    trackedOrigins: new Set([localOrigin]),
    // Joining is decided here (beforeChange), not by Yjs's clock.
    captureTimeout: Number.MAX_SAFE_INTEGER,
  });
  let lastKey: string | undefined;
  let lastAt = -Infinity;
  const trim = () => {
    const excess = manager.undoStack.length - HISTORY_LIMIT;
    if (excess > 0) manager.undoStack.splice(0, excess);
  };
  manager.on("stack-item-added", () => {
    trim();
    onChange();
  });
  manager.on("stack-item-popped", onChange);
  manager.on("stack-cleared", onChange);
  return {
    beforeChange(coalesce, at) {
      if (coalesce === undefined || coalesce !== lastKey || at - lastAt >= COALESCE_PAUSE_MS)
        manager.stopCapturing();
      lastKey = coalesce;
      lastAt = at;
    },
    undo() {
      lastKey = undefined;
      return manager.undo() !== null;
    },
    redo() {
      lastKey = undefined;
      return manager.redo() !== null;
    },
    get undoSteps() {
      return manager.undoStack.length;
    },
    get redoSteps() {
      return manager.redoStack.length;
    },
    destroy() {
      manager.destroy();
    },
  };
}
