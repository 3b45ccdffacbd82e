import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App";
import { ErrorBoundary } from "./app/ErrorBoundary";
import { preloadJourneyViews } from "./app/RouteView";
import { downloadBackup } from "./app/backups";
import { startWorkspace } from "./app/workspace-runtime";
import { applyTheme } from "./app/theme";
import { startServiceWorker } from "./app/service-worker";
import { applyDocumentLocale } from "./i18n";
import "./ui/theme.css";
import "./ui/field.css";

applyDocumentLocale();
applyTheme();

const root = createRoot(document.getElementById("root")!);
root.render(
  <StrictMode>
    <ErrorBoundary onDownloadBackup={downloadBackup}>
      <App />
    </ErrorBoundary>
  </StrictMode>,
);

// Opened straight on a map (a reload, a link): fetch its code alongside the stored workspace.
if (window.location.hash.startsWith("#/journey/")) preloadJourneyViews();
startServiceWorker();
startWorkspace()
  .catch((error: unknown) => console.error("Waymark could not start", error))
  .finally(() => {
    performance.mark("waymark:workspace-loaded");
    // The map's code, fetched while the person reads the home view, so opening a journey is instant.
    if ("requestIdleCallback" in window) requestIdleCallback(preloadJourneyViews);
    else setTimeout(preloadJourneyViews, 500);
  });
