import { Copy, Minus, Plus, Trash2 } from "lucide-react";
import { useEffect, useRef } from "react";
import {
  CONFIDENCES,
  ELEMENT_KINDS,
  LINK_KINDS,
  STANDARD_CHANNELS,
  STANDARD_DEPARTMENTS,
  type Confidence,
  type ElementKind,
  type Journey,
  type JourneyElement,
  type LinkKind,
} from "../../domain";
import { LIMITS } from "../../format";
import { formatNumber, t, useT } from "../../i18n";
import {
  changeLink,
  duplicateCards,
  editorStore,
  removeCardLinks,
  removeSelectionAndStay,
  selectCards,
  updateCard,
  updateJourneyDetails,
  useEditor,
  castVote,
  showNotice,
  useJourney,
  useShownVotes,
} from "../../store";
import { Button } from "../../ui/Button";
import { Field } from "../../ui/Field";
import { KIND_ICON } from "../../ui/kinds";
import { voteRefusal } from "../../ui/vote-refusal";
import { CommentsField } from "./CommentsField";
import { LinksField } from "./LinksField";
import { MetricsField } from "./MetricsField";
import { MoveField } from "./MoveField";
import { PainPointsField } from "./PainPointsField";
import { PlanField } from "./PlanField";
import { RatingsField } from "./RatingsField";
import { RefSelect } from "./RefSelect";
import { SatisfactionField } from "./SatisfactionField";
import "./inspector.css";

/**
 * Everything about the selected card, editable; changes show on the map as you type and each
 * burst of typing is one undo step. With nothing selected it edits the journey itself.
 */
export function Inspector({ journeyId }: { journeyId: string }) {
  const t = useT();
  const journey = useJourney(journeyId);
  const selectedCards = useEditor((s) => s.selectedCards);
  const selectedLinks = useEditor((s) => s.selectedLinks);
  if (!journey) return null;
  const element = selectedCards.length === 1 ? journey.elements[selectedCards[0]!] : undefined;
  const link =
    !selectedCards.length && selectedLinks.length === 1
      ? journey.links[selectedLinks[0]!]
      : undefined;
  return (
    <section className="inspector" aria-label={t("inspector.label")} data-undo="journey">
      {element ? (
        <CardInspector journey={journey} element={element} />
      ) : selectedCards.length > 1 ? (
        <div className="inspector__body">
          <h2 className="inspector__heading">
            {t("inspector.manySelected", { count: selectedCards.length })}
          </h2>
          <div className="inspector__actions">
            <Button
              icon={<Copy />}
              onClick={() => selectCards(duplicateCards(journeyId, selectedCards))}
            >
              {t("inspector.duplicate")}
            </Button>
            <Button
              variant="danger"
              icon={<Trash2 />}
              onClick={() => {
                removeSelectionAndStay(journeyId, selectedCards, []);
              }}
            >
              {t("inspector.delete")}
            </Button>
          </div>
        </div>
      ) : link ? (
        <div className="inspector__body">
          <h2 className="inspector__heading">{t("inspector.linkHeading")}</h2>
          <p dir="auto">
            {t("link.name", {
              kind: t(`linkKind.${link.kind}`),
              from: journey.elements[link.from]?.title || t("card.untitled"),
              to: journey.elements[link.to]?.title || t("card.untitled"),
            })}
          </p>
          <Field label={t("inspector.linkKind")}>
            {(id) => (
              <select
                id={id}
                className="wm-select"
                value={link.kind}
                onChange={(event) => changeLink(journeyId, link.id, event.target.value as LinkKind)}
              >
                {LINK_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`linkKind.${k}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Button
            variant="danger"
            icon={<Trash2 />}
            onClick={() => removeCardLinks(journeyId, [link.id])}
          >
            {t("inspector.deleteLink")}
          </Button>
        </div>
      ) : (
        <JourneyDetails journey={journey} />
      )}
    </section>
  );
}

function JourneyDetails({ journey }: { journey: Journey }) {
  const t = useT();
  return (
    <div className="inspector__body">
      <h2 className="inspector__heading">{t("inspector.journeyHeading")}</h2>
      <p className="inspector__hint">{t("inspector.nothingSelected")}</p>
      <Field label={t("inspector.journeyTitle")}>
        {(id) => (
          <input
            id={id}
            className="wm-input"
            dir="auto"
            value={journey.title}
            maxLength={LIMITS.shortText}
            onChange={(event) =>
              updateJourneyDetails(journey.id, { title: event.target.value }, "title")
            }
          />
        )}
      </Field>
      <Field label={t("inspector.scenario")}>
        {(id) => (
          <textarea
            id={id}
            maxLength={LIMITS.longText}
            className="wm-textarea"
            dir="auto"
            value={journey.scenario}
            onChange={(event) =>
              updateJourneyDetails(journey.id, { scenario: event.target.value }, "scenario")
            }
          />
        )}
      </Field>
      <Field label={t("inspector.goal")}>
        {(id) => (
          <textarea
            id={id}
            maxLength={LIMITS.longText}
            className="wm-textarea"
            dir="auto"
            value={journey.goal}
            onChange={(event) =>
              updateJourneyDetails(journey.id, { goal: event.target.value }, "goal")
            }
          />
        )}
      </Field>
    </div>
  );
}

let handledFocusRequest = 0;

function CardInspector({ journey, element }: { journey: Journey; element: JourneyElement }) {
  const t = useT();
  const journeyId = journey.id;
  const shown = useShownVotes(journeyId, element.id);
  const titleRef = useRef<HTMLTextAreaElement>(null);
  const focusRequest = useEditor((s) => s.inspectorFocusRequest);
  useEffect(() => {
    // Module-level, not per mount: a request made as a new card is created reaches the
    // inspector that mounts for that card.
    if (focusRequest > handledFocusRequest) {
      handledFocusRequest = focusRequest;
      const title = titleRef.current;
      title?.focus();
      if (editorStore.getState().inspectorFocusCaret === "end")
        title?.setSelectionRange(title.value.length, title.value.length);
      else title?.select();
    }
  }, [focusRequest, element.id]);

  const Icon = KIND_ICON[element.kind];
  const channelsOnMap = Object.values(journey.elements).flatMap((e) =>
    e.channel ? [e.channel] : [],
  );
  const ownersOnMap = Object.values(journey.elements).flatMap((e) => (e.owner ? [e.owner] : []));
  const update = (changes: Parameters<typeof updateCard>[2], field?: string) =>
    updateCard(journeyId, element.id, changes, field);

  return (
    <div className="inspector__body" key={element.id} data-card-details="">
      <div className="inspector__title-row">
        <span
          className={`inspector__kind-icon palette__swatch palette__swatch--${element.kind}`}
          aria-hidden="true"
        >
          <Icon size={16} strokeWidth={2.4} />
        </span>
        <Field label={t("inspector.kind")} className="inspector__kind">
          {(id) => (
            <select
              id={id}
              className="wm-select"
              value={element.kind}
              onChange={(event) => update({ kind: event.target.value as ElementKind })}
            >
              {ELEMENT_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`kind.${kind}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field label={t("inspector.title")}>
        {(id) => (
          <textarea
            id={id}
            ref={titleRef}
            className="wm-textarea inspector__title"
            dir="auto"
            rows={2}
            value={element.title}
            maxLength={LIMITS.longText}
            onChange={(event) => update({ title: event.target.value }, "title")}
            onKeyDown={(event) => {
              if (event.key === "Escape") {
                event.preventDefault();
                document
                  .querySelector<HTMLElement>(`[data-card-id="${CSS.escape(element.id)}"]`)
                  ?.focus();
              }
            }}
          />
        )}
      </Field>
      {element.kind === "touchpoint" || element.satisfaction !== null ? (
        <SatisfactionField
          name={`satisfaction-${element.id}`}
          value={element.satisfaction}
          onChange={(satisfaction) => update({ satisfaction })}
        />
      ) : null}
      <PainPointsField journeyId={journeyId} element={element} />
      <RefSelect
        label={t("inspector.channel")}
        value={element.channel}
        standard={STANDARD_CHANNELS}
        labelOf={(id) => t(`channel.${id}`)}
        inUse={channelsOnMap}
        customLabel="inspector.customChannel"
        onChange={(channel) => update({ channel })}
      />
      <RefSelect
        label={t("inspector.owner")}
        value={element.owner}
        standard={STANDARD_DEPARTMENTS}
        labelOf={(id) => t(`department.${id}`)}
        inUse={ownersOnMap}
        customLabel="inspector.customOwner"
        onChange={(owner) => update({ owner })}
      />
      <div className="inspector__row">
        <Field label={t("inspector.confidence")}>
          {(id) => (
            <select
              id={id}
              className="wm-select"
              value={element.confidence ?? ""}
              onChange={(event) =>
                update({ confidence: (event.target.value || null) as Confidence | null })
              }
            >
              <option value="">{t("inspector.none")}</option>
              {CONFIDENCES.map((c) => (
                <option key={c} value={c}>
                  {t(`confidence.${c}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="wm-field">
          <span className="wm-field__label" id="votes-label">
            {shown.own ? t("inspector.yourDots") : t("inspector.votes")}
          </span>
          <div className="votes" role="group" aria-labelledby="votes-label">
            <button
              type="button"
              className="icon-button"
              aria-label={t("inspector.removeVote")}
              disabled={shown.count === 0}
              onClick={() => vote(journeyId, element.id, -1)}
            >
              <Minus size={16} aria-hidden="true" />
            </button>
            <output className="votes__count" aria-live="polite">
              {formatNumber(shown.count)}
            </output>
            <button
              type="button"
              className="icon-button"
              aria-label={t("inspector.addVote")}
              onClick={() => vote(journeyId, element.id, 1)}
            >
              <Plus size={16} aria-hidden="true" />
            </button>
          </div>
        </div>
      </div>
      <RatingsField journeyId={journeyId} element={element} />
      <PlanField journey={journey} element={element} />
      <MetricsField journey={journey} element={element} />
      <Field label={t("inspector.notes")}>
        {(id) => (
          <textarea
            id={id}
            maxLength={LIMITS.longText}
            className="wm-textarea"
            dir="auto"
            value={element.notes}
            onChange={(event) => update({ notes: event.target.value }, "notes")}
          />
        )}
      </Field>
      <MoveField journey={journey} element={element} />
      <LinksField journey={journey} element={element} />
      <CommentsField key={element.id} journey={journey} element={element} />
      <div className="inspector__actions">
        <Button
          icon={<Copy />}
          onClick={() => selectCards(duplicateCards(journeyId, [element.id]))}
        >
          {t("inspector.duplicate")}
        </Button>
        <Button
          variant="danger"
          icon={<Trash2 />}
          onClick={() => {
            removeSelectionAndStay(journeyId, [element.id], []);
          }}
        >
          {t("inspector.delete")}
        </Button>
      </div>
    </div>
  );
}

/** A vote from the inspector counts in a running voting round, like one from the keyboard. */
function vote(journeyId: string, elementId: string, delta: 1 | -1): void {
  const outcome = castVote(journeyId, elementId, delta);
  const refused = voteRefusal(outcome);
  if (refused) showNotice({ key: "voting", message: t(refused) });
}
