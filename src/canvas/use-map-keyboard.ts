import { useCallback, useLayoutEffect, type KeyboardEvent, type RefObject } from "react";
import type { Journey, JourneyLayout } from "../domain";
import { useCommandRegistry } from "../ui/commands";
import { mapCommands } from "./map-commands";
import { isTextInput } from "../ui/text-input";
import { useViewSteps } from "./use-view-steps";

/**
 * Registers the map's commands (see `mapCommands`) while the map is open, and returns the map's
 * key handler, which runs whichever of them a key is for.
 */
export function useMapKeyboard(
  journey: Journey,
  layout: JourneyLayout,
  wrapper: RefObject<HTMLElement | null>,
) {
  const registry = useCommandRegistry();
  const view = useViewSteps(layout);
  // Before paint, as useRegisterCommands: a key pressed as the map appears reaches its command.
  useLayoutEffect(
    () => registry.register(mapCommands(journey, layout, view, () => wrapper.current)),
    [registry, journey, layout, view, wrapper],
  );
  return useCallback(
    (event: KeyboardEvent) => {
      if (isTextInput(event.target) || event.defaultPrevented) return;
      registry.dispatch(event.nativeEvent, "map");
    },
    [registry],
  );
}
