import { Suspense, use, useEffect } from "react";
import { useT } from "../i18n";
import { openJourney, useDocument } from "../store";
import { HomeView } from "../panels/workspace/HomeView";
import { JourneyShortcuts } from "../canvas/JourneyShortcuts";
import { RoomLink } from "../rooms/RoomLink";
import { InsightsImageButtons } from "../export/InsightsImageButtons";
import { journeyToolbarModule } from "./Header";
import { importCardsCsv } from "./import-cards";
import { importFile } from "./import-file";
import { exportPlanCsv } from "./plan-csv";
import { hrefOf, navigate, type Route } from "./router";
import "./route-view.css";

/**
 * The map and the presentation (React Flow, d3, the inspector) load when first opened, so the
 * home view's first load stays small; `preloadJourneyViews` fetches them once the app is idle.
 * A loaded module is marked the way React's `use` reads a settled promise, so once fetched the
 * view renders at once instead of suspending for a tick (a clicker's first press comes right
 * after "Present").
 */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let promise: Promise<T> | null = null;
  return () => {
    if (!promise) {
      const loading = load();
      loading.then(
        (value) => Object.assign(loading, { status: "fulfilled", value }),
        () => {
          promise = null; // a failed fetch (offline before the first visit) may be retried
        },
      );
      promise = loading;
    }
    return promise;
  };
}
const journeyPageModule = once(() => import("./JourneyPage"));
const presentViewModule = once(() => import("../present/PresentView"));
const insightsViewModule = once(() => import("../panels/insights/InsightsView"));
const tableViewModule = once(() => import("../canvas/table/TableView"));
const prioritiesViewModule = once(() => import("../panels/priorities/PrioritiesView"));
const compareViewModule = once(() => import("../panels/compare/CompareView"));
const planViewModule = once(() => import("../panels/plan/PlanView"));
const snapshotsViewModule = once(() => import("../panels/snapshots/SnapshotsView"));
const personaViewModule = once(() => import("../panels/workspace/PersonaView"));
const joinRoomModule = once(() => import("../rooms/JoinRoomPage"));

/**
 * A journey's document is read when its map or presentation is first opened (the home view
 * reads none); the opening promise is kept, marked like a module, so `use` reads it at once after.
 */
const openings = new Map<string, Promise<unknown>>();
function opened(journeyId: string): Promise<unknown> {
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

export function preloadJourneyViews(): void {
  journeyPageModule().catch(() => undefined);
  presentViewModule().catch(() => undefined);
  personaViewModule().catch(() => undefined);
  journeyToolbarModule().catch(() => undefined);
}

function PersonaRoute({ personaId }: { personaId: string }) {
  const { PersonaView } = use(personaViewModule());
  return <PersonaView personaId={personaId} />;
}

function JourneyRoute({ journeyId }: { journeyId: string }) {
  const { JourneyPage } = use(journeyPageModule());
  if (!use(opened(journeyId))) return <NotFound />;
  return <JourneyPage journeyId={journeyId} />;
}

function RoomRoute({ link }: { link: Extract<Route, { name: "room" }>["link"] }) {
  const { JoinRoomPage } = use(joinRoomModule());
  return (
    <JoinRoomPage
      link={link}
      onJoined={(id) => navigate({ name: "journey", id }, { replace: true })}
      onHome={() => navigate({ name: "home" })}
    />
  );
}

function PresentRoute({ journeyId }: { journeyId: string }) {
  const { PresentView } = use(presentViewModule());
  if (!use(opened(journeyId))) return <NotFound />;
  return (
    <>
      <RoomLink journeyId={journeyId} />
      <PresentView
        journeyId={journeyId}
        onLeave={() => navigate({ name: "journey", id: journeyId }, { replace: true })}
      />
    </>
  );
}

function InsightsRoute({ journeyId }: { journeyId: string }) {
  const { InsightsView } = use(insightsViewModule());
  if (!use(opened(journeyId))) return <NotFound />;
  return (
    <>
      <RoomLink journeyId={journeyId} />
      {/* Undo and redo for the targets set on the page (the map's own keys for them). */}
      <JourneyShortcuts journeyId={journeyId} />
      <InsightsView
        journeyId={journeyId}
        onShowOnMap={() => navigate({ name: "journey", id: journeyId })}
        actions={<InsightsImageButtons journeyId={journeyId} />}
      />
    </>
  );
}

function TableRoute({ journeyId }: { journeyId: string }) {
  const { TableView } = use(tableViewModule());
  if (!use(opened(journeyId))) return <NotFound />;
  return (
    <>
      <RoomLink journeyId={journeyId} />
      <TableView
        journeyId={journeyId}
        onBack={() => navigate({ name: "journey", id: journeyId })}
        onImportCsv={(file) => void importCardsCsv(file, journeyId)}
      />
    </>
  );
}

function PrioritiesRoute({ journeyId }: { journeyId: string }) {
  const { PrioritiesView } = use(prioritiesViewModule());
  if (!use(opened(journeyId))) return <NotFound />;
  return (
    <>
      <RoomLink journeyId={journeyId} />
      {/* Undo and redo for the moves made on the matrix (the map's own keys for them). */}
      <JourneyShortcuts journeyId={journeyId} />
      <PrioritiesView
        journeyId={journeyId}
        onBack={() => navigate({ name: "journey", id: journeyId })}
      />
    </>
  );
}

function CompareRoute({ journeyId }: { journeyId: string }) {
  const { CompareView } = use(compareViewModule());
  if (!use(opened(journeyId))) return <NotFound />;
  return (
    <CompareView
      journeyId={journeyId}
      onBack={() => navigate({ name: "journey", id: journeyId })}
    />
  );
}

function PlanRoute({ journeyId }: { journeyId: string }) {
  const { PlanView } = use(planViewModule());
  if (!use(opened(journeyId))) return <NotFound />;
  return (
    <>
      <RoomLink journeyId={journeyId} />
      {/* Undo and redo for the changes made on the board (the map's own keys for them). */}
      <JourneyShortcuts journeyId={journeyId} />
      <PlanView
        journeyId={journeyId}
        onBack={() => navigate({ name: "journey", id: journeyId })}
        onExportCsv={() => exportPlanCsv(journeyId)}
      />
    </>
  );
}

function SnapshotsRoute({ journeyId }: { journeyId: string }) {
  const { SnapshotsView } = use(snapshotsViewModule());
  if (!use(opened(journeyId))) return <NotFound />;
  return (
    <>
      <RoomLink journeyId={journeyId} />
      {/* Undo takes back a snapshot restored over the journey (the map's own keys for it). */}
      <JourneyShortcuts journeyId={journeyId} />
      <SnapshotsView
        journeyId={journeyId}
        onBack={() => navigate({ name: "journey", id: journeyId })}
        onOpenJourney={(id) => navigate({ name: "journey", id })}
      />
    </>
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
  // On a map, "Present" must open at once (a clicker's first press comes right after it).
  const onMap = route.name === "journey";
  useEffect(() => {
    if (onMap) presentViewModule().catch(() => undefined);
  }, [onMap]);
  if (route.name === "notFound" || !exists) return <NotFound />;
  switch (route.name) {
    case "home":
      return <HomeView onImportFile={(file) => void importFile(file)} />;
    case "persona":
      return (
        <Suspense fallback={<Opening />}>
          <PersonaRoute personaId={route.id} />
        </Suspense>
      );
    case "journey":
      return (
        <Suspense fallback={<Opening />}>
          <JourneyRoute journeyId={route.id} />
        </Suspense>
      );
    case "present":
      return (
        <Suspense fallback={<Opening />}>
          <PresentRoute journeyId={route.id} />
        </Suspense>
      );
    case "insights":
      return (
        <Suspense fallback={<Opening />}>
          <InsightsRoute journeyId={route.id} />
        </Suspense>
      );
    case "table":
      return (
        <Suspense fallback={<Opening />}>
          <TableRoute journeyId={route.id} />
        </Suspense>
      );
    case "priorities":
      return (
        <Suspense fallback={<Opening />}>
          <PrioritiesRoute journeyId={route.id} />
        </Suspense>
      );
    case "compare":
      return (
        <Suspense fallback={<Opening />}>
          <CompareRoute journeyId={route.id} />
        </Suspense>
      );
    case "plan":
      return (
        <Suspense fallback={<Opening />}>
          <PlanRoute journeyId={route.id} />
        </Suspense>
      );
    case "snapshots":
      return (
        <Suspense fallback={<Opening />}>
          <SnapshotsRoute journeyId={route.id} />
        </Suspense>
      );
    case "room":
      return (
        <Suspense fallback={<Opening />}>
          <RoomRoute link={route.link} />
        </Suspense>
      );
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
