import { useEffect, useMemo, useState } from "react";
import { useT } from "../i18n";
import { redo, undo } from "../store";
import { Dialog } from "../ui/Dialog";
import { formatKeys, useCommands, useRegisterCommands, type Command } from "../ui/commands";
import { editsJourney } from "../ui/text-input";

type Key = Parameters<ReturnType<typeof useT>>[0];

/** What is done with the mouse or inside a field: not commands, but worth knowing. */
const GESTURES: { keys: Key; action: Key }[] = [
  { keys: "shortcuts.keys.tab", action: "shortcuts.tab" },
  { keys: "shortcuts.keys.selectMany", action: "shortcuts.selectMany" },
  { keys: "shortcuts.keys.pan", action: "shortcuts.pan" },
  { keys: "shortcuts.keys.wheelZoom", action: "shortcuts.wheelZoom" },
];

/** Journey-wide commands (undo, redo, the shortcuts list) and the dialog listing every key. */
export function JourneyShortcuts({ journeyId }: { journeyId: string }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const commands = useMemo<Command[]>(
    () => [
      {
        id: "undo",
        label: "toolbar.undo",
        description: "shortcuts.undo",
        keys: [{ key: "z", mod: true }],
        scope: "page",
        inFields: "journey",
        run: () => undo(journeyId),
      },
      {
        id: "redo",
        label: "toolbar.redo",
        description: "shortcuts.redo",
        keys: [
          { key: "z", mod: true, shift: true },
          { key: "y", mod: true },
        ],
        scope: "page",
        inFields: "journey",
        run: () => redo(journeyId),
      },
      {
        id: "shortcuts",
        label: "toolbar.shortcuts",
        description: "shortcuts.help",
        keys: [{ key: "?" }],
        scope: "page",
        run: () => setOpen(true),
      },
    ],
    [journeyId],
  );
  useRegisterCommands(commands);

  useEffect(() => {
    // Undo from the browser's Edit menu or a field's context menu, in a journey's field.
    const onBeforeInput = (event: InputEvent) => {
      if (event.inputType !== "historyUndo" && event.inputType !== "historyRedo") return;
      if (!editsJourney(event.target)) return;
      event.preventDefault();
      if (event.inputType === "historyUndo") undo(journeyId);
      else redo(journeyId);
    };
    window.addEventListener("beforeinput", onBeforeInput);
    return () => window.removeEventListener("beforeinput", onBeforeInput);
  }, [journeyId]);

  return (
    <Dialog
      open={open}
      title={t("shortcuts.title")}
      closeLabel={t("dialog.close")}
      onClose={() => setOpen(false)}
      size="md"
    >
      {open ? <ShortcutList /> : null}
    </Dialog>
  );
}

/** Every command that has keys, as the registry holds them, then the gestures. */
function ShortcutList() {
  const t = useT();
  const commands = useCommands().filter((command) => command.keys?.length || command.keysLabel);
  return (
    <>
      <table className="shortcuts">
        <tbody>
          {commands.map((command) => (
            <tr key={command.id} data-command={command.id}>
              <th scope="row">
                <kbd>
                  {command.keysLabel
                    ? t(command.keysLabel)
                    : formatKeys(command.keys ?? [], t("keys.or"))}
                </kbd>
              </th>
              <td>{t(command.description ?? command.label)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3 className="shortcuts__heading">{t("shortcuts.gestures")}</h3>
      <table className="shortcuts">
        <tbody>
          {GESTURES.map((row) => (
            <tr key={row.action}>
              <th scope="row">
                <kbd>{t(row.keys)}</kbd>
              </th>
              <td>{t(row.action)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
