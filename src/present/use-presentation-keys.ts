import { useLayoutEffect } from "react";
import { isTextInput } from "../ui/text-input";
import { directionOf, getLocale } from "../i18n";
import { shortcutKey } from "../ui/shortcut-key";
import { commandForKey, keyOnList, type StepCommand } from "./steps";

/**
 * The keys of presentation mode, listened to on the whole window so they work wherever focus is:
 * the steps a clicker sends, Escape to leave, V and Shift+V to vote on the selected card. Keys
 * typed in a text field or a dialog belong there. Listened to from the commit that shows the
 * slide (a layout effect), not a frame later: a clicker pressed the moment a reloaded
 * presentation appears must step it.
 */
export function usePresentationKeys({
  onStep,
  onLeave,
  onVote,
  takeKeys,
}: {
  onStep: (command: Exclude<StepCommand, "leave">) => void;
  onLeave: () => void;
  onVote: (delta: 1 | -1) => void;
  /** Gives the keyboard back to the presentation root. */
  takeKeys: () => void;
}): void {
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest("dialog")) return;
      if (target instanceof HTMLSelectElement) {
        // The spotlight's lane list: it keeps the keys that choose in it, and gives the keys
        // back once the choice is made, so the clicker does not go on changing the lane.
        const role = keyOnList(event);
        if (role === "list") return;
        takeKeys();
        if (role === "done") {
          event.preventDefault();
          return;
        }
      } else if (isTextInput(event.target)) return;
      if (!event.ctrlKey && !event.metaKey && !event.altKey && shortcutKey(event) === "v") {
        event.preventDefault();
        onVote(event.shiftKey ? -1 : 1);
        return;
      }
      const command = commandForKey(event, directionOf(getLocale()));
      if (!command) return;
      // Space and Enter on a button press the button, as everywhere else.
      if (
        (event.key === " " || event.key === "Enter") &&
        target?.closest("button, a, [role='button']")
      )
        return;
      event.preventDefault();
      if (command === "leave") onLeave();
      else onStep(command);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [onStep, onLeave, onVote, takeKeys]);
}
