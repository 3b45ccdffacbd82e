import { useMemo } from "react";
import { filterStore, openFilterBar, stepToMatch } from "../../store";
import { useRegisterCommands, type Command } from "../../ui/commands";

const barOpenOn = (journeyId: string) => {
  const state = filterStore.getState();
  return state.open && state.journeyId === journeyId;
};

/** Find on the map (`/`, Ctrl+F) and step through what it found (F3, Shift+F3). */
export function useFilterCommands(journeyId: string): void {
  const commands = useMemo<Command[]>(
    () => [
      {
        id: "find",
        label: "filter.open",
        description: "filter.openDescription",
        keys: [{ key: "/" }, { key: "f", mod: true }],
        scope: "page",
        run: () => openFilterBar(journeyId),
      },
      {
        id: "find.next",
        label: "filter.next",
        keys: [{ key: "F3" }],
        scope: "page",
        inFields: "any",
        when: () => barOpenOn(journeyId),
        run: () => void stepToMatch(journeyId, 1),
      },
      {
        id: "find.previous",
        label: "filter.previous",
        keys: [{ key: "F3", shift: true }],
        scope: "page",
        inFields: "any",
        when: () => barOpenOn(journeyId),
        run: () => void stepToMatch(journeyId, -1),
      },
    ],
    [journeyId],
  );
  useRegisterCommands(commands);
}
