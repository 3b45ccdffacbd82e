import { useStore } from "zustand";
import { createStore } from "zustand/vanilla";
import { go } from "../ui/navigation";

/**
 * Full screen for presenting. The request must come straight from the person's click (browsers
 * refuse it otherwise); when it is refused or the browser has no Fullscreen API, the presentation
 * goes on in the window and says so.
 */
export type FullscreenOutcome = "idle" | "pending" | "granted" | "refused" | "unavailable";

const outcomeStore = createStore<{ outcome: FullscreenOutcome }>()(() => ({ outcome: "idle" }));

export function useFullscreenOutcome(): FullscreenOutcome {
  return useStore(outcomeStore, (s) => s.outcome);
}

export function resetFullscreenOutcome(): void {
  outcomeStore.setState({ outcome: "idle" });
}

export function isFullscreen(): boolean {
  return typeof document !== "undefined" && Boolean(document.fullscreenElement);
}

/**
 * Whether the page still wants the full screen it asked for. A request is answered a little
 * later; leaving the presentation in between must not leave the editor full screen once the
 * answer comes.
 */
let wanted = false;

/** Asks for full screen on the whole page; resolves with what the browser said. */
export function requestFullscreen(): Promise<FullscreenOutcome> {
  wanted = true;
  const root = document.documentElement;
  if (!document.fullscreenEnabled || typeof root.requestFullscreen !== "function") {
    outcomeStore.setState({ outcome: "unavailable" });
    return Promise.resolve("unavailable");
  }
  if (document.fullscreenElement) {
    outcomeStore.setState({ outcome: "granted" });
    return Promise.resolve("granted");
  }
  outcomeStore.setState({ outcome: "pending" });
  let request: Promise<void>;
  try {
    request = root.requestFullscreen({ navigationUI: "hide" });
  } catch {
    request = Promise.reject(new Error("refused"));
  }
  return request.then(
    () => {
      if (!wanted) {
        exitFullscreen();
        return "granted" as const;
      }
      outcomeStore.setState({ outcome: "granted" });
      return "granted" as const;
    },
    () => {
      outcomeStore.setState({ outcome: "refused" });
      return "refused" as const;
    },
  );
}

export function exitFullscreen(): void {
  wanted = false;
  if (!document.fullscreenElement || typeof document.exitFullscreen !== "function") return;
  document.exitFullscreen().catch(() => {
    // Already left (the browser's own Escape): nothing to do.
  });
}

/** The hash of a journey's presentation; mirrors the `present` route in app/router.ts. */
export function presentationHash(journeyId: string): string {
  return `#/journey/${journeyId}/present`;
}

/** Enters presentation mode from a click: full screen first (it needs the click), then the view. */
export function startPresenting(journeyId: string): void {
  void requestFullscreen();
  go(presentationHash(journeyId));
}
