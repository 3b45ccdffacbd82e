import type { Id } from "../../domain";
import { getWorkspace } from "../document";
import { clearSelection, requestMapFocus, selectCell } from "../editor";
import { removeSelection } from "./cards";

/**
 * Removes cards and links (Delete, Ctrl+X, the inspector's Delete button) and keeps the keyboard
 * on the map: the first card's cell takes the selection and focus, so arrows and Ctrl+V go on
 * working instead of the keyboard falling to the page.
 */
export function removeSelectionAndStay(
  journeyId: Id,
  elementIds: readonly Id[],
  linkIds: readonly Id[],
): void {
  const first = elementIds[0];
  const element = first ? getWorkspace().journeys[journeyId]?.elements[first] : undefined;
  removeSelection(journeyId, elementIds, linkIds);
  if (element) selectCell({ stageId: element.stageId, laneId: element.laneId });
  else clearSelection();
  requestMapFocus();
}
