import {
  Copy,
  CornerDownRight,
  FileUp,
  MoreHorizontal,
  Pencil,
  Plus,
  Route as RouteIcon,
  Search,
  Trash2,
  UsersRound,
  X,
} from "lucide-react";
import { useDeferredValue, useEffect, useId, useMemo, useRef, useState } from "react";
import { useT } from "../../i18n";
import { updateSession, useDocument, useSession, type HomeSort } from "../../store";
import { Button } from "../../ui/Button";
import { Menu } from "../../ui/Menu";
import { PersonaAvatar } from "../../ui/PersonaAvatar";
import { buildHomeList, type PersonaEntry } from "./home-list";
import { journeyHref, personaHref } from "./links";
import { go } from "../../ui/navigation";
import { EditedTime, StateBadge } from "./parts";
import { usePersonaActions } from "./persona-actions";
import { LazyPersonaEditor as PersonaEditor } from "./LazyPersonaEditor";
import { useNow } from "./time";
import "./workspace.css";
import "./home.css";
import "./persona-card.css";

/** How many journeys a card lists before pointing to the persona's page. */
const JOURNEYS_PER_CARD = 5;

interface HomeViewProps {
  /** Imports a .waymark.json file (the app owns importing); without it there is no Import button. */
  onImportFile?: (file: File) => void;
}

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

/** The workspace: every persona as a card with its journeys, searchable and sortable. */
export function HomeView({ onImportFile }: HomeViewProps) {
  const t = useT();
  const workspace = useDocument((s) => s.workspace);
  const sort = useSession((s) => s.homeSort);
  const [query, setQuery] = useState("");
  const deferredQuery = useDeferredValue(query);
  const [creating, setCreating] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const sortId = useId();
  const now = useNow();
  const actions = usePersonaActions();

  const entries = useMemo(
    () => buildHomeList(workspace, deferredQuery, sort),
    [workspace, deferredQuery, sort],
  );
  useEffect(() => {
    // Two frames after the list first shows, it has been painted: what the benchmark calls
    // interactive (`open.home_ms`).
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => performance.mark("waymark:home-ready"));
    });
    return () => cancelAnimationFrame(frame);
  }, []);
  const personaTotal = Object.keys(workspace.personas).length;
  const journeyTotal = Object.keys(workspace.journeys).length;
  const searching = deferredQuery.trim() !== "";

  useEffect(() => {
    // "/" jumps to the search box, as in most tools people already use.
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTyping(event.target) || document.querySelector("dialog[open]")) return;
      event.preventDefault();
      searchRef.current?.focus();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  return (
    <section className="ws-page home" aria-labelledby="home-title">
      <header className="ws-page__head">
        <div className="ws-page__title">
          <h1 id="home-title">{t("home.title")}</h1>
          <p className="ws-page__subtitle">
            {t("workspace.personaCount", { count: personaTotal })}
            <span aria-hidden="true"> · </span>
            {t("workspace.journeyCount", { count: journeyTotal })}
          </p>
        </div>
        <div className="ws-page__actions">
          {onImportFile ? (
            <>
              <Button
                icon={<FileUp />}
                title={t("home.importHint")}
                onClick={() => fileRef.current?.click()}
              >
                {t("home.import")}
              </Button>
              <input
                ref={fileRef}
                type="file"
                accept=".json,application/json"
                className="visually-hidden"
                tabIndex={-1}
                aria-hidden="true"
                onChange={(event) => {
                  const file = event.target.files?.[0];
                  event.target.value = "";
                  if (file) onImportFile(file);
                }}
              />
            </>
          ) : null}
          <Button variant="primary" icon={<Plus />} onClick={() => setCreating(true)}>
            {t("home.newPersona")}
          </Button>
        </div>
      </header>

      {personaTotal > 0 ? (
        <div className="home__toolbar">
          <div className="ws-search">
            <Search className="ws-search__icon" size={16} aria-hidden="true" />
            <input
              ref={searchRef}
              type="search"
              className="wm-input ws-search__input"
              value={query}
              dir="auto"
              aria-label={t("home.search")}
              placeholder={t("home.search")}
              aria-keyshortcuts="/"
              autoComplete="off"
              spellCheck={false}
              onChange={(event) => setQuery(event.target.value)}
            />
            {query ? (
              <button
                type="button"
                className="ws-search__clear"
                aria-label={t("home.clearSearch")}
                onClick={() => {
                  setQuery("");
                  searchRef.current?.focus();
                }}
              >
                <X size={14} aria-hidden="true" />
              </button>
            ) : (
              <kbd className="ws-search__kbd" title={t("home.searchShortcut")} aria-hidden="true">
                /
              </kbd>
            )}
          </div>
          <div className="ws-sort">
            <label htmlFor={sortId}>{t("home.sort")}</label>
            <select
              id={sortId}
              className="wm-select ws-sort__select"
              value={sort}
              onChange={(event) => updateSession({ homeSort: event.target.value as HomeSort })}
            >
              <option value="edited">{t("home.sort.edited")}</option>
              <option value="name">{t("home.sort.name")}</option>
            </select>
          </div>
        </div>
      ) : null}

      <p className="visually-hidden" role="status">
        {searching
          ? entries.length
            ? t("home.matches", { count: entries.length, query: deferredQuery.trim() })
            : t("home.noMatches", { query: deferredQuery.trim() })
          : ""}
      </p>

      {personaTotal === 0 ? (
        <div className="ws-empty">
          <UsersRound className="ws-empty__icon" size={36} aria-hidden="true" />
          <h2>{t("home.empty.title")}</h2>
          <p>{t("home.empty.body")}</p>
        </div>
      ) : entries.length === 0 ? (
        <div className="ws-empty">
          <Search className="ws-empty__icon" size={32} aria-hidden="true" />
          <h2 dir="auto">{t("home.noMatches", { query: deferredQuery.trim() })}</h2>
          <p>{t("home.noMatchesHint")}</p>
          <Button onClick={() => setQuery("")}>{t("home.clearSearch")}</Button>
        </div>
      ) : (
        <ul className="home__grid" aria-label={t("home.title")}>
          {entries.map((entry) => (
            <PersonaCard
              key={entry.persona.id}
              entry={entry}
              now={now}
              showAll={searching}
              actions={actions}
            />
          ))}
        </ul>
      )}

      {creating ? (
        <PersonaEditor onClose={() => setCreating(false)} onSaved={(id) => go(personaHref(id))} />
      ) : null}
      {actions.dialogs}
    </section>
  );
}

function PersonaCard({
  entry,
  now,
  showAll,
  actions,
}: {
  entry: PersonaEntry;
  now: number;
  showAll: boolean;
  actions: ReturnType<typeof usePersonaActions>;
}) {
  const t = useT();
  const { persona, journeys, journeyCount, lastEdited } = entry;
  const shown = showAll ? journeys : journeys.slice(0, JOURNEYS_PER_CARD);
  const hidden = journeys.length - shown.length;
  return (
    <li className="ws-card">
      <div className="ws-card__head">
        <PersonaAvatar avatar={persona.avatar} name={persona.name} size={44} />
        <div className="ws-card__who">
          <a className="ws-card__name ws-stretch" href={personaHref(persona.id)} dir="auto">
            {persona.name || t("persona.untitled")}
          </a>
          {persona.role ? (
            <span className="ws-card__role" dir="auto">
              {persona.role}
            </span>
          ) : null}
          <span className="ws-card__meta">
            {t("workspace.journeyCount", { count: journeyCount })}
            <span aria-hidden="true"> · </span>
            <EditedTime at={lastEdited} now={now} />
          </span>
        </div>
        <div className="ws-card__menu">
          <Menu
            label={t("home.personaActions", { name: persona.name })}
            icon={<MoreHorizontal size={18} aria-hidden="true" />}
            items={[
              {
                kind: "action",
                label: t("personaPage.edit"),
                icon: <Pencil />,
                onSelect: () => actions.edit(persona),
              },
              {
                kind: "action",
                label: t("personaPage.duplicate"),
                icon: <Copy />,
                onSelect: () => actions.duplicate(persona),
              },
              { kind: "separator" },
              {
                kind: "action",
                label: t("personaPage.delete"),
                icon: <Trash2 />,
                onSelect: () => actions.remove(persona),
              },
            ]}
          />
        </div>
      </div>
      {shown.length ? (
        <ul
          className="ws-card__journeys"
          aria-label={t("personaPage.journeysOf", { name: persona.name })}
        >
          {shown.map(({ journey, nested }) => (
            <li key={journey.id} className={nested ? "ws-row ws-row--nested" : "ws-row"}>
              {nested ? (
                <CornerDownRight className="ws-row__icon" size={15} aria-hidden="true" />
              ) : (
                <RouteIcon className="ws-row__icon" size={15} aria-hidden="true" />
              )}
              <div className="ws-row__main">
                <a className="ws-row__title ws-stretch" href={journeyHref(journey.id)} dir="auto">
                  {journey.title || t("journey.untitled")}
                </a>
                <span className="ws-row__meta">
                  <StateBadge state={journey.state} />
                  <EditedTime at={journey.updatedAt} now={now} bare />
                </span>
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <p className="ws-card__none">{t("home.noJourneys")}</p>
      )}
      {hidden > 0 ? (
        <a className="ws-card__more" href={personaHref(persona.id)}>
          {t("home.moreJourneys", { count: hidden })}
        </a>
      ) : null}
    </li>
  );
}
