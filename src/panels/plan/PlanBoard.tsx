import { AlertTriangle, CalendarDays, Link2, Target } from "lucide-react";
import { useEffect, useRef, useState, type DragEvent, type KeyboardEvent } from "react";
import {
  ACTION_STATUSES,
  isOverdue,
  type ActionStatus,
  type DepartmentRef,
  type Id,
  type Journey,
  type PlanAction,
  type PlanBoard as Board,
} from "../../domain";
import { formatDay, formatNumber, useT } from "../../i18n";
import { targetText } from "../../ui/metric-labels";

const DRAG_TYPE = "application/x-waymark-action";

/**
 * The plan as a board: a row per owner department, a column per status. An action moves by
 * dragging it to another cell, or from the keyboard with Alt and the arrows (left and right
 * follow the page's direction, so in Persian "next status" is to the left).
 */
export function PlanBoard({
  journey,
  board,
  today,
  chosen,
  onChoose,
  onMove,
  ownerName,
  helpId,
}: {
  helpId: string;
  journey: Journey;
  board: Board;
  today: string;
  chosen: Id | null;
  onChoose: (id: Id) => void;
  onMove: (id: Id, status: ActionStatus, owner: DepartmentRef | null) => void;
  ownerName: (owner: DepartmentRef | null) => string;
}) {
  const t = useT();
  const [dropTarget, setDropTarget] = useState<string | null>(null);
  // The action to give the keyboard back to once it has moved to its new cell.
  const [refocus, setRefocus] = useState<{ id: Id; count: number } | null>(null);
  const boardRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!refocus) return;
    boardRef.current
      ?.querySelector<HTMLElement>(`[data-action-id="${CSS.escape(refocus.id)}"]`)
      ?.focus();
  }, [refocus]);

  const rowIndexOf = (action: PlanAction) =>
    board.rows.findIndex((row) => row.columns[action.status].includes(action));

  const onKeyDown = (event: KeyboardEvent, action: PlanAction) => {
    if (!event.altKey || event.ctrlKey || event.metaKey) return;
    const rtl = getComputedStyle(event.currentTarget).direction === "rtl";
    const step =
      event.key === "ArrowRight" ? (rtl ? -1 : 1) : event.key === "ArrowLeft" ? (rtl ? 1 : -1) : 0;
    const rowStep = event.key === "ArrowDown" ? 1 : event.key === "ArrowUp" ? -1 : 0;
    if (!step && !rowStep) return;
    event.preventDefault();
    if (step) {
      const next = ACTION_STATUSES[ACTION_STATUSES.indexOf(action.status) + step];
      if (!next) return;
      onMove(action.id, next, action.owner);
    } else {
      const row = board.rows[rowIndexOf(action) + rowStep];
      if (!row) return;
      onMove(action.id, action.status, row.owner);
    }
    setRefocus((was) => ({ id: action.id, count: (was?.count ?? 0) + 1 }));
  };

  const dropProps = (key: string, status: ActionStatus, owner: DepartmentRef | null) => ({
    onDragOver: (event: DragEvent) => {
      if (!event.dataTransfer.types.includes(DRAG_TYPE)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = "move";
      if (dropTarget !== key) setDropTarget(key);
    },
    onDragLeave: () => setDropTarget((was) => (was === key ? null : was)),
    onDrop: (event: DragEvent) => {
      const id = event.dataTransfer.getData(DRAG_TYPE);
      setDropTarget(null);
      if (!id || !journey.plan[id]) return;
      event.preventDefault();
      onMove(id, status, owner);
    },
  });

  return (
    <div className="plan-board" ref={boardRef} role="region" aria-label={t("plan.board")}>
      <div className="plan-board__columns" aria-hidden="true">
        {ACTION_STATUSES.map((status) => (
          <span key={status} className={`plan-board__status plan-board__status--${status}`}>
            {t(`plan.status.${status}`)} ({formatNumber(board.totals[status])})
          </span>
        ))}
      </div>
      {board.rows.map((row) => {
        const owner = ownerName(row.owner);
        return (
          <section key={row.key} className="plan-board__row" aria-label={owner}>
            <h2 className="plan-board__owner" dir="auto">
              {owner} <span className="plan-board__owner-count">({formatNumber(row.total)})</span>
            </h2>
            {ACTION_STATUSES.map((status) => {
              const key = `${row.key}/${status}`;
              const actions = row.columns[status];
              return (
                <ul
                  key={status}
                  className={
                    dropTarget === key
                      ? "plan-board__cell plan-board__cell--drop"
                      : "plan-board__cell"
                  }
                  aria-label={t("plan.column", { owner, status: t(`plan.status.${status}`) })}
                  data-status={t(`plan.status.${status}`)}
                  {...dropProps(key, status, row.owner)}
                >
                  {actions.map((action) => (
                    <li key={action.id}>
                      <ActionCard
                        action={action}
                        journey={journey}
                        today={today}
                        chosen={chosen === action.id}
                        onChoose={onChoose}
                        onKeyDown={onKeyDown}
                        helpId={helpId}
                      />
                    </li>
                  ))}
                </ul>
              );
            })}
          </section>
        );
      })}
    </div>
  );
}

function ActionCard({
  action,
  journey,
  today,
  chosen,
  onChoose,
  onKeyDown,
  helpId,
}: {
  helpId: string;
  action: PlanAction;
  journey: Journey;
  today: string;
  chosen: boolean;
  onChoose: (id: Id) => void;
  onKeyDown: (event: KeyboardEvent, action: PlanAction) => void;
}) {
  const t = useT();
  const late = isOverdue(action, today);
  const cards = action.cardIds.flatMap((id) => journey.elements[id] ?? []);
  return (
    <button
      type="button"
      className={`plan-action plan-action--${action.status}${late ? " plan-action--late" : ""}`}
      data-action-id={action.id}
      aria-pressed={chosen}
      aria-describedby={helpId}
      draggable
      onDragStart={(event) => {
        event.dataTransfer.setData(DRAG_TYPE, action.id);
        event.dataTransfer.effectAllowed = "move";
      }}
      onClick={() => onChoose(action.id)}
      onKeyDown={(event) => onKeyDown(event, action)}
    >
      <span className="plan-action__title" dir="auto">
        {action.title.trim() || t("plan.newTitle")}
      </span>
      {action.due ? (
        <span className={late ? "plan-action__meta plan-action__meta--late" : "plan-action__meta"}>
          {late ? <AlertTriangle aria-hidden="true" /> : <CalendarDays aria-hidden="true" />}
          {late ? `${t("plan.overdue")}: ` : null}
          {t("plan.due", { date: formatDay(action.due) })}
        </span>
      ) : null}
      {action.target ? (
        <span className="plan-action__meta">
          <Target aria-hidden="true" />
          {targetText(t, action.target, journey.customMetrics)}
        </span>
      ) : null}
      <span className="plan-action__meta">
        <Link2 aria-hidden="true" />
        {t("plan.fixes", { count: cards.length })}
      </span>
    </button>
  );
}
