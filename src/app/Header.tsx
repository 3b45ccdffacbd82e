import { Waypoints } from "lucide-react";
import { type ReactNode } from "react";
import { useT } from "../i18n";
import { useDocument } from "../store";
import { AppMenu } from "./AppMenu";
import { usePhoneRoomView } from "./phone-room";
import { hrefOf, type Route } from "./router";
import { SaveIndicator } from "./SaveIndicator";
import { once, useSettled } from "./settled";
import "./header.css";

/**
 * The journey's tools load with the map, not with the first page: the map waits for them (see
 * RouteView), so its keys (Alt+I and the rest) work from the moment it shows. Read with
 * useSettled, not React.lazy: Suspense holds back a revealed boundary for up to 300 ms, and a
 * person who clicked a card and pressed Alt+I in that time found the toolbar, and its keys,
 * not there yet.
 */
export const journeyToolbarModule = once(() => import("./JourneyToolbarSlot"));

function JourneyTools({ journeyId }: { journeyId: string }) {
  const tools = useSettled(journeyToolbarModule());
  return tools ? <tools.JourneyToolbarSlot journeyId={journeyId} /> : null;
}

/** Product name, where you are (workspace, persona, journey), the journey's tools, and saving. */
export function Header({ route }: { route: Route }) {
  const t = useT();
  const journeyId = route.name === "journey" ? route.id : null;
  // The insights and the table of a journey lead back to it and its persona (they have no
  // persona header).
  const insightsOf =
    route.name === "insights" ||
    route.name === "table" ||
    route.name === "priorities" ||
    route.name === "compare"
      ? route.id
      : null;
  const personaId = useDocument((s) => {
    if (route.name === "persona") return route.id;
    const of = journeyId ?? insightsOf;
    if (of) return s.workspace.journeys[of]?.personaId ?? null;
    return null;
  });
  const insightsTitle = useDocument((s) =>
    insightsOf ? (s.workspace.journeys[insightsOf]?.title ?? null) : null,
  );
  const personaName = useDocument((s) =>
    personaId ? (s.workspace.personas[personaId]?.name ?? null) : null,
  );
  const journeyTitle = useDocument((s) =>
    journeyId ? (s.workspace.journeys[journeyId]?.title ?? null) : null,
  );

  const crumbs: { href: string; label: ReactNode; current: boolean }[] = [
    { href: hrefOf({ name: "home" }), label: t("nav.workspace"), current: route.name === "home" },
  ];
  // On a journey the persona header right below links to the persona, so the trail skips it and
  // leaves the room to the journey's own tools.
  if (personaId && personaName !== null && !journeyId) {
    crumbs.push({
      href: hrefOf({ name: "persona", id: personaId }),
      label: personaName || t("persona.untitled"),
      current: route.name === "persona",
    });
  }
  if (insightsOf && insightsTitle !== null) {
    crumbs.push({
      href: hrefOf({ name: "journey", id: insightsOf }),
      label: insightsTitle || t("journey.untitled"),
      current: false,
    });
  }
  if (journeyId && journeyTitle !== null) {
    crumbs.push({
      href: hrefOf({ name: "journey", id: journeyId }),
      label: journeyTitle || t("journey.untitled"),
      current: true,
    });
  }

  // A journey that is not there (a stale link, one just deleted) gets no tools to act on it.
  const onJourney = journeyId !== null && journeyTitle !== null;
  // A room on a phone has its own few controls; the map's tools would not fit, nor apply.
  const phone = usePhoneRoomView(journeyId);
  return (
    <header className={onJourney ? "app-header app-header--journey" : "app-header"}>
      <a className="app-header__brand" href={hrefOf({ name: "home" })}>
        <Waypoints aria-hidden="true" size={22} />
        <span>{t("app.name")}</span>
      </a>
      <nav className="app-header__crumbs" aria-label={t("nav.breadcrumbs")}>
        <ol>
          {crumbs.map((crumb) => (
            <li key={crumb.href}>
              <a href={crumb.href} aria-current={crumb.current ? "page" : undefined} dir="auto">
                {crumb.label}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      <div className="app-header__tools">
        {onJourney && !phone ? <JourneyTools journeyId={journeyId} /> : null}
      </div>
      <SaveIndicator />
      <AppMenu route={route} />
    </header>
  );
}
