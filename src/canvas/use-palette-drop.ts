import { useCallback, type DragEvent } from "react";
import { ELEMENT_KINDS, type CellHit, type ElementKind, type Id } from "../domain";
import { addCard, requestInspectorFocus, selectCards } from "../store";
import { PALETTE_MIME } from "../ui/kinds";
import { setDropTarget } from "./drag-state";

/**
 * Dragging a kind from the palette onto the map: the cell under the pointer lights up, and the
 * drop makes a card there, selected with its title ready to type, as Miro does with a sticky.
 */
export function usePaletteDrop(
  journeyId: Id,
  pointerCell: (clientX: number, clientY: number) => CellHit | null,
) {
  const onDragOver = useCallback(
    (event: DragEvent) => {
      if (!event.dataTransfer.types.includes(PALETTE_MIME)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = "copy";
      setDropTarget(pointerCell(event.clientX, event.clientY));
    },
    [pointerCell],
  );

  const onDrop = useCallback(
    (event: DragEvent) => {
      const kind = event.dataTransfer.getData(PALETTE_MIME) as ElementKind;
      setDropTarget(null);
      if (!ELEMENT_KINDS.includes(kind)) return;
      event.preventDefault();
      const target = pointerCell(event.clientX, event.clientY);
      if (!target) return;
      const id = addCard(journeyId, kind, target);
      if (id) {
        selectCards([id]);
        requestInspectorFocus();
      }
    },
    [journeyId, pointerCell],
  );

  return { onDragOver, onDrop };
}
