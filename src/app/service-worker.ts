import { registerSW } from "virtual:pwa-register";
import { setStatus, statusStore } from "../store";
import { flushWorkspace, workspaceIsStored } from "./workspace-runtime";

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
      setStatus({ update: "waiting" });
    },
    onNeedReload() {
      // The new version took over, from this tab's "Reload" or another tab's. Left to itself,
      // the plugin would reload every open tab at once, under someone's typing or presentation;
      // instead this tab says so and reloads when the person chooses.
      if (statusStore.getState().update !== "reloading") setStatus({ update: "active" });
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

/**
 * Saves every edit first, then lets the new version take over and reloads. When the edits
 * cannot be stored (full disk, no storage), it does not reload over them: the person is asked
 * to download a backup first, unless `anyway`.
 */
export async function applyUpdate({ anyway = false }: { anyway?: boolean } = {}): Promise<void> {
  await flushWorkspace();
  const state = statusStore.getState().update;
  if (!anyway && !workspaceIsStored()) {
    setStatus({ updateBlocked: true });
    return;
  }
  setStatus({ update: "reloading", updateBlocked: false });
  if (state === "active") {
    // Another tab already let the new version in: this one only needs to reload.
    window.location.reload();
    return;
  }
  // Reload when the new version takes control. (workbox-window's own reload only happens when
  // the page was already controlled at load, which is not so on the visit that installed it.)
  navigator.serviceWorker.addEventListener("controllerchange", () => window.location.reload(), {
    once: true,
  });
  await update?.(false);
}
