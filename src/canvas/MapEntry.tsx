import { useEffect, useState, type RefObject, memo } from "react";
import type { Journey } from "../domain";
import { useT } from "../i18n";
import { editorStore, requestMapFocus, setFocus } from "../store";
import { drawnFocus } from "./navigation";

/**
 * The map's one Tab stop from outside. The cell or card holding the roving tab stop may not be
 * drawn (the map only draws what is in view, and nothing holds it before the first arrow key),
 * so this stop, first in the map, hands the keyboard on to it: the view pans there if need be.
 * While the keyboard is inside the map it is skipped, so Shift+Tab from the map never lands
 * here and bounces back in.
 */
function MapEntryView({
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

  const enter = () => {
    const current = editorStore.getState().focus;
    const target = drawnFocus(journey, current);
    if (target !== current) setFocus(target);
    requestMapFocus();
  };

  return (
    <button
      type="button"
      className="visually-hidden"
      tabIndex={inside ? -1 : 0}
      onFocus={enter}
      // A screen reader in browse mode may press it rather than move focus onto it.
      onClick={enter}
    >
      {t("canvas.enterMap")}
    </button>
  );
}

// The canvas re-renders on every drag move; this need not.
export const MapEntry = memo(MapEntryView);
