import { useState } from "react";
import { roomServerAddress } from "../format/room";
import { useT, type MessageKey } from "../i18n";
import { sessionStore, useSession } from "../store";
import { Button } from "../ui/Button";
import { Field } from "../ui/Field";
import { insecureFromSecurePage, roomServerAnswers } from "./server-address";

type Check = "idle" | "checking" | { refused: MessageKey };

/**
 * For a copy of Waymark served without a room server (a static host): the room server new rooms
 * go to, checked before it is kept. Links to rooms started there carry its address, so people
 * who join need not set anything.
 */
export function RoomServerSetting({ onChosen }: { onChosen: () => void }) {
  const t = useT();
  const saved = useSession((s) => s.roomServer);
  const [typed, setTyped] = useState(saved ?? "");
  const [check, setCheck] = useState<Check>("idle");

  const choose = async () => {
    const address = roomServerAddress(typed);
    if (!address) return setCheck({ refused: "rooms.server.invalid" });
    if (insecureFromSecurePage(address)) return setCheck({ refused: "rooms.server.insecure" });
    setCheck("checking");
    if (!(await roomServerAnswers(address))) return setCheck({ refused: "rooms.server.noAnswer" });
    sessionStore.setState({ roomServer: address });
    setCheck("idle");
    onChosen();
  };

  const refused = typeof check === "object" ? check.refused : null;
  return (
    <form
      className="room-server"
      onSubmit={(event) => {
        event.preventDefault();
        void choose();
      }}
    >
      <p>{t("rooms.unavailable")}</p>
      <Field label={t("rooms.server.label")}>
        {(id) => (
          <>
            <input
              id={id}
              className="wm-input"
              dir="ltr"
              inputMode="url"
              autoComplete="url"
              spellCheck={false}
              value={typed}
              required
              aria-invalid={refused ? true : undefined}
              aria-describedby={refused ? `${id}-hint ${id}-refused` : `${id}-hint`}
              onChange={(event) => {
                setTyped(event.target.value);
                if (refused) setCheck("idle");
              }}
            />
            <p id={`${id}-hint`} className="wm-field__hint">
              {t("rooms.server.hint")}
            </p>
            {refused ? (
              <p id={`${id}-refused`} role="alert" className="wm-field__error">
                {t(refused)}
              </p>
            ) : null}
          </>
        )}
      </Field>
      <Button type="submit" variant="primary" disabled={check === "checking"}>
        {check === "checking" ? t("rooms.server.checking") : t("rooms.server.use")}
      </Button>
    </form>
  );
}
