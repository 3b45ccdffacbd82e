import {
  useInternalNode,
  useStore as useFlowStore,
  useReactFlow,
  ViewportPortal,
} from "@xyflow/react";
import { memo, useEffect } from "react";
import { useStore } from "zustand";
import type { Id } from "../domain";
import { useT } from "../i18n";
import { localPointerStore, pointerStore, roomStore, type RoomPeer } from "../store";
import "./room-presence.css";

/** Reports this person's pointer on the map (map coordinates) while the journey is in a room. */
function usePointerReporting(journeyId: Id) {
  const flow = useReactFlow();
  const pane = useFlowStore((s) => s.domNode);
  useEffect(() => {
    if (!pane) return;
    const move = (event: PointerEvent) => {
      if (roomStore.getState().journeyId !== journeyId) return;
      localPointerStore.setState({
        at: flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }),
      });
    };
    const leave = () => {
      if (localPointerStore.getState().at) localPointerStore.setState({ at: null });
    };
    pane.addEventListener("pointermove", move, { passive: true });
    pane.addEventListener("pointerleave", leave);
    return () => {
      pane.removeEventListener("pointermove", move);
      pane.removeEventListener("pointerleave", leave);
      leave();
    };
  }, [pane, flow, journeyId]);
}

/** Another person's selected card: an outline in their colour, with their name (and typing). */
function PeerSelection({ cardId, peer }: { cardId: Id; peer: RoomPeer }) {
  const t = useT();
  const node = useInternalNode(cardId);
  // The name keeps its size on screen at any zoom, as the pointers do.
  const zoom = useFlowStore((s) => s.transform[2]);
  if (!node) return null;
  const { x, y } = node.internals.positionAbsolute;
  const width = node.measured.width ?? 0;
  const height = node.measured.height ?? 0;
  const typing = peer.typing === cardId;
  return (
    <div
      className="peer-selection"
      style={{
        transform: `translate(${x - 4}px, ${y - 4}px)`,
        width: width + 8,
        height: height + 8,
        borderColor: peer.color,
      }}
    >
      <span
        className="peer-selection__name"
        style={{ background: peer.color, transform: `scale(${1 / zoom})` }}
      >
        {typing ? t("rooms.typing", { name: peer.name }) : peer.name}
      </span>
    </div>
  );
}

function Pointers() {
  const pointers = useStore(pointerStore, (s) => s.pointers);
  const zoom = useFlowStore((s) => s.transform[2]);
  return pointers.map((pointer) => (
    <div
      key={pointer.clientId}
      className="peer-pointer"
      style={{ transform: `translate(${pointer.x}px, ${pointer.y}px) scale(${1 / zoom})` }}
    >
      <svg width="18" height="22" viewBox="0 0 18 22" aria-hidden="true">
        <path
          d="M1 1 L1 18 L6 13 L10 21 L13 19.5 L9 12 L16 12 Z"
          fill={pointer.color}
          stroke="#fff"
          strokeWidth="1.5"
        />
      </svg>
      <span className="peer-pointer__name" style={{ background: pointer.color }}>
        {pointer.name}
      </span>
    </div>
  ));
}

/**
 * Who else is on the map, in a room: their pointers, and the cards they have selected (with
 * who is typing in one). Drawn over the map, in its coordinates; none of it is ever stored.
 */
export const RoomPresence = memo(function RoomPresence({ journeyId }: { journeyId: Id }) {
  usePointerReporting(journeyId);
  const inRoom = useStore(roomStore, (s) => s.journeyId === journeyId);
  const peers = useStore(roomStore, (s) => s.peers);
  if (!inRoom) return null;
  return (
    <ViewportPortal>
      <div className="room-presence" aria-hidden="true">
        {peers.flatMap((peer) =>
          peer.selection.map((cardId) => (
            <PeerSelection key={`${peer.clientId}:${cardId}`} cardId={cardId} peer={peer} />
          )),
        )}
        <Pointers />
      </div>
    </ViewportPortal>
  );
});
