import { Redo2, Undo2 } from "lucide-react";
import { useT } from "../i18n";
import { canRedo, canUndo, redo, undo, useDocument } from "../store";
import { Button } from "../ui/Button";

export function JourneyToolbar({ journeyId }: { journeyId: string }) {
  const t = useT();
  const undoable = useDocument((s) => canUndo(s, journeyId));
  const redoable = useDocument((s) => canRedo(s, journeyId));
  return (
    <div className="journey-toolbar" role="toolbar" aria-label={t("app.toolbar")}>
      <Button
        variant="ghost"
        icon={<Undo2 />}
        aria-label={t("toolbar.undo")}
        title={t("toolbar.undoHint")}
        disabled={!undoable}
        onClick={() => undo(journeyId)}
      />
      <Button
        variant="ghost"
        icon={<Redo2 />}
        aria-label={t("toolbar.redo")}
        title={t("toolbar.redoHint")}
        disabled={!redoable}
        onClick={() => redo(journeyId)}
      />
    </div>
  );
}
