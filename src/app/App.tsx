import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { useT } from "../i18n";
import { useStatus } from "../store";
import { CommandRegistry, CommandsContext, type Command } from "../ui/commands";
import { FileDrop } from "./FileDrop";
import { Header } from "./Header";
import { LazyCommandPalette } from "./LazyCommandPalette";
import { Notices } from "./Notices";
import { RouteView } from "./RouteView";
import { hrefOf, useRoute } from "./router";
import { StorageBanner } from "./StorageBanner";
import "./app.css";

export function App() {
  const t = useT();
  const route = useRoute();
  const loading = useStatus((s) => s.save === "loading");
  const mainRef = useRef<HTMLElement>(null);
  const presenting = route.name === "present";

  // After moving to another page, focus goes to the new page (as a page load would), so keyboard
  // and screen reader users start from its top rather than from a link that no longer exists.
  const routeKey = hrefOf(route);
  const firstRoute = useRef(routeKey);
  useEffect(() => {
    if (routeKey === firstRoute.current) return;
    firstRoute.current = "";
    const main = mainRef.current;
    if (main && !main.contains(document.activeElement)) main.focus({ preventScroll: true });
  }, [routeKey]);

  useEffect(() => {
    document.title = t("app.name");
  }, [t]);

  // One registry of commands for the whole page: the parts on screen add theirs, and the page's
  // keys, the toolbars, the shortcuts list and the palette all read it.
  const [commands] = useState(() => new CommandRegistry());
  const [paletteOpen, setPaletteOpen] = useState(false);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => commands.dispatchPageKey(event);
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [commands]);
  const paletteCommand = useMemo<Command[]>(
    () => [
      {
        id: "palette",
        label: "command.palette",
        keys: [{ key: "k", mod: true }],
        scope: "page",
        inFields: "any",
        run: () => setPaletteOpen(true),
      },
    ],
    [],
  );
  // Commands are offered on a journey's map; elsewhere the palette would have nothing to find.
  const onJourney = route.name === "journey";
  useLayoutEffect(
    () => (onJourney ? commands.register(paletteCommand) : undefined),
    [commands, paletteCommand, onJourney],
  );

  return (
    <CommandsContext.Provider value={commands}>
      <div className={presenting ? "app app--presenting" : "app"}>
        {presenting ? null : (
          <>
            <button type="button" className="skip-link" onClick={() => mainRef.current?.focus()}>
              {t("app.skipToContent")}
            </button>
            <Header route={route} />
            <StorageBanner />
          </>
        )}
        <main id="main" ref={mainRef} tabIndex={-1} className="app__main" aria-busy={loading}>
          {loading ? (
            <p className="app__loading" role="status">
              {t("app.loading")}
            </p>
          ) : (
            <RouteView route={route} />
          )}
        </main>
        <Notices />
        {presenting ? null : <FileDrop />}
        <LazyCommandPalette open={paletteOpen} onClose={() => setPaletteOpen(false)} />
      </div>
    </CommandsContext.Provider>
  );
}
