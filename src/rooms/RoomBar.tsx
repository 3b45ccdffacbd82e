import { useStore } from "zustand";
import type { Id } from "../domain";
import { useT } from "../i18n";
import { Smartphone } from "lucide-react";
import { roomStore, sessionStore, useDocument, useSession } from "../store";
import { Button } from "../ui/Button";
import { leaveRoom } from "./actions";
import { LeadControls } from "./LeadControls";
import { refusalMessage } from "./refusal";
import { useRefusalNotices } from "./use-refusal-notices";
import { useRevealNotice } from "./use-reveal-notice";
import "./rooms.css";

/**
 * The bar above a journey linked to a room: how the link stands (live, offline with the changes
 * waiting, refused), who is here, and whether this link may change the map.
 */
export function RoomBar({ journeyId }: { journeyId: Id }) {
  const t = useT();
  const linked = useSession((s) => s.rooms[journeyId] !== undefined);
  const room = useStore(roomStore);
  const presence = useSession((s) => s.presence);
  const leftOut = useDocument((s) => s.leftOut[journeyId] ?? 0);
  useRefusalNotices();
  useRevealNotice(journeyId);
  if (!linked || room.journeyId !== journeyId) return null;

  const status =
    room.status === "offline"
      ? room.waiting > 0
        ? t("rooms.status.offline", { count: room.waiting })
        : t("rooms.status.offlineNone")
      : t(`rooms.status.${room.status}`);
  const refusal = room.refusal ? t(refusalMessage(room.refusal)) : null;

  return (
    <section className="room-bar" data-status={room.status} aria-label={t("rooms.bar")}>
      <span className="room-bar__status" role="status">
        <span className="room-bar__dot" aria-hidden="true" />
        {status}
      </span>
      {room.role === "view" ? (
        <span className="room-bar__role" title={t("rooms.viewOnlyHint")}>
          {t("rooms.viewOnly")}
        </span>
      ) : null}
      <span className="room-bar__count">{t("rooms.here", { count: room.peers.length + 1 })}</span>
      <ul className="room-bar__people">
        <li style={{ background: presence?.color ?? "#475569" }}>{t("rooms.you")}</li>
        {room.peers.map((peer) => (
          <li key={peer.clientId} style={{ background: peer.color }}>
            {peer.name}
          </li>
        ))}
      </ul>
      {room.status === "live" ? <LeadControls /> : null}
      {/* An icon only: the bar keeps to one line beside the lead's controls and notices. */}
      <Button
        size="sm"
        variant="ghost"
        icon={<Smartphone />}
        aria-label={t("phone.view")}
        title={t("phone.viewHint")}
        onClick={() => sessionStore.setState({ roomView: "phone" })}
      />
      {leftOut ? (
        <span className="room-bar__left-out">{t("rooms.leftOut", { count: leftOut })}</span>
      ) : null}
      {refusal ? (
        <>
          <span className="room-bar__refusal" role="alert">
            {refusal}
          </span>
          <Button size="sm" onClick={() => leaveRoom(journeyId)}>
            {t("rooms.leave")}
          </Button>
        </>
      ) : null}
    </section>
  );
}
