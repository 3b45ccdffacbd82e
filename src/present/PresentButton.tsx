import { Presentation } from "lucide-react";
import { useMemo } from "react";
import { useT } from "../i18n";
import { Button } from "../ui/Button";
import { useRegisterCommands, type Command } from "../ui/commands";
import { startPresenting } from "./fullscreen";

/** "Present": full screen (when the browser allows it) and the stage-by-stage presentation. */
export function PresentButton({ journeyId }: { journeyId: string }) {
  const t = useT();
  const commands = useMemo<Command[]>(
    () => [
      {
        id: "present",
        label: "present.button",
        scope: "page",
        run: () => startPresenting(journeyId),
      },
    ],
    [journeyId],
  );
  useRegisterCommands(commands);
  return (
    <Button
      variant="primary"
      icon={<Presentation />}
      title={t("present.hint")}
      onClick={() => startPresenting(journeyId)}
    >
      {t("present.button")}
    </Button>
  );
}
