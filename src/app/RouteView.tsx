import { useEffect, type ReactNode } from "react";
import { useT } from "../i18n";
import type { Journey } from "../domain";
import { openJourney, useDocument } from "../store";
import { HomeView } from "../panels/workspace/HomeView";
import { journeyToolbarModule } from "./Header";
import { importFile } from "./import-file";
import { hrefOf, navigate, type Route } from "./router";
import { once, useSettled } from "./settled";
import "./route-view.css";

/**
 * The map and the presentation (React Flow, d3, the inspector) load when first opened, so the
 * home view's first load stays small; `preloadJourneyViews` fetches them once the app is idle.
 * A loaded module is marked settled (as React's `use` marks one), so once fetched the view
 * renders at once, with no render in between (a clicker's first press comes right after
 * "Present"); see `useSettled`.
 */
// The map shows with its toolbar, never before it (see journeyToolbarModule).
const journeyPageModule = once(() =>
  Promise.all([import("./JourneyPage"), journeyToolbarModule()]).then(([page]) => page),
);
const presentViewModule = once(() => import("../present/PresentView"));
const insightsViewModule = once(() => import("../panels/insights/InsightsView"));
const tableViewModule = once(() => import("../canvas/table/TableView"));
const prioritiesViewModule = once(() => import("../panels/priorities/PrioritiesView"));
const compareViewModule = once(() => import("../panels/compare/CompareView"));
const planViewModule = once(() => import("../panels/plan/PlanView"));
const snapshotsViewModule = once(() => import("../panels/snapshots/SnapshotsView"));
const personaViewModule = once(() => import("../panels/workspace/PersonaView"));
const joinRoomModule = once(() => import("../rooms/JoinRoomPage"));
const routeExtrasModule = once(() => import("./route-extras"));
type RouteExtras = Awaited<ReturnType<typeof routeExtrasModule>>;

/**
 * A journey's document is read when its map or presentation is first opened (the home view
 * reads none); the opening promise is kept, marked like a module, so it is read at once after.
 */
const openings = new Map<string, Promise<Journey | null>>();
function opened(journeyId: string): Promise<Journey | null> {
  let opening = openings.get(journeyId);
  if (!opening) {
    const loading = openJourney(journeyId);
    loading.then(
      (value) => Object.assign(loading, { status: "fulfilled", value }),
      () => openings.delete(journeyId),
    );
    opening = loading;
    openings.set(journeyId, opening);
  }
  return opening;
}

/** What a map opened straight from a link needs at once: its page and toolbar, nothing else. */
export function preloadMapPage(): void {
  journeyPageModule().catch(() => undefined);
  routeExtrasModule().catch(() => undefined);
  journeyToolbarModule().catch(() => undefined);
}

export function preloadJourneyViews(): void {
  preloadMapPage();
  presentViewModule().catch(() => undefined);
  personaViewModule().catch(() => undefined);
}

/** A view once its code has loaded ("Opening…" until then). */
function Loaded<M>({
  module,
  children,
}: {
  module: Promise<M>;
  children: (module: M) => ReactNode;
}) {
  const loaded = useSettled(module);
  return loaded ? children(loaded) : <Opening />;
}

/**
 * A journey's view once its code and the journey's document have loaded ("Opening…" until
 * then); a journey that is not there is not found. `room` keeps the journey's room connected on
 * this view, and `undoKeys` gives it the map's undo and redo keys (the map's page has both).
 */
function LoadedJourney<M>({
  module,
  journeyId,
  room = false,
  undoKeys = false,
  children,
}: {
  module: Promise<M>;
  journeyId: string;
  room?: boolean;
  undoKeys?: boolean;
  children: (module: M, extras: RouteExtras) => ReactNode;
}) {
  const loaded = useSettled(module);
  const extras = useSettled(routeExtrasModule());
  const journey = useSettled(opened(journeyId));
  if (!loaded || !extras || journey === undefined) return <Opening />;
  if (!journey) return <NotFound />;
  const { RoomLink, JourneyShortcuts } = extras;
  return (
    <>
      {room ? <RoomLink journeyId={journeyId} /> : null}
      {undoKeys ? <JourneyShortcuts journeyId={journeyId} /> : null}
      {children(loaded, extras)}
    </>
  );
}

function PersonaRoute({ personaId }: { personaId: string }) {
  return (
    <Loaded module={personaViewModule()}>
      {({ PersonaView }) => <PersonaView personaId={personaId} />}
    </Loaded>
  );
}

function JourneyRoute({ journeyId }: { journeyId: string }) {
  return (
    <LoadedJourney module={journeyPageModule()} journeyId={journeyId}>
      {({ JourneyPage }) => <JourneyPage journeyId={journeyId} />}
    </LoadedJourney>
  );
}

function RoomRoute({ link }: { link: Extract<Route, { name: "room" }>["link"] }) {
  return (
    <Loaded module={joinRoomModule()}>
      {({ JoinRoomPage }) => (
        <JoinRoomPage
          link={link}
          onJoined={(id) => navigate({ name: "journey", id }, { replace: true })}
          onHome={() => navigate({ name: "home" })}
        />
      )}
    </Loaded>
  );
}

function PresentRoute({ journeyId }: { journeyId: string }) {
  return (
    <LoadedJourney module={presentViewModule()} journeyId={journeyId} room>
      {({ PresentView }) => (
        <PresentView
          journeyId={journeyId}
          onLeave={() => navigate({ name: "journey", id: journeyId }, { replace: true })}
        />
      )}
    </LoadedJourney>
  );
}

function InsightsRoute({ journeyId }: { journeyId: string }) {
  // Undo and redo for the targets set on the page (the map's own keys for them).
  return (
    <LoadedJourney module={insightsViewModule()} journeyId={journeyId} room undoKeys>
      {({ InsightsView }, { InsightsImageButtons }) => (
        <InsightsView
          journeyId={journeyId}
          onShowOnMap={() => navigate({ name: "journey", id: journeyId })}
          actions={<InsightsImageButtons journeyId={journeyId} />}
        />
      )}
    </LoadedJourney>
  );
}

function TableRoute({ journeyId }: { journeyId: string }) {
  return (
    <LoadedJourney module={tableViewModule()} journeyId={journeyId} room>
      {({ TableView }) => (
        <TableView
          journeyId={journeyId}
          onBack={() => navigate({ name: "journey", id: journeyId })}
          onImportCsv={(file) =>
            void import("./import-cards").then((m) => m.importCardsCsv(file, journeyId))
          }
        />
      )}
    </LoadedJourney>
  );
}

function PrioritiesRoute({ journeyId }: { journeyId: string }) {
  // Undo and redo for the moves made on the matrix (the map's own keys for them).
  return (
    <LoadedJourney module={prioritiesViewModule()} journeyId={journeyId} room undoKeys>
      {({ PrioritiesView }) => (
        <PrioritiesView
          journeyId={journeyId}
          onBack={() => navigate({ name: "journey", id: journeyId })}
        />
      )}
    </LoadedJourney>
  );
}

function CompareRoute({ journeyId }: { journeyId: string }) {
  return (
    <LoadedJourney module={compareViewModule()} journeyId={journeyId}>
      {({ CompareView }) => (
        <CompareView
          journeyId={journeyId}
          onBack={() => navigate({ name: "journey", id: journeyId })}
        />
      )}
    </LoadedJourney>
  );
}

function PlanRoute({ journeyId }: { journeyId: string }) {
  // Undo and redo for the changes made on the board (the map's own keys for them).
  return (
    <LoadedJourney module={planViewModule()} journeyId={journeyId} room undoKeys>
      {({ PlanView }) => (
        <PlanView
          journeyId={journeyId}
          onBack={() => navigate({ name: "journey", id: journeyId })}
          onExportCsv={() => import("./plan-csv").then((m) => m.exportPlanCsv(journeyId))}
        />
      )}
    </LoadedJourney>
  );
}

function SnapshotsRoute({ journeyId }: { journeyId: string }) {
  // Undo takes back a snapshot restored over the journey (the map's own keys for it).
  return (
    <LoadedJourney module={snapshotsViewModule()} journeyId={journeyId} room undoKeys>
      {({ SnapshotsView }) => (
        <SnapshotsView
          journeyId={journeyId}
          onBack={() => navigate({ name: "journey", id: journeyId })}
          onOpenJourney={(id) => navigate({ name: "journey", id })}
        />
      )}
    </LoadedJourney>
  );
}

export function RouteView({ route }: { route: Route }) {
  const exists = useDocument((s) => {
    if (route.name === "persona") return Boolean(s.workspace.personas[route.id]);
    if (
      route.name === "journey" ||
      route.name === "present" ||
      route.name === "insights" ||
      route.name === "table" ||
      route.name === "priorities" ||
      route.name === "compare" ||
      route.name === "plan" ||
      route.name === "snapshots"
    )
      return Boolean(s.workspace.journeys[route.id]);
    return true;
  });
  // On a map, "Present" must open at once (a clicker's first press comes right after it): its
  // code is fetched at the first idle moment, so it never holds up the map's own first paint.
  const onMap = route.name === "journey";
  useEffect(() => {
    if (!onMap) return;
    const preload = () => void presentViewModule().catch(() => undefined);
    if (!("requestIdleCallback" in window)) return void setTimeout(preload, 300);
    const idle = requestIdleCallback(preload, { timeout: 1000 });
    return () => cancelIdleCallback(idle);
  }, [onMap]);
  if (route.name === "notFound" || !exists) return <NotFound />;
  switch (route.name) {
    case "home":
      return <HomeView onImportFile={(file) => void importFile(file)} />;
    case "persona":
      return <PersonaRoute personaId={route.id} />;
    case "journey":
      return <JourneyRoute journeyId={route.id} />;
    case "present":
      return <PresentRoute journeyId={route.id} />;
    case "insights":
      return <InsightsRoute journeyId={route.id} />;
    case "table":
      return <TableRoute journeyId={route.id} />;
    case "priorities":
      return <PrioritiesRoute journeyId={route.id} />;
    case "compare":
      return <CompareRoute journeyId={route.id} />;
    case "plan":
      return <PlanRoute journeyId={route.id} />;
    case "snapshots":
      return <SnapshotsRoute journeyId={route.id} />;
    case "room":
      return <RoomRoute link={route.link} />;
  }
}

function Opening() {
  const t = useT();
  return (
    <p className="route-opening" role="status">
      {t("save.loading")}
    </p>
  );
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
