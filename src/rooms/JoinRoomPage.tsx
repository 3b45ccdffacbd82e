import { useCallback, useEffect, useState } from "react";
import type { Id } from "../domain";
import { useT } from "../i18n";
import { sessionStore, useSession } from "../store";
import { Button } from "../ui/Button";
import { joinRoom, type JoinResult } from "./actions";
import type { RoomLinkParts } from "./link";
import { randomPresenceColor } from "./presence-colors";
import { refusalMessage } from "./refusal";
import { PresenceFields, type PresenceChoice } from "./PresenceFields";
import "./rooms.css";
// The texts of the views that load when opened arrive with this module (see views-en.ts).
import "../i18n/views-en";

type Stage = "name" | "joining" | Exclude<JoinResult, { ok: true }>;

/**
 * Where a room link lands: asks the person's name the first time, fetches the room's journey into
 * this browser, and hands over to the journey's map.
 */
export function JoinRoomPage({
  link,
  onJoined,
  onHome,
}: {
  link: RoomLinkParts;
  onJoined: (journeyId: Id) => void;
  onHome: () => void;
}) {
  const t = useT();
  const presence = useSession((s) => s.presence);
  const [stage, setStage] = useState<Stage>(presence ? "joining" : "name");
  const [choice, setChoice] = useState<PresenceChoice>(() => ({
    name: "",
    color: randomPresenceColor(),
  }));

  const finish = useCallback(
    (result: JoinResult) => (result.ok ? onJoined(result.journey.id) : setStage(result)),
    [onJoined],
  );
  const join = () => {
    setStage("joining");
    void joinRoom(link).then(finish);
  };

  // A person whose name this browser knows joins straight away, once per link.
  const known = presence !== null;
  useEffect(() => {
    if (!known) return;
    let current = true;
    void joinRoom(link).then((result) => current && finish(result));
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [link]);

  let content;
  if (stage === "name")
    content = (
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const name = choice.name.trim().slice(0, 40);
          if (!name) return;
          sessionStore.setState({ presence: { name, color: choice.color } });
          join();
        }}
      >
        <PresenceFields value={choice} onChange={setChoice} autoFocus />
        <Button variant="primary" type="submit">
          {t("rooms.join")}
        </Button>
      </form>
    );
  else if (stage === "joining") content = <p role="status">{t("rooms.joining")}</p>;
  else
    content = (
      <>
        <p role="alert">
          {stage.reason === "refused"
            ? t(refusalMessage(stage.refusal))
            : stage.reason === "empty"
              ? t("rooms.empty")
              : t("rooms.unreachable")}
        </p>
        <div className="join-room__actions">
          <Button variant="primary" onClick={join}>
            {t("rooms.retry")}
          </Button>
          <Button onClick={onHome}>{t("rooms.home")}</Button>
        </div>
      </>
    );

  return (
    <main className="join-room">
      <h1>{t("rooms.joinTitle")}</h1>
      {link.server ? (
        <p className="join-room__server">
          {t("rooms.onServer")} <bdi dir="ltr">{link.server}</bdi>
        </p>
      ) : null}
      {content}
    </main>
  );
}
