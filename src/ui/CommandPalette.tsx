import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { useT } from "../i18n";
import { formatKeys, useCommands, type Command } from "./commands";
import { Dialog } from "./Dialog";
import "./command-palette.css";
// The palette's texts arrive with this module (see views-en.ts).
import "../i18n/views-en";

/** Lower case without accents, so "usun" finds "Usuń" and "zaznacz" finds "Zaznacz". */
const fold = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{Mn}/gu, "")
    .replace(/ł/g, "l")
    .toLowerCase();

/**
 * Ctrl+K / Cmd+K: every command that applies now, found by any words of its name, with its keys;
 * Enter (or a click) runs the chosen one once the palette has closed and focus is back where it
 * was, so the command acts on what the person was working on.
 */
export function CommandPalette({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const chosen = useRef<Command | null>(null);
  // An effect of this parent runs after the dialog's own clean-up has given focus back.
  useEffect(() => {
    const command = chosen.current;
    if (open || !command) return;
    chosen.current = null;
    command.run();
  }, [open]);
  return (
    <Dialog
      open={open}
      title={t("commandPalette.title")}
      closeLabel={t("dialog.close")}
      onClose={onClose}
      size="md"
    >
      {open ? (
        <PaletteBody
          onChoose={(command) => {
            chosen.current = command;
            onClose();
          }}
        />
      ) : null}
    </Dialog>
  );
}

function PaletteBody({ onChoose }: { onChoose: (command: Command) => void }) {
  const t = useT();
  const listId = useId();
  const commands = useCommands();
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);

  // Which commands apply is asked once, as the palette opens: what was selected then.
  const [available] = useState(() =>
    commands.filter((c) => c.inPalette !== false && c.id !== "palette" && (!c.when || c.when())),
  );
  const found = useMemo(() => {
    const words = fold(query).split(/\s+/).filter(Boolean);
    return available.filter((command) => {
      const name = fold(
        t(command.label) + " " + (command.description ? t(command.description) : ""),
      );
      return words.every((word) => name.includes(word));
    });
  }, [available, query, t]);
  const current = Math.min(active, Math.max(0, found.length - 1));

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((current + step + found.length) % Math.max(1, found.length));
    } else if (event.key === "Enter" && found[current]) {
      event.preventDefault();
      onChoose(found[current]!);
    }
  };

  return (
    <div className="command-palette">
      <input
        className="command-palette__search"
        type="search"
        role="combobox"
        aria-label={t("commandPalette.search")}
        aria-expanded="true"
        aria-controls={listId}
        aria-activedescendant={found[current] ? `${listId}-${found[current]!.id}` : undefined}
        placeholder={t("commandPalette.search")}
        value={query}
        // The attribute itself (React's autoFocus leaves it out) is what showModal() focuses.
        ref={(input) => input?.setAttribute("autofocus", "")}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={t("commandPalette.title")}
        className="command-palette__list"
      >
        {found.map((command, index) => (
          <li
            key={command.id}
            id={`${listId}-${command.id}`}
            role="option"
            aria-selected={index === current}
            className="command-palette__item"
            onMouseMove={() => setActive(index)}
            onClick={() => onChoose(command)}
          >
            <span className="command-palette__name">{t(command.label)}</span>
            {command.keys?.length ? (
              <kbd className="command-palette__keys">{formatKeys(command.keys, t("keys.or"))}</kbd>
            ) : null}
          </li>
        ))}
      </ul>
      {found.length === 0 ? (
        <p className="command-palette__empty" role="status">
          {t("commandPalette.empty", { query })}
        </p>
      ) : null}
    </div>
  );
}
