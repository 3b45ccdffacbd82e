import { useEffect, useRef } from "react";
import { useT } from "../i18n";
import { useStatus } from "../store";
import { FileDrop } from "./FileDrop";
import { Header } from "./Header";
import { Notices } from "./Notices";
import { RouteView } from "./RouteView";
import { useRoute } from "./router";
import { StorageBanner } from "./StorageBanner";
import "./app.css";

export function App() {
  const t = useT();
  const route = useRoute();
  const loading = useStatus((s) => s.save === "loading");
  const mainRef = useRef<HTMLElement>(null);
  const presenting = route.name === "present";

  useEffect(() => {
    document.title = t("app.name");
  }, [t]);

  return (
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
    </div>
  );
}
