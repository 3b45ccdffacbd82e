import {
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
  type ReactNode,
} from "react";
import { createPortal } from "react-dom";
import "./menu.css";

export type MenuItem =
  | { kind: "action"; label: string; icon?: ReactNode; onSelect: () => void; disabled?: boolean }
  | {
      kind: "radio";
      label: string;
      checked: boolean;
      onSelect: () => void;
      /** The label's own language, when it is not the interface's (a language's name). */
      lang?: string;
    }
  | { kind: "separator" }
  | { kind: "heading"; label: string };

interface MenuProps {
  /** The button's accessible name. */
  label: string;
  icon: ReactNode;
  items: MenuItem[];
  align?: "start" | "end";
}

const ITEM_SELECTOR = "[role^='menuitem']:not([aria-disabled='true'])";

/** Which edge of the button the list lines up with (the end in right-to-left text too). */
function menuSide(button: HTMLElement, align: "start" | "end"): CSSProperties {
  const rect = button.getBoundingClientRect();
  const rtl = getComputedStyle(button).direction === "rtl";
  return (align === "end") !== rtl
    ? { right: Math.max(8, window.innerWidth - rect.right) }
    : { left: Math.max(8, rect.left) };
}

/**
 * A menu button following the WAI-ARIA pattern: Enter, Space or ArrowDown opens it on the first
 * item, arrows move, Home/End jump, Escape closes and returns focus to the button. The list is
 * portalled to the page's top level, so a menu opened inside the zoomed map is full size and
 * above every card.
 */
export function Menu({ label, icon, items, align = "end" }: MenuProps) {
  const [open, setOpen] = useState(false);
  const [position, setPosition] = useState<CSSProperties | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const menuId = useId();

  const entries = () =>
    Array.from(menuRef.current?.querySelectorAll<HTMLElement>(ITEM_SELECTOR) ?? []);
  const focusItem = useCallback((index: number) => {
    const list = Array.from(menuRef.current?.querySelectorAll<HTMLElement>(ITEM_SELECTOR) ?? []);
    if (!list.length) return;
    list[((index % list.length) + list.length) % list.length]!.focus();
  }, []);

  // Placed in two steps before the browser paints: drawn hidden below the button to measure the
  // list, then moved above the button when the window has no room for it below (a lane near the
  // bottom of the map), scrolling if neither side has room.
  useLayoutEffect(() => {
    if (!open || !buttonRef.current) {
      setPosition(null);
      return;
    }
    const rect = buttonRef.current.getBoundingClientRect();
    setPosition({
      top: rect.bottom + 6,
      ...menuSide(buttonRef.current, align),
      visibility: "hidden",
    });
  }, [open, align]);
  useLayoutEffect(() => {
    if (position?.visibility !== "hidden" || !buttonRef.current || !menuRef.current) return;
    const rect = buttonRef.current.getBoundingClientRect();
    const side = menuSide(buttonRef.current, align);
    const height = menuRef.current.offsetHeight;
    const below = window.innerHeight - rect.bottom - 14;
    const above = rect.top - 14;
    if (height > below && above > below) {
      setPosition({ bottom: window.innerHeight - rect.top + 6, maxHeight: above, ...side });
    } else {
      setPosition({ top: rect.bottom + 6, maxHeight: Math.max(below, 120), ...side });
    }
  }, [position, align]);

  useEffect(() => {
    if (!open || !position || position.visibility === "hidden") return;
    focusItem(0);
    const outside = (event: Event) =>
      !menuRef.current?.contains(event.target as Node) &&
      !buttonRef.current?.contains(event.target as Node);
    const onPointer = (event: PointerEvent) => {
      if (outside(event)) setOpen(false);
    };
    const onWheel = (event: WheelEvent) => {
      if (outside(event)) setOpen(false);
    };
    const onResize = () => setOpen(false);
    document.addEventListener("pointerdown", onPointer);
    document.addEventListener("wheel", onWheel, { passive: true });
    window.addEventListener("resize", onResize);
    return () => {
      document.removeEventListener("pointerdown", onPointer);
      document.removeEventListener("wheel", onWheel);
      window.removeEventListener("resize", onResize);
    };
  }, [open, position, focusItem]);

  const close = (restoreFocus: boolean) => {
    setOpen(false);
    if (restoreFocus) buttonRef.current?.focus();
  };

  const onMenuKey = (event: KeyboardEvent) => {
    const list = entries();
    const current = list.indexOf(document.activeElement as HTMLElement);
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
        focusItem(list.length - 1);
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
    // Keys inside the menu are the menu's: they must not reach the map's shortcuts.
    event.stopPropagation();
  };

  const list =
    open && position ? (
      <div
        ref={menuRef}
        id={menuId}
        role="menu"
        aria-label={label}
        className="wm-menu__list"
        style={position}
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
              {item.kind === "radio" && item.lang ? (
                <span lang={item.lang} dir="auto">
                  {item.label}
                </span>
              ) : (
                item.label
              )}
            </div>
          );
        })}
      </div>
    ) : null;

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
      {list ? createPortal(list, document.body) : null}
    </div>
  );
}
