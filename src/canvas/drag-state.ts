import { createStore } from "zustand/vanilla";
import { useStore } from "zustand";
import type { CellHit } from "../domain";

/**
 * Where a card would land while one is being dragged (from the map or the palette). Kept apart
 * from the editor store because it changes every frame and only cells care.
 */
export const dropTargetStore = createStore<{ target: CellHit | null }>()(() => ({ target: null }));

export function setDropTarget(target: CellHit | null): void {
  const current = dropTargetStore.getState().target;
  if (
    current === target ||
    (current &&
      target &&
      current.stageId === target.stageId &&
      current.laneId === target.laneId &&
      current.index === target.index)
  ) {
    return;
  }
  dropTargetStore.setState({ target });
}

export function useDropTargetIn(stageId: string, laneId: string): number | null {
  return useStore(dropTargetStore, (s) =>
    s.target && s.target.stageId === stageId && s.target.laneId === laneId ? s.target.index : null,
  );
}
