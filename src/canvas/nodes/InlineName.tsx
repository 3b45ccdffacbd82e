import { useEffect, useRef, useState } from "react";
import { LIMITS } from "../../format";

/** An in-place rename box: Enter or leaving it saves, Escape cancels. */
export function InlineName({
  value,
  label,
  onCommit,
  onDone,
}: {
  value: string;
  label: string;
  onCommit: (name: string) => void;
  onDone: () => void;
}) {
  const [draft, setDraft] = useState(value);
  const ref = useRef<HTMLInputElement>(null);
  const done = useRef(false);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);
  const finish = (save: boolean, byKey: boolean) => {
    if (done.current) return;
    done.current = true;
    const name = draft.trim();
    // Enter or Escape takes the box (and the keyboard with it) away: the keyboard goes back to
    // the header's menu button, where a rename from the menu began, not to the page.
    const home = byKey ? ref.current?.closest<HTMLElement>(".stage-header, .lane-header") : null;
    if (save && name && name !== value) onCommit(name);
    onDone();
    if (home)
      requestAnimationFrame(() =>
        home.querySelector<HTMLElement>(".wm-menu__button")?.focus({ preventScroll: true }),
      );
  };
  return (
    <input
      ref={ref}
      className="inline-name nodrag nopan"
      aria-label={label}
      value={draft}
      dir="auto"
      maxLength={LIMITS.shortText}
      onChange={(event) => setDraft(event.target.value)}
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === "Enter") finish(true, true);
        if (event.key === "Escape") finish(false, true);
      }}
      onBlur={() => finish(true, false)}
    />
  );
}
