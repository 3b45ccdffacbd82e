import { cellKey, type JourneyLayout } from "../domain";
import type { FocusTarget } from "../store";

/** The DOM element that holds a focus target on the map. */
export function focusTargetSelector(focus: NonNullable<FocusTarget>): string {
  return focus.kind === "card"
    ? `[data-card-id="${CSS.escape(focus.id)}"]`
    : `[data-cell="${CSS.escape(cellKey(focus.cell.stageId, focus.cell.laneId))}"]`;
}

/** Where a focus target sits on the map, in map coordinates. */
export function focusTargetRect(layout: JourneyLayout, focus: NonNullable<FocusTarget>) {
  if (focus.kind === "card") return layout.cards.get(focus.id) ?? null;
  const stage = layout.stages.find((s) => s.id === focus.cell.stageId);
  const lane = layout.lanes.find((l) => l.id === focus.cell.laneId);
  return stage && lane ? { x: stage.x, y: lane.y, width: stage.width, height: lane.height } : null;
}
