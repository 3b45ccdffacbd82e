import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App";
import { ErrorBoundary } from "./app/ErrorBoundary";
import { preloadJourneyViews, preloadMapPage } from "./app/RouteView";
import { downloadBackup } from "./app/backups";
import { startWorkspace } from "./app/workspace-runtime";
import { applyTheme } from "./app/theme";
import { applyKindColors } from "./ui/kind-colors";
import { startServiceWorker } from "./app/service-worker";
import { applyDocumentLocale } from "./i18n";
import { startLocale } from "./app/locale-choice";
import { followLinksAtOnce } from "./app/router";
// Persian in the interface draws in Vazirmatn (fetched only when Persian text shows), as exports do.
import "@fontsource/vazirmatn/arabic-400.css";
import "@fontsource/vazirmatn/arabic-600.css";
import "@fontsource/vazirmatn/arabic-700.css";
import "./ui/theme.css";
import "./ui/field.css";

applyDocumentLocale();
applyTheme();
applyKindColors(document.documentElement);

// The person's language first: the first page and a first run's sample workspace speak it.
const languageReady = startLocale();
if (languageReady) void languageReady.finally(boot);
else boot();

function boot(): void {
  followLinksAtOnce();
  const root = createRoot(document.getElementById("root")!);
  root.render(
    <StrictMode>
      <ErrorBoundary onDownloadBackup={downloadBackup}>
        <App />
      </ErrorBoundary>
    </StrictMode>,
  );

  // Opened straight on a map (a reload, a link): fetch its code alongside the stored workspace;
  // the other views wait for an idle moment, so compiling them does not hold the map up.
  if (window.location.hash.startsWith("#/journey/")) preloadMapPage();
  startServiceWorker();
  startWorkspace()
    .catch((error: unknown) => console.error("Waymark could not start", error))
    .finally(() => {
      performance.mark("waymark:workspace-loaded");
      // The map's code, fetched while the person reads the home view, so opening a journey is instant.
      if ("requestIdleCallback" in window) requestIdleCallback(preloadJourneyViews);
      else setTimeout(preloadJourneyViews, 500);
    });
}
