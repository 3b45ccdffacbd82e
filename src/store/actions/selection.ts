import type { Id } from "../../domain";
import { getJourney } from "../document";
import { clearSelection, requestMapFocus, selectCell, setFocus } from "../editor";
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
  const journey = getJourney(journeyId);
  const first = elementIds[0];
  const element = first ? journey?.elements[first] : undefined;
  // Only arrows removed: the keyboard goes to the card the first one came from, which is next
  // to it, rather than back to wherever focus was last (perhaps far off screen).
  const link = linkIds[0] ? journey?.links[linkIds[0]] : undefined;
  removeSelection(journeyId, elementIds, linkIds);
  if (element) selectCell({ stageId: element.stageId, laneId: element.laneId });
  else {
    clearSelection();
    if (!link) return;
    setFocus({ kind: "card", id: link.from });
  }
  requestMapFocus();
}
