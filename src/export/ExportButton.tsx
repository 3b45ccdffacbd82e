import { ImageDown } from "lucide-react";
import { lazy, Suspense, useMemo, useState } from "react";
import type { Id } from "../domain";
import { useT } from "../i18n";
import { Button } from "../ui/Button";
import { useRegisterCommands, type Command } from "../ui/commands";

/** The dialog, its renderer and fonts load on first use, so the app's first load stays small. */
const ExportDialog = lazy(() =>
  import("./ExportDialog").then((module) => ({ default: module.ExportDialog })),
);

/** The journey toolbar's "Export" button: images, a slide deck or a CSV of the open journey. */
export function ExportButton({ journeyId }: { journeyId: Id }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const commands = useMemo<Command[]>(
    () => [{ id: "export", label: "export.button", scope: "page", run: () => setOpen(true) }],
    [],
  );
  useRegisterCommands(commands);
  return (
    <>
      <Button
        variant="ghost"
        icon={<ImageDown />}
        title={t("export.buttonHint")}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {t("export.button")}
      </Button>
      {open ? (
        <Suspense fallback={null}>
          <ExportDialog journeyId={journeyId} onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
