import { registerSW } from "virtual:pwa-register";
import { setStatus } from "../store";
import { flushWorkspace } from "./workspace-runtime";

let update: ((reload?: boolean) => Promise<void>) | null = null;

/**
 * Registers the service worker that precaches the app, so after one visit Waymark opens and
 * works with the network off. A new version waits for the person: "Update available".
 */
export function startServiceWorker(): void {
  if (!("serviceWorker" in navigator)) return;
  update = registerSW({
    immediate: true,
    onNeedRefresh() {
      setStatus({ updateAvailable: true });
    },
    onOfflineReady() {
      // Said quietly in the main menu rather than in a toast over someone's work.
      setStatus({ offlineReady: true });
    },
    onRegisterError(error: unknown) {
      console.warn("Offline support could not start", error);
    },
  });
}

/** Saves every edit first, then lets the new version take over and reloads. */
export async function applyUpdate(): Promise<void> {
  await flushWorkspace();
  // Reload when the new version takes control. (workbox-window's own reload only happens when
  // the page was already controlled at load, which is not so on the visit that installed it.)
  navigator.serviceWorker.addEventListener("controllerchange", () => window.location.reload(), {
    once: true,
  });
  await update?.(false);
}
