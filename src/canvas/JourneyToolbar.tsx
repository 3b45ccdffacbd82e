import { Keyboard, PanelRight, Redo2, Undo2 } from "lucide-react";
import { useT } from "../i18n";
import { canRedo, canUndo, redo, undo, updateSession, useDocument, useSession } from "../store";
import { Button } from "../ui/Button";
import "./toolbar.css";

/** Undo and redo for this journey, the inspector toggle and the shortcut list. */
export function JourneyToolbar({ journeyId }: { journeyId: string }) {
  const t = useT();
  const undoable = useDocument((s) => canUndo(s, journeyId));
  const redoable = useDocument((s) => canRedo(s, journeyId));
  const inspectorOpen = useSession((s) => s.inspectorOpen);
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
      <span className="journey-toolbar__separator" aria-hidden="true" />
      <Button
        variant="ghost"
        icon={<PanelRight />}
        aria-label={t("toolbar.inspector")}
        title={t("toolbar.inspector")}
        aria-pressed={inspectorOpen}
        onClick={() => updateSession({ inspectorOpen: !inspectorOpen })}
      />
      <Button
        variant="ghost"
        icon={<Keyboard />}
        aria-label={t("toolbar.shortcuts")}
        title={t("toolbar.shortcuts")}
        onClick={() => window.dispatchEvent(new Event("waymark:shortcuts"))}
      />
    </div>
  );
}
