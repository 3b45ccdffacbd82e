import { useEffect, useState } from "react";
import { useT } from "../i18n";
import { redo, undo } from "../store";
import { Dialog } from "../ui/Dialog";
import { shortcutKey } from "../ui/shortcut-key";
import { editsJourney, isTextInput } from "./text-input";

type Key = Parameters<ReturnType<typeof useT>>[0];

const SHORTCUTS: { keys: Key; action: Key }[] = [
  { keys: "shortcuts.keys.arrows", action: "shortcuts.arrows" },
  { keys: "shortcuts.keys.move", action: "shortcuts.move" },
  { keys: "shortcuts.keys.enter", action: "shortcuts.enter" },
  { keys: "shortcuts.keys.type", action: "shortcuts.type" },
  { keys: "shortcuts.keys.tab", action: "shortcuts.tab" },
  { keys: "shortcuts.keys.vote", action: "shortcuts.vote" },
  { keys: "shortcuts.keys.delete", action: "shortcuts.delete" },
  { keys: "shortcuts.keys.escape", action: "shortcuts.escape" },
  { keys: "shortcuts.keys.selectAll", action: "shortcuts.selectAll" },
  { keys: "shortcuts.keys.selectMany", action: "shortcuts.selectMany" },
  { keys: "shortcuts.keys.clipboard", action: "shortcuts.clipboard" },
  { keys: "shortcuts.keys.duplicate", action: "shortcuts.duplicate" },
  { keys: "shortcuts.keys.undo", action: "shortcuts.undo" },
  { keys: "shortcuts.keys.redo", action: "shortcuts.redo" },
  { keys: "shortcuts.keys.zoom", action: "shortcuts.zoom" },
  { keys: "shortcuts.keys.fit", action: "shortcuts.fit" },
  { keys: "shortcuts.keys.pan", action: "shortcuts.pan" },
  { keys: "shortcuts.keys.wheelZoom", action: "shortcuts.wheelZoom" },
  { keys: "shortcuts.keys.help", action: "shortcuts.help" },
];

/** Journey-wide keys (undo, redo, help) and the dialog listing every shortcut. */
export function JourneyShortcuts({ journeyId }: { journeyId: string }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const inText = isTextInput(event.target);
      if (inText && !editsJourney(event.target)) return;
      const mod = event.ctrlKey || event.metaKey;
      const key = shortcutKey(event);
      if (mod && key === "z") {
        event.preventDefault();
        if (event.shiftKey) redo(journeyId);
        else undo(journeyId);
      } else if (mod && key === "y") {
        event.preventDefault();
        redo(journeyId);
      } else if (key === "?" && !mod && !inText) {
        event.preventDefault();
        setOpen(true);
      }
    };
    // Undo from the browser's Edit menu or a field's context menu, in a journey's field.
    const onBeforeInput = (event: InputEvent) => {
      if (event.inputType !== "historyUndo" && event.inputType !== "historyRedo") return;
      if (!editsJourney(event.target)) return;
      event.preventDefault();
      if (event.inputType === "historyUndo") undo(journeyId);
      else redo(journeyId);
    };
    window.addEventListener("keydown", onKey);
    window.addEventListener("beforeinput", onBeforeInput);
    const onOpen = () => setOpen(true);
    window.addEventListener("waymark:shortcuts", onOpen);
    return () => {
      window.removeEventListener("keydown", onKey);
      window.removeEventListener("beforeinput", onBeforeInput);
      window.removeEventListener("waymark:shortcuts", onOpen);
    };
  }, [journeyId]);

  return (
    <Dialog
      open={open}
      title={t("shortcuts.title")}
      closeLabel={t("dialog.close")}
      onClose={() => setOpen(false)}
      size="md"
    >
      <table className="shortcuts">
        <tbody>
          {SHORTCUTS.map((row) => (
            <tr key={row.action}>
              <th scope="row">
                <kbd>{t(row.keys)}</kbd>
              </th>
              <td>{t(row.action)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}
