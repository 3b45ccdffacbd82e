import { MapPin, Trash2, X } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import {
  ACTION_STATUSES,
  CARDS_PER_ACTION,
  STANDARD_DEPARTMENTS,
  elementsInJourneyOrder,
  isCalendarDay,
  isOnCards,
  metricCatalogue,
  metricIdOf,
  sortMetricIds,
  type ActionStatus,
  type Id,
  type Journey,
  type MetricId,
  type PlanAction,
} from "../../domain";
import { LIMITS } from "../../format";
import { formatNumber, localDigits, useT } from "../../i18n";
import { removePlanAction, updatePlanAction, useKnownMetrics, useMetricLibrary } from "../../store";
import { Button } from "../../ui/Button";
import { Field } from "../../ui/Field";
import { KIND_ICON } from "../../ui/kinds";
import { metricRule, parseMetric } from "../inspector/metrics";
import { RefSelect } from "../inspector/RefSelect";
import "../inspector/inspector.css";

/**
 * One action, edited beside the board: what it is, where it stands, who owns it, by when, which
 * figure should show it worked, and the cards it fixes. Every change is saved as it is made (one
 * undo step each; typing is one per pause).
 */
export function ActionEditor({
  journey,
  action,
  onClose,
  onDeleted,
  onShowCard,
}: {
  journey: Journey;
  action: PlanAction;
  onClose: () => void;
  onDeleted: (title: string) => void;
  onShowCard: (cardId: Id) => void;
}) {
  const t = useT();
  const titleRef = useRef<HTMLInputElement>(null);
  useEffect(() => titleRef.current?.focus(), []);
  const update = (changes: Parameters<typeof updatePlanAction>[2], field?: string) =>
    updatePlanAction(journey.id, action.id, changes, field);
  const owners = [
    ...Object.values(journey.elements).flatMap((e) => (e.owner ? [e.owner] : [])),
    ...Object.values(journey.plan).flatMap((a) => (a.owner ? [a.owner] : [])),
  ];
  const stageName = new Map(journey.stages.map((s) => [s.id, s.name]));
  const fixed = action.cardIds.flatMap((id) => journey.elements[id] ?? []);
  const others = elementsInJourneyOrder(journey, (e) => !action.cardIds.includes(e.id));
  const titleOf = (title: string) => title.trim() || t("card.untitled");

  return (
    <aside
      className="wm-panel plan-editor"
      aria-label={t("plan.editor")}
      onKeyDown={(event) => {
        if (event.key === "Escape" && !event.defaultPrevented) {
          event.preventDefault();
          onClose();
          document
            .querySelector<HTMLElement>(`[data-action-id="${CSS.escape(action.id)}"]`)
            ?.focus();
        }
      }}
    >
      <div className="plan-editor__head">
        <h2>{t("plan.editor")}</h2>
        <button
          type="button"
          className="icon-button"
          aria-label={t("plan.close")}
          title={t("plan.close")}
          onClick={onClose}
        >
          <X aria-hidden="true" />
        </button>
      </div>
      <Field label={t("plan.field.title")}>
        {(id) => (
          <input
            id={id}
            ref={titleRef}
            className="wm-input"
            dir="auto"
            value={action.title}
            maxLength={LIMITS.shortText}
            onChange={(event) => update({ title: event.target.value }, "title")}
          />
        )}
      </Field>
      <div className="plan-editor__row">
        <Field label={t("plan.field.status")}>
          {(id) => (
            <select
              id={id}
              className="wm-select"
              value={action.status}
              onChange={(event) => update({ status: event.target.value as ActionStatus })}
            >
              {ACTION_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t(`plan.status.${status}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t("plan.field.due")}>
          {(id) => (
            <input
              id={id}
              type="date"
              className="wm-input"
              value={action.due ?? ""}
              onChange={(event) => {
                const day = event.target.value;
                if (day === "") update({ due: null }, "due");
                else if (isCalendarDay(day)) update({ due: day }, "due");
              }}
            />
          )}
        </Field>
      </div>
      <RefSelect
        label={t("plan.field.owner")}
        value={action.owner}
        standard={STANDARD_DEPARTMENTS}
        labelOf={(id) => t(`department.${id}`)}
        inUse={owners}
        customLabel="inspector.customOwner"
        onChange={(owner) => update({ owner })}
      />
      <TargetFields
        journey={journey}
        action={action}
        onChange={(target) => update({ target }, "target")}
      />
      <Field label={t("plan.field.notes")}>
        {(id) => (
          <textarea
            id={id}
            className="wm-textarea"
            dir="auto"
            rows={3}
            value={action.notes}
            maxLength={LIMITS.longText}
            onChange={(event) => update({ notes: event.target.value }, "notes")}
          />
        )}
      </Field>
      <section className="plan-editor__cards" aria-labelledby={`${action.id}-cards`}>
        <h3 id={`${action.id}-cards`} className="inspector__label">
          {t("plan.cards")}
        </h3>
        {fixed.length ? (
          <ul className="plan-editor__card-list">
            {fixed.map((card) => {
              const Icon = KIND_ICON[card.kind];
              const title = titleOf(card.title);
              return (
                <li key={card.id} className="plan-editor__card">
                  <span
                    className={`plan-editor__card-icon palette__swatch palette__swatch--${card.kind}`}
                    aria-hidden="true"
                  >
                    <Icon size={14} strokeWidth={2.4} />
                  </span>
                  <span className="plan-editor__card-title" dir="auto">
                    {t("plan.cardInStage", { title, stage: stageName.get(card.stageId) ?? "" })}
                  </span>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={t("plan.showCard", { title })}
                    title={t("plan.showCard", { title })}
                    onClick={() => onShowCard(card.id)}
                  >
                    <MapPin aria-hidden="true" />
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={t("plan.removeCard", { title })}
                    title={t("plan.removeCard", { title })}
                    onClick={() =>
                      update({ cardIds: action.cardIds.filter((id) => id !== card.id) })
                    }
                  >
                    <X aria-hidden="true" />
                  </button>
                </li>
              );
            })}
          </ul>
        ) : (
          <p className="wm-hint">{t("plan.noCards")}</p>
        )}
        {others.length && action.cardIds.length < CARDS_PER_ACTION ? (
          <Field label={t("plan.addCard")}>
            {(id) => (
              <select
                id={id}
                className="wm-select"
                value=""
                onChange={(event) => {
                  const cardId = event.target.value;
                  if (cardId) update({ cardIds: [...action.cardIds, cardId] });
                }}
              >
                <option value="">{t("plan.chooseCard")}</option>
                {journey.stages.map((stage) => {
                  const inStage = others.filter((e) => e.stageId === stage.id);
                  return inStage.length ? (
                    <optgroup key={stage.id} label={stage.name || t("stage.untitled")}>
                      {inStage.map((e) => (
                        <option key={e.id} value={e.id}>
                          {`${t(`kind.${e.kind}`)}: ${titleOf(e.title)}`}
                        </option>
                      ))}
                    </optgroup>
                  ) : null;
                })}
              </select>
            )}
          </Field>
        ) : null}
      </section>
      <Button
        variant="danger"
        icon={<Trash2 />}
        onClick={() => {
          removePlanAction(journey.id, action.id);
          onDeleted(action.title.trim() || t("plan.newTitle"));
        }}
      >
        {t("plan.delete")}
      </Button>
    </aside>
  );
}

/**
 * The metric an action should move and the value aimed at. The value box keeps what was typed,
 * with the reason beside it, until it is a number in the metric's range; only then is it saved.
 */
function TargetFields({
  journey,
  action,
  onChange,
}: {
  journey: Journey;
  action: PlanAction;
  onChange: (target: PlanAction["target"]) => void;
}) {
  const t = useT();
  const library = useMetricLibrary();
  const known = useKnownMetrics(journey);
  const [metric, setMetric] = useState<MetricId | "">(action.target?.metric ?? "");
  const ruleOf = (key: MetricId) => metricRule(t, key, known);
  // The metrics cards are offered, and the one the action aims at (wherever it came from).
  const choices = sortMetricIds({ customMetrics: known }, [
    ...metricCatalogue(library, null)
      .map(metricIdOf)
      .filter((id) => isOnCards(library, id)),
    ...(action.target ? [action.target.metric] : []),
  ]).flatMap((id) => ruleOf(id) ?? []);
  const [text, setText] = useState(
    action.target ? localDigits(formatNumber(action.target.value, { useGrouping: false })) : "",
  );
  const [error, setError] = useState<string | null>(null);
  // A change from elsewhere (undo, another tab) shows in the boxes; one the boxes made does not
  // disturb what is being typed.
  const [seen, setSeen] = useState(action.target);
  if (seen !== action.target) {
    setSeen(action.target);
    const stored = action.target;
    const rule = metric ? ruleOf(metric) : null;
    const typed = rule ? parseMetric(t, rule, text) : null;
    const same = stored
      ? metric === stored.metric && typed?.ok === true && typed.value === stored.value
      : typed === null || (typed.ok && typed.value === undefined);
    if (!same) {
      setMetric(stored?.metric ?? "");
      setText(stored ? localDigits(formatNumber(stored.value, { useGrouping: false })) : "");
      setError(null);
    }
  }
  const commit = (key: MetricId | "", typed: string) => {
    if (!key) {
      setError(null);
      onChange(null);
      return;
    }
    // A metric nobody here defines (from a file or a room) keeps its aim as it is.
    const keyRule = ruleOf(key);
    if (!keyRule) return;
    const parsed = parseMetric(t, keyRule, typed);
    if (!parsed.ok) {
      setError(parsed.error);
      return;
    }
    setError(null);
    onChange(parsed.value === undefined ? null : { metric: key, value: parsed.value });
  };
  const rule = metric ? ruleOf(metric) : null;
  return (
    <div className="plan-editor__row">
      <Field label={t("plan.field.metric")}>
        {(id) => (
          <select
            id={id}
            className="wm-select"
            value={metric}
            onChange={(event) => {
              const key = event.target.value;
              setMetric(key);
              if (!key || text.trim()) commit(key, text);
            }}
          >
            <option value="">{t("plan.noMetric")}</option>
            {choices.map((choice) => (
              <option key={choice.id} value={choice.id}>
                {choice.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      {rule ? (
        <Field label={t("plan.field.value")}>
          {(id) => (
            <>
              <input
                id={id}
                className="wm-input"
                inputMode="decimal"
                value={text}
                aria-invalid={error !== null}
                aria-describedby={`${id}-hint`}
                onChange={(event) => {
                  setText(event.target.value);
                  if (metric) commit(metric, event.target.value);
                }}
              />
              <span id={`${id}-hint`} className={error ? "plan-editor__error" : "wm-hint"}>
                {error ??
                  t("plan.valueRange", {
                    min: formatNumber(rule.scale.min),
                    max: formatNumber(rule.scale.max),
                  })}
              </span>
            </>
          )}
        </Field>
      ) : null}
    </div>
  );
}
