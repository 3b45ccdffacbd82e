import { Lock } from "lucide-react";
import { useStore } from "zustand";
import { ROOM_LOCKS, type RoomLock } from "../format/room";
import { useT } from "../i18n";
import { roomStore } from "../store";
import { Button } from "../ui/Button";

/**
 * The facilitator's lead in the room bar. The room's owner: "Follow me" (everyone's view follows
 * the stage they are on) and "Bring everyone here" (once). A participant: whose lead their view
 * follows, with a way to step away and back.
 */
export function LeadControls() {
  const t = useT();
  const owner = useStore(roomStore, (s) => s.owner);
  const leading = useStore(roomStore, (s) => s.leading);
  const lead = useStore(roomStore, (s) => s.lead);
  const away = useStore(roomStore, (s) => s.awayFromLead);
  const people = useStore(roomStore, (s) => s.peers.length);
  const locking = useStore(roomStore, (s) => s.locking);

  if (owner)
    return (
      <span className="room-bar__lead">
        <Button
          size="sm"
          aria-pressed={leading}
          title={t("rooms.lead.followMeHint")}
          onClick={() => roomStore.setState({ leading: !leading })}
        >
          {t("rooms.lead.followMe")}
        </Button>
        <Button
          size="sm"
          disabled={people === 0}
          title={t("rooms.lead.bringHint")}
          onClick={() => roomStore.setState({ summons: roomStore.getState().summons + 1 })}
        >
          {t("rooms.lead.bring")}
        </Button>
        <label className="room-bar__lock">
          <Lock size={14} aria-hidden="true" />
          <span className="visually-hidden">{t("rooms.lock.label")}</span>
          <select
            className="wm-select"
            value={locking}
            title={t("rooms.lock.label")}
            onChange={(event) => roomStore.setState({ locking: event.target.value as RoomLock })}
          >
            {ROOM_LOCKS.map((lock) => (
              <option key={lock} value={lock}>
                {t(`rooms.lock.${lock}`)}
              </option>
            ))}
          </select>
        </label>
      </span>
    );
  const locked = lead && lead.lock !== "none" ? lead.lock : null;
  if (!lead?.following && !locked) return null;
  return (
    <span className="room-bar__lead">
      {locked ? (
        <span className="room-bar__locked">
          <Lock size={14} aria-hidden="true" />
          {t(locked === "map" ? "rooms.lock.mapLocked" : "rooms.lock.structureLocked", {
            name: lead!.name,
          })}
        </span>
      ) : null}
      {!lead?.following ? null : away ? (
        <Button size="sm" onClick={() => roomStore.setState({ awayFromLead: false })}>
          {t("rooms.lead.back", { name: lead!.name })}
        </Button>
      ) : (
        <>
          <span className="room-bar__following">
            {t("rooms.lead.following", { name: lead!.name })}
          </span>
          <Button size="sm" onClick={() => roomStore.setState({ awayFromLead: true })}>
            {t("rooms.lead.stop")}
          </Button>
        </>
      )}
    </span>
  );
}
