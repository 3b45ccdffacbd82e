import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from "react";
import "./menu.css";

export type MenuItem =
  | { kind: "action"; label: string; icon?: ReactNode; onSelect: () => void; disabled?: boolean }
  | { kind: "radio"; label: string; checked: boolean; onSelect: () => void }
  | { kind: "separator" }
  | { kind: "heading"; label: string };

interface MenuProps {
  /** The button's accessible name. */
  label: string;
  icon: ReactNode;
  items: MenuItem[];
  align?: "start" | "end";
}

/**
 * A menu button following the WAI-ARIA pattern: Enter, Space or ArrowDown opens it on the first
 * item, arrows move, Home/End jump, Escape closes and returns focus to the button.
 */
export function Menu({ label, icon, items, align = "end" }: MenuProps) {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const menuId = useId();

  const focusItem = useCallback((index: number) => {
    const entries = menuRef.current?.querySelectorAll<HTMLElement>(
      "[role^='menuitem']:not([aria-disabled='true'])",
    );
    if (!entries?.length) return;
    const i = ((index % entries.length) + entries.length) % entries.length;
    entries[i]!.focus();
  }, []);

  useEffect(() => {
    if (!open) return;
    focusItem(0);
    const onPointer = (event: PointerEvent) => {
      if (
        !menuRef.current?.contains(event.target as Node) &&
        !buttonRef.current?.contains(event.target as Node)
      )
        setOpen(false);
    };
    document.addEventListener("pointerdown", onPointer);
    return () => document.removeEventListener("pointerdown", onPointer);
  }, [open, focusItem]);

  const close = (restoreFocus: boolean) => {
    setOpen(false);
    if (restoreFocus) buttonRef.current?.focus();
  };

  const onMenuKey = (event: React.KeyboardEvent) => {
    const entries = Array.from(
      menuRef.current?.querySelectorAll<HTMLElement>(
        "[role^='menuitem']:not([aria-disabled='true'])",
      ) ?? [],
    );
    const current = entries.indexOf(document.activeElement as HTMLElement);
    switch (event.key) {
      case "ArrowDown":
        event.preventDefault();
        focusItem(current + 1);
        break;
      case "ArrowUp":
        event.preventDefault();
        focusItem(current - 1);
        break;
      case "Home":
        event.preventDefault();
        focusItem(0);
        break;
      case "End":
        event.preventDefault();
        focusItem(entries.length - 1);
        break;
      case "Escape":
        event.preventDefault();
        event.stopPropagation();
        close(true);
        break;
      case "Tab":
        close(false);
        break;
    }
  };

  return (
    <div className="wm-menu">
      <button
        ref={buttonRef}
        type="button"
        className="wm-menu__button"
        aria-label={label}
        title={label}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen((v) => !v)}
        onKeyDown={(event) => {
          if (event.key === "ArrowDown") {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        {icon}
      </button>
      {open ? (
        <div
          ref={menuRef}
          id={menuId}
          role="menu"
          aria-label={label}
          className={`wm-menu__list wm-menu__list--${align}`}
          onKeyDown={onMenuKey}
        >
          {items.map((item, i) => {
            if (item.kind === "separator")
              return <div key={i} role="separator" className="wm-menu__separator" />;
            if (item.kind === "heading")
              return (
                <div key={i} className="wm-menu__heading" role="presentation">
                  {item.label}
                </div>
              );
            const select = () => {
              if (item.kind === "action" && item.disabled) return;
              close(true);
              item.onSelect();
            };
            return (
              <div
                key={i}
                role={item.kind === "radio" ? "menuitemradio" : "menuitem"}
                aria-checked={item.kind === "radio" ? item.checked : undefined}
                aria-disabled={item.kind === "action" && item.disabled ? true : undefined}
                tabIndex={-1}
                className="wm-menu__item"
                onClick={select}
                onKeyDown={(event) => {
                  if (event.key === "Enter" || event.key === " ") {
                    event.preventDefault();
                    select();
                  }
                }}
              >
                <span className="wm-menu__icon" aria-hidden="true">
                  {item.kind === "radio" ? (item.checked ? "●" : "") : item.icon}
                </span>
                {item.label}
              </div>
            );
          })}
        </div>
      ) : null}
    </div>
  );
}
