import { ArrowLeft, Download, Plus, Redo2, Undo2 } from "lucide-react";
import { useEffect, useId, useMemo, useRef, useState } from "react";
import {
  ACTION_STATUSES,
  calendarDay,
  isOverdue,
  planBoard,
  type ActionChanges,
  type ActionStatus,
  type DepartmentRef,
  type Id,
} from "../../domain";
import { formatNumber, useLocale, useT } from "../../i18n";
import {
  addPlanAction,
  canRedo,
  canUndo,
  openEditor,
  showCardOnMap,
  takeActionToOpen,
  updatePlanAction,
  useDocument,
  useJourney,
} from "../../store";
import { Button } from "../../ui/Button";
import { CommandButton } from "../../ui/CommandButton";
import { departmentLabel } from "../../ui/kinds";
import { ActionEditor } from "./ActionEditor";
import { PlanBoard } from "./PlanBoard";
import "../../ui/page.css";
import "./plan.css";
// The texts of the views that load when opened arrive with this module (see views-en.ts).
import "../../i18n/views-en";

/**
 * The action plan: what the team will do about the map, as a board of actions by owner department
 * and status, each action leading back to the cards it fixes. Choosing an action opens it beside
 * the board to edit.
 */
export function PlanView({
  journeyId,
  onBack,
  onExportCsv,
}: {
  journeyId: string;
  onBack: () => void;
  onExportCsv: () => Promise<string>;
}) {
  const t = useT();
  const locale = useLocale();
  const journey = useJourney(journeyId);
  const [chosen, setChosen] = useState<Id | null>(() => takeActionToOpen());
  const [announcement, setAnnouncement] = useState("");
  const newRef = useRef<HTMLButtonElement>(null);
  const helpId = useId();
  const undoable = useDocument((s) => canUndo(s, journeyId));
  const redoable = useDocument((s) => canRedo(s, journeyId));
  useEffect(() => openEditor(journeyId), [journeyId]);
  const board = useMemo(() => (journey ? planBoard(journey) : null), [journey]);
  const today = calendarDay(new Date());
  if (!journey || !board) return null;

  const actions = Object.values(journey.plan);
  const overdue = actions.filter((action) => isOverdue(action, today)).length;
  const open = chosen ? journey.plan[chosen] : undefined;
  const ownerName = (owner: DepartmentRef | null) =>
    owner ? departmentLabel(t, owner) : t("plan.noOwner");

  const move = (id: Id, status: ActionStatus, owner: DepartmentRef | null) => {
    const action = journey.plan[id];
    if (!action) return;
    const sameOwner = JSON.stringify(action.owner) === JSON.stringify(owner);
    if (action.status === status && sameOwner) return;
    const changes: ActionChanges = { status, owner };
    if (!updatePlanAction(journeyId, id, changes)) return;
    setAnnouncement(
      t("plan.moved", {
        title: action.title.trim() || t("plan.newTitle"),
        status: t(`plan.status.${status}`),
        owner: ownerName(owner),
      }),
    );
  };
  // Back to the board: the keyboard goes to the action that was open.
  const focusAction = (id: Id) =>
    requestAnimationFrame(() =>
      document.querySelector<HTMLElement>(`[data-action-id="${CSS.escape(id)}"]`)?.focus(),
    );
  const showCard = (cardId: Id) => {
    showCardOnMap(cardId);
    onBack();
  };

  return (
    <div className="plan wm-page" data-undo="journey">
      <div className="wm-page__head">
        <h1 dir="auto">
          {t("plan.title", { journey: journey.title.trim() || t("journey.untitled") })}
        </h1>
        <div className="plan__tools" role="toolbar" aria-label={t("app.toolbar")}>
          <CommandButton command="undo" icon={<Undo2 />} disabled={!undoable} />
          <CommandButton command="redo" icon={<Redo2 />} disabled={!redoable} />
        </div>
        <Button
          ref={newRef}
          icon={<Plus />}
          onClick={() => {
            const id = addPlanAction(journeyId, t("plan.newTitle"));
            if (id) setChosen(id);
          }}
        >
          {t("plan.new")}
        </Button>
        <Button
          variant="secondary"
          icon={<Download />}
          disabled={actions.length === 0}
          onClick={() => {
            void onExportCsv().then((file) => setAnnouncement(t("plan.exported", { file })));
          }}
        >
          {t("plan.exportCsv")}
        </Button>
        <Button
          variant="secondary"
          icon={<ArrowLeft className="wm-page__back-icon" />}
          onClick={onBack}
        >
          {t("plan.back")}
        </Button>
      </div>
      <p className="plan__summary">
        {t("plan.count", { count: actions.length })}
        {actions.length ? (
          <>
            {" · "}
            {statusList(
              locale,
              ACTION_STATUSES.map(
                (status) => `${t(`plan.status.${status}`)} ${formatNumber(board.totals[status])}`,
              ),
            )}
            {" · "}
            <span className={overdue ? "plan__overdue" : undefined}>
              {t("plan.overdueCount", { count: overdue })}
            </span>
          </>
        ) : null}
      </p>
      {actions.length ? (
        <p id={helpId} className="wm-hint">
          {t("plan.help")}
        </p>
      ) : null}
      <p className="plan__live" role="status">
        {announcement}
      </p>
      <div className={open ? "plan__layout plan__layout--editing" : "plan__layout"}>
        {actions.length === 0 ? (
          <p className="wm-panel plan__empty">{t("plan.empty")}</p>
        ) : (
          <PlanBoard
            helpId={helpId}
            journey={journey}
            board={board}
            today={today}
            chosen={open ? open.id : null}
            onChoose={setChosen}
            onMove={move}
            ownerName={ownerName}
          />
        )}
        {open ? (
          <ActionEditor
            key={open.id}
            journey={journey}
            action={open}
            onClose={() => {
              setChosen(null);
              focusAction(open.id);
            }}
            onDeleted={(title) => {
              setChosen(null);
              setAnnouncement(t("plan.deleted", { title }));
              newRef.current?.focus();
            }}
            onShowCard={showCard}
          />
        ) : null}
      </div>
    </div>
  );
}

/** "Idea 2, Planned 1, …" with the language's own list punctuation (Persian writes "،"). */
function statusList(locale: string, parts: string[]): string {
  return new Intl.ListFormat(locale, { type: "unit", style: "short" }).format(parts);
}
