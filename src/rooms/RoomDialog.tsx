import QRCode from "qrcode";
import { useEffect, useState } from "react";
import type { Id } from "../domain";
import { ROOM_ROLES, type RoomRole } from "../format/room";
import { useT } from "../i18n";
import { sessionStore, useSession } from "../store";
import { Button } from "../ui/Button";
import { Dialog } from "../ui/Dialog";
import { changeRoomLink, leaveRoom, startRoom } from "./actions";
import { roomLink } from "./link";
import { randomPresenceColor } from "./presence-colors";
import { activeRoomConnection } from "./RoomLink";
import { ownRoomServer, roomsAvailable } from "./server-address";
import { Field } from "../ui/Field";
import { PresenceFields, type PresenceChoice } from "./PresenceFields";
import { RoomServerSetting } from "./RoomServerSetting";
import "./rooms.css";
// The texts of the views that load when opened arrive with this module (see views-en.ts).
import "../i18n/views-en";

function LinkRow({
  role,
  link,
  canRenew,
  onRenew,
}: {
  role: RoomRole;
  link: string;
  canRenew: boolean;
  onRenew: () => void;
}) {
  const t = useT();
  const roleName = t(`rooms.role.${role}`);
  const [code, setCode] = useState<string | null>(null);
  const [showCode, setShowCode] = useState(false);
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);

  useEffect(() => {
    if (!showCode) return;
    let current = true;
    void QRCode.toDataURL(link, { margin: 2, width: 280, errorCorrectionLevel: "M" }).then(
      (url) => current && setCode(url),
    );
    return () => {
      current = false;
    };
  }, [showCode, link]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied("yes");
    } catch {
      setCopied("failed");
    }
  };

  return (
    <li className="room-link">
      <Field label={t("rooms.linkLabel", { role: roleName })}>
        {(id) => (
          <input
            id={id}
            className="wm-input room-link__url"
            readOnly
            value={link}
            dir="ltr"
            onFocus={(event) => event.currentTarget.select()}
          />
        )}
      </Field>
      <p className="room-link__hint">{t(`rooms.roleHint.${role}`)}</p>
      <div className="room-link__actions">
        <Button size="sm" aria-label={t("rooms.copyNamed", { role: roleName })} onClick={copy}>
          {t("rooms.copy")}
        </Button>
        <Button
          size="sm"
          aria-expanded={showCode}
          aria-label={showCode ? t("rooms.hideCode") : t("rooms.showCodeNamed", { role: roleName })}
          onClick={() => setShowCode((shown) => !shown)}
        >
          {showCode ? t("rooms.hideCode") : t("rooms.showCode")}
        </Button>
        {canRenew ? (
          <Button
            size="sm"
            variant="ghost"
            aria-label={t("rooms.renewNamed", { role: roleName })}
            onClick={onRenew}
          >
            {t("rooms.renew")}
          </Button>
        ) : null}
        <span role="status" className="room-link__copied">
          {copied === "yes" ? t("rooms.copied") : copied === "failed" ? t("rooms.copyFailed") : ""}
        </span>
      </div>
      {showCode && code ? (
        <img
          className="room-link__code"
          src={code}
          width={280}
          height={280}
          alt={t("rooms.codeAlt", { role: roleName })}
        />
      ) : null}
    </li>
  );
}

/** Start a room on this journey, share its links (copy, QR code), change them, or leave. */
export function RoomDialog({ journeyId, onClose }: { journeyId: Id; onClose: () => void }) {
  const t = useT();
  const membership = useSession((s) => s.rooms[journeyId]);
  const presence = useSession((s) => s.presence);
  const roomServer = useSession((s) => s.roomServer);
  const available = roomsAvailable();
  const [choosingServer, setChoosingServer] = useState(false);
  const [choice, setChoice] = useState<PresenceChoice>(() => ({
    name: presence?.name ?? "",
    color: presence?.color ?? randomPresenceColor(),
  }));
  const [starting, setStarting] = useState(false);
  const [renewed, setRenewed] = useState<RoomRole | null>(null);

  const start = async () => {
    const name = choice.name.trim().slice(0, 40);
    if (name) sessionStore.setState({ presence: { name, color: choice.color } });
    setStarting(true);
    try {
      await startRoom(journeyId);
    } finally {
      setStarting(false);
    }
  };

  const renew = async (role: RoomRole) => {
    if (await changeRoomLink(journeyId, role, activeRoomConnection()?.provider ?? null))
      setRenewed(role);
  };

  const leave = () => {
    leaveRoom(journeyId);
    onClose();
  };

  const body = membership ? (
    <>
      <h3 className="room-dialog__heading">
        {membership.secrets ? t("rooms.linksTitle") : t("rooms.yourLink")}
      </h3>
      <ul className="room-dialog__links">
        {membership.secrets
          ? ROOM_ROLES.map((role) => (
              <LinkRow
                key={role}
                role={role}
                link={roomLink(membership.room, role, membership.secrets![role], membership.server)}
                canRenew
                onRenew={() => void renew(role)}
              />
            ))
          : [
              <LinkRow
                key={membership.role}
                role={membership.role}
                link={roomLink(
                  membership.room,
                  membership.role,
                  membership.secret,
                  membership.server,
                )}
                canRenew={false}
                onRenew={() => {}}
              />,
            ]}
      </ul>
      <p role="status" className="room-dialog__status">
        {renewed ? t("rooms.renewed", { role: t(`rooms.role.${renewed}`) }) : ""}
      </p>
      <p className="room-dialog__leave-hint">{t("rooms.leaveHint")}</p>
    </>
  ) : !available || choosingServer ? (
    <RoomServerSetting onChosen={() => setChoosingServer(false)} />
  ) : (
    <form
      id="room-start"
      onSubmit={(event) => {
        event.preventDefault();
        void start();
      }}
    >
      <p>{t("rooms.intro")}</p>
      {ownRoomServer() === null && roomServer ? (
        <p className="room-dialog__server">
          {t("rooms.server.current")} <bdi dir="ltr">{roomServer}</bdi>{" "}
          <Button size="sm" variant="ghost" onClick={() => setChoosingServer(true)}>
            {t("rooms.server.change")}
          </Button>
        </p>
      ) : null}
      <PresenceFields value={choice} onChange={setChoice} />
    </form>
  );

  const footer = membership ? (
    <Button variant="danger" onClick={leave}>
      {t("rooms.leave")}
    </Button>
  ) : available && !choosingServer ? (
    <Button variant="primary" type="submit" form="room-start" disabled={starting}>
      {starting ? t("rooms.starting") : t("rooms.start")}
    </Button>
  ) : null;

  return (
    <Dialog
      open
      title={t("rooms.dialogTitle")}
      closeLabel={t("rooms.close")}
      onClose={onClose}
      footer={footer}
      size="lg"
    >
      {body}
    </Dialog>
  );
}
