import { Users } from "lucide-react";
import { lazy, Suspense, useMemo, useState } from "react";
import type { Id } from "../domain";
import { useT } from "../i18n";
import { useSession } from "../store";
import { Button } from "../ui/Button";
import { useRegisterCommands, type Command } from "../ui/commands";

/** The dialog (and the QR code library) load on first use. */
const RoomDialog = lazy(() =>
  import("./RoomDialog").then((module) => ({ default: module.RoomDialog })),
);

/** The journey toolbar's "Room" button: start a room, share its links, leave it. */
export function RoomButton({ journeyId }: { journeyId: Id }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const inRoom = useSession((s) => s.rooms[journeyId] !== undefined);
  const commands = useMemo<Command[]>(
    () => [{ id: "room", label: "rooms.button", scope: "page", run: () => setOpen(true) }],
    [],
  );
  useRegisterCommands(commands);
  return (
    <>
      <Button
        variant="ghost"
        icon={<Users />}
        title={t("rooms.buttonHint")}
        aria-haspopup="dialog"
        data-in-room={inRoom ? "" : undefined}
        onClick={() => setOpen(true)}
      >
        {t("rooms.button")}
      </Button>
      {open ? (
        <Suspense fallback={null}>
          <RoomDialog journeyId={journeyId} onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
