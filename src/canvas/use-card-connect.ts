import type { OnConnect, OnConnectEnd } from "@xyflow/react";
import { useCallback } from "react";
import type { Id } from "../domain";
import { linkCards } from "../store";
import { clientPoint } from "./pointer";

/**
 * Drawing an arrow from a card's handle. React Flow links only when the drag ends on the other
 * card's small handle; as in Miro and Figma, ending anywhere on the card links them too.
 */
export function useCardConnect(journeyId: Id) {
  const onConnect: OnConnect = useCallback(
    (connection) => {
      if (connection.source && connection.target)
        linkCards(journeyId, connection.source, connection.target, "flow");
    },
    [journeyId],
  );

  const onConnectEnd: OnConnectEnd = useCallback(
    (event, state) => {
      // Ended on a handle: onConnect has made the link already.
      if (state.isValid || !state.fromNode) return;
      const point = clientPoint(event);
      if (!point) return;
      const card = document
        .elementFromPoint(point.x, point.y)
        ?.closest<HTMLElement>("[data-card-id]")?.dataset.cardId;
      const from = state.fromNode.id;
      if (!card || card === from) return;
      // Dragged backwards from a card's incoming handle: the arrow still points into that card.
      if (state.fromHandle?.type === "target") linkCards(journeyId, card, from, "flow");
      else linkCards(journeyId, from, card, "flow");
    },
    [journeyId],
  );

  return { onConnect, onConnectEnd };
}
