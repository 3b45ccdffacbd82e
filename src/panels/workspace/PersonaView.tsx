import {
  Copy,
  CornerDownRight,
  GitBranchPlus,
  MoreHorizontal,
  Pencil,
  Plus,
  Route as RouteIcon,
  TextCursorInput,
  Trash2,
} from "lucide-react";
import { Field } from "../../ui/Field";
import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from "react";
import {
  journeysOfPersona,
  type ChannelRef,
  type JourneySummary,
  type Persona,
} from "../../domain";
import { LIMITS } from "../../format";
import { formatNumber, useT, type Translate } from "../../i18n";
import {
  addFutureState,
  copyJourney,
  deleteJourney,
  restoreRemoved,
  showNotice,
  openJourney,
  updateJourneyDetails,
  useDocument,
} from "../../store";
import { Button } from "../../ui/Button";
import { Dialog, DialogCancel } from "../../ui/Dialog";
import { Menu, type MenuItem } from "../../ui/Menu";
import { PersonaAvatar } from "../../ui/PersonaAvatar";
import { homeHref, journeyHref } from "./links";
import { go } from "../../ui/navigation";
import { NewJourneyDialog } from "./NewJourneyDialog";
import { EditedTime, EmotionSparkline, StateBadge } from "./parts";
import { usePersonaActions } from "./persona-actions";
import { useNow } from "./time";
import { useUnsaved } from "./unsaved";
import "./workspace.css";
import "./persona-page.css";
import "./journey-list.css";
// The texts of the views that load when opened arrive with this module (see views-en.ts).
import "../../i18n/views-en";

function channelName(t: Translate, channel: ChannelRef): string {
  return channel.kind === "standard" ? t(`channel.${channel.id}`) : channel.name;
}

/** One persona: who they are, and their journeys with everything that can be done to them. */
export function PersonaView({ personaId }: { personaId: string }) {
  const t = useT();
  const workspace = useDocument((s) => s.workspace);
  const persona = workspace.personas[personaId];
  const journeys = useMemo(() => journeysOfPersona(workspace, personaId), [workspace, personaId]);
  const now = useNow();
  const journeysHeadingRef = useRef<HTMLHeadingElement>(null);
  const [creating, setCreating] = useState(false);
  const [renaming, setRenaming] = useState<JourneySummary | null>(null);
  const actions = usePersonaActions({ beforeDelete: () => go(homeHref()) });
  if (!persona) return null;

  const journeyActions = (journey: JourneySummary): MenuItem[] => [
    {
      kind: "action",
      label: t("journeyList.rename"),
      icon: <TextCursorInput />,
      onSelect: () => setRenaming(journey),
    },
    {
      kind: "action",
      label: t("journeyList.duplicate"),
      icon: <Copy />,
      onSelect: () => {
        const title = t("journeyList.copyTitle", { title: journey.title });
        void copyJourney(journey.id, title).then((id) => {
          if (!id) return;
          showNotice({
            tone: "success",
            message: t("journeyList.duplicated", { title }),
            action: { label: t("workspace.open"), run: () => go(journeyHref(id)) },
          });
        });
      },
    },
    ...(journey.state === "current"
      ? [
          {
            kind: "action" as const,
            label: t("journeyList.createFuture"),
            icon: <GitBranchPlus />,
            onSelect: () => {
              const title = t("journeyList.futureTitle", { title: journey.title });
              void addFutureState(journey.id, title).then((id) => {
                if (!id) return;
                showNotice({
                  tone: "success",
                  message: t("journeyList.futureCreated", { title }),
                  action: { label: t("workspace.open"), run: () => go(journeyHref(id)) },
                });
              });
            },
          },
        ]
      : []),
    { kind: "separator" },
    {
      kind: "action",
      label: t("journeyList.delete"),
      icon: <Trash2 />,
      onSelect: () => {
        const removed = deleteJourney(journey.id);
        // The row and its menu are gone; focus lands on the list's heading, not the page's end.
        journeysHeadingRef.current?.focus();
        showNotice({
          message: t("journeyList.deleted", { title: journey.title }),
          action: { label: t("workspace.undo"), run: () => restoreRemoved(removed) },
        });
      },
    },
  ];

  return (
    <section className="ws-page persona-page" aria-labelledby="persona-title">
      <header className="persona-page__head">
        <PersonaAvatar avatar={persona.avatar} name={persona.name} size={80} />
        <div className="persona-page__who">
          <h1 id="persona-title" dir="auto">
            {persona.name || t("persona.untitled")}
          </h1>
          {persona.role ? (
            <p className="persona-page__role" dir="auto">
              {persona.role}
            </p>
          ) : null}
          {persona.quote ? (
            <blockquote className="persona-page__quote" dir="auto">
              {persona.quote}
            </blockquote>
          ) : null}
        </div>
        <div className="ws-page__actions">
          <Button icon={<Pencil />} onClick={() => actions.edit(persona)}>
            {t("personaPage.edit")}
          </Button>
          <Menu
            label={t("personaPage.more", { name: persona.name })}
            icon={<MoreHorizontal size={18} aria-hidden="true" />}
            items={[
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
      </header>

      <div className="persona-page__body">
        <section className="persona-page__journeys" aria-labelledby="persona-journeys">
          <div className="ws-section-head">
            <h2 id="persona-journeys" ref={journeysHeadingRef} tabIndex={-1}>
              {t("persona.journeys")}
              <span className="ws-count">{formatNumber(journeys.length)}</span>
            </h2>
            <Button variant="primary" icon={<Plus />} onClick={() => setCreating(true)}>
              {t("journeyList.new")}
            </Button>
          </div>
          {journeys.length ? (
            <ul className="ws-journeys">
              {journeys.map((journey) => {
                const nested =
                  journey.state === "future" &&
                  journey.currentStateId !== null &&
                  journeys.some((j) => j.id === journey.currentStateId);
                const cards = journey.cardCount;
                return (
                  <li
                    key={journey.id}
                    className={nested ? "ws-journey ws-journey--nested" : "ws-journey"}
                  >
                    {nested ? (
                      <CornerDownRight className="ws-journey__nest" size={16} aria-hidden="true" />
                    ) : (
                      <RouteIcon className="ws-journey__icon" size={16} aria-hidden="true" />
                    )}
                    <div className="ws-journey__main">
                      <a
                        className="ws-journey__title ws-stretch"
                        href={journeyHref(journey.id)}
                        dir="auto"
                      >
                        {journey.title || t("journey.untitled")}
                      </a>
                      {journey.scenario ? (
                        <span className="ws-journey__scenario" dir="auto">
                          {journey.scenario}
                        </span>
                      ) : null}
                    </div>
                    <EmotionSparkline satisfaction={journey.satisfaction} />
                    <StateBadge state={journey.state} />
                    <span className="ws-journey__cards">
                      {t("journeyList.cards", { count: cards })}
                    </span>
                    <EditedTime at={journey.updatedAt} now={now} bare />
                    <div className="ws-journey__menu">
                      <Menu
                        label={t("journeyList.actions", { title: journey.title })}
                        icon={<MoreHorizontal size={18} aria-hidden="true" />}
                        items={journeyActions(journey)}
                      />
                    </div>
                  </li>
                );
              })}
            </ul>
          ) : (
            <div className="ws-empty ws-empty--inline">
              <RouteIcon className="ws-empty__icon" size={28} aria-hidden="true" />
              <h3>{t("personaPage.noJourneys.title")}</h3>
              <p>{t("personaPage.noJourneys.body")}</p>
            </div>
          )}
        </section>

        <PersonaProfile persona={persona} onEdit={() => actions.edit(persona)} />
      </div>

      {creating ? (
        <NewJourneyDialog
          personaId={persona.id}
          personaName={persona.name}
          onClose={() => setCreating(false)}
          onCreated={(id) => go(journeyHref(id))}
        />
      ) : null}
      {renaming ? (
        <RenameJourneyDialog journey={renaming} onClose={() => setRenaming(null)} />
      ) : null}
      {actions.dialogs}
    </section>
  );
}

function PersonaProfile({ persona, onEdit }: { persona: Persona; onEdit: () => void }) {
  const t = useT();
  const lists: [string, string[]][] = [
    [t("personaPage.goals"), persona.goals],
    [t("personaPage.needs"), persona.needs],
    [t("personaPage.frustrations"), persona.frustrations],
  ];
  const channels = persona.preferredChannels.map((c) => channelName(t, c));
  const empty =
    lists.every(([, items]) => items.length === 0) && channels.length === 0 && !persona.notes;
  return (
    <aside className="persona-page__profile" aria-labelledby="persona-profile">
      <h2 id="persona-profile">{t("personaPage.profile")}</h2>
      {empty ? (
        <div className="persona-page__profile-empty">
          <p>{t("personaPage.emptyProfile")}</p>
          <Button size="sm" icon={<Pencil />} onClick={onEdit}>
            {t("personaPage.fillProfile")}
          </Button>
        </div>
      ) : null}
      {lists.map(([label, items]) =>
        items.length ? (
          <div key={label} className="persona-page__facet">
            <h3>{label}</h3>
            <ul>
              {items.map((item, i) => (
                <li key={i} dir="auto">
                  {item}
                </li>
              ))}
            </ul>
          </div>
        ) : null,
      )}
      {channels.length ? (
        <div className="persona-page__facet">
          <h3>{t("personaPage.channels")}</h3>
          <ul className="persona-page__chips">
            {channels.map((name, i) => (
              <li key={i} dir="auto">
                {name}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {persona.notes ? (
        <div className="persona-page__facet">
          <h3>{t("personaPage.notes")}</h3>
          <p className="persona-page__notes" dir="auto">
            {persona.notes}
          </p>
        </div>
      ) : null}
    </aside>
  );
}

function RenameJourneyDialog({
  journey,
  onClose,
}: {
  journey: JourneySummary;
  onClose: () => void;
}) {
  const t = useT();
  const formId = useId();
  const errorId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [title, setTitle] = useState(journey.title);
  const [error, setError] = useState(false);
  const unsaved = useUnsaved(title !== journey.title);
  // The native dialog opens after this form mounts; focus and select the title once it has.
  useEffect(() => inputRef.current?.select(), []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = title.trim();
    if (!trimmed) {
      setError(true);
      inputRef.current?.focus();
      return;
    }
    // The title lives in the journey's own document: opened first when it is not open yet.
    if (trimmed !== journey.title)
      void openJourney(journey.id).then(() => updateJourneyDetails(journey.id, { title: trimmed }));
    onClose();
  };
  return (
    <Dialog
      open
      size="sm"
      title={t("journeyList.renameTitle")}
      closeLabel={t("workspace.close")}
      onClose={onClose}
      unsaved={unsaved}
      footer={
        <>
          <DialogCancel>{t("workspace.cancel")}</DialogCancel>
          <Button variant="primary" type="submit" form={formId}>
            {t("workspace.save")}
          </Button>
        </>
      }
    >
      <form id={formId} onSubmit={submit} noValidate>
        <Field label={t("journeyList.titleLabel")}>
          {(id) => (
            <>
              <input
                id={id}
                className="wm-input"
                value={title}
                dir="auto"
                required
                maxLength={LIMITS.shortText}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? errorId : undefined}
                ref={inputRef}
                onChange={(event) => {
                  setTitle(event.target.value);
                  if (event.target.value.trim()) setError(false);
                }}
              />
              {error ? (
                <span id={errorId} className="wm-field__error">
                  {t("journeyList.titleRequired")}
                </span>
              ) : null}
            </>
          )}
        </Field>
      </form>
    </Dialog>
  );
}
