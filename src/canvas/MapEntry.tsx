import { useEffect, useState, type RefObject } from "react";
import type { Journey } from "../domain";
import { useT } from "../i18n";
import { editorStore, requestMapFocus, setFocus } from "../store";
import { firstCell } from "./navigation";

/**
 * The map's one Tab stop from outside. The cell or card holding the roving tab stop may not be
 * drawn (the map only draws what is in view, and nothing holds it before the first arrow key),
 * so this stop, first in the map, hands the keyboard on to it: the view pans there if need be.
 * While the keyboard is inside the map it is skipped, so Shift+Tab leaves the map in one step.
 */
export function MapEntry({
  journey,
  wrapper,
}: {
  journey: Journey;
  wrapper: RefObject<HTMLDivElement | null>;
}) {
  const t = useT();
  const [inside, setInside] = useState(false);

  useEffect(() => {
    const root = wrapper.current;
    if (!root) return;
    const onFocusIn = () => setInside(true);
    const onFocusOut = (event: FocusEvent) => {
      if (!root.contains(event.relatedTarget as Node | null)) setInside(false);
    };
    root.addEventListener("focusin", onFocusIn);
    root.addEventListener("focusout", onFocusOut);
    return () => {
      root.removeEventListener("focusin", onFocusIn);
      root.removeEventListener("focusout", onFocusOut);
    };
  }, [wrapper]);

  return (
    <button
      type="button"
      className="visually-hidden"
      tabIndex={inside ? -1 : 0}
      onFocus={() => {
        const current = editorStore.getState().focus;
        const cell = current ? null : firstCell(journey);
        if (cell) setFocus({ kind: "cell", cell });
        requestMapFocus();
      }}
    >
      {t("canvas.enterMap")}
    </button>
  );
}
