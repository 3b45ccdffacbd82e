import { useT } from "../i18n";
import { useDocument } from "../store";
import { HomeView } from "../panels/workspace/HomeView";
import { PersonaView } from "../panels/workspace/PersonaView";
import { importFile } from "./import-file";
import { JourneyPage } from "./JourneyPage";
import { PresentView } from "../present/PresentView";
import { hrefOf, navigate, type Route } from "./router";
import "./route-view.css";

export function RouteView({ route }: { route: Route }) {
  const exists = useDocument((s) => {
    if (route.name === "persona") return Boolean(s.workspace.personas[route.id]);
    if (route.name === "journey" || route.name === "present")
      return Boolean(s.workspace.journeys[route.id]);
    return true;
  });
  if (route.name === "notFound" || !exists) return <NotFound />;
  switch (route.name) {
    case "home":
      return <HomeView onImportFile={(file) => void importFile(file)} />;
    case "persona":
      return <PersonaView personaId={route.id} />;
    case "journey":
      return <JourneyPage journeyId={route.id} />;
    case "present":
      return (
        <PresentView
          journeyId={route.id}
          onLeave={() => navigate({ name: "journey", id: route.id }, { replace: true })}
        />
      );
  }
}

function NotFound() {
  const t = useT();
  return (
    <section className="not-found" aria-labelledby="not-found-title">
      <h1 id="not-found-title">{t("notFound.title")}</h1>
      <p>{t("notFound.body")}</p>
      <a className="wm-button wm-button--primary wm-button--md" href={hrefOf({ name: "home" })}>
        {t("notFound.home")}
      </a>
    </section>
  );
}
