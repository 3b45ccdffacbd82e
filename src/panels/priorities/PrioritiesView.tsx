import { ArrowLeft, Redo2, Undo2 } from "lucide-react";
import { useEffect, useId, useMemo, useState } from "react";
import {
  QUADRANTS,
  opportunityMatrix,
  quadrantOf,
  type Id,
  type JourneyElement,
  type Rating,
} from "../../domain";
import { formatNumber, useT } from "../../i18n";
import {
  canRedo,
  canUndo,
  openEditor,
  showCardOnMap,
  updateCard,
  useDocument,
  useJourney,
} from "../../store";
import { Button } from "../../ui/Button";
import { CommandButton } from "../../ui/CommandButton";
import { KIND_ICON } from "../../ui/kinds";
import { OpportunityMatrix } from "./OpportunityMatrix";
import "../../ui/page.css";
import "./priorities.css";
// The texts of the views that load when opened arrive with this module (see views-en.ts).
import "../../i18n/views-en";

/**
 * Priorities: a journey's opportunities (and, if asked, its friction points) on an impact and
 * effort matrix, with each quadrant's cards listed beside it, most votes first, and the cards not
 * weighed yet below. Votes from a voting round are the dots' sizes as soon as they are cast.
 */
export function PrioritiesView({ journeyId, onBack }: { journeyId: string; onBack: () => void }) {
  const t = useT();
  const journey = useJourney(journeyId);
  const [withFriction, setWithFriction] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const [focusRequest, setFocusRequest] = useState<{ id: Id; count: number } | null>(null);
  const undoable = useDocument((s) => canUndo(s, journeyId));
  const redoable = useDocument((s) => canRedo(s, journeyId));
  // The matrix edits this journey: the map opened from it keeps the card chosen here.
  useEffect(() => openEditor(journeyId), [journeyId]);
  const titleId = useId();
  const matrixId = useId();
  const helpId = useId();
  const matrix = useMemo(
    () => (journey ? opportunityMatrix(journey, withFriction) : null),
    [journey, withFriction],
  );
  if (!journey || !matrix) return null;

  const titleOf = (element: JourneyElement) => element.title.trim() || t("card.untitled");
  const move = (id: Id, impact: Rating, effort: Rating) => {
    updateCard(journeyId, id, { impact, effort });
    const element = journey.elements[id];
    if (element)
      setAnnouncement(
        t("priorities.moved", {
          title: titleOf(element),
          impact: formatNumber(impact),
          effort: formatNumber(effort),
          quadrant: t(`priorities.quadrant.${quadrantOf(impact, effort)}`),
        }),
      );
  };
  const show = (id: Id) => {
    showCardOnMap(id);
    onBack();
  };
  const nothing = matrix.placed.length === 0 && matrix.unplaced.length === 0;

  return (
    <div className="priorities wm-page" data-undo="journey">
      <div className="wm-page__head">
        <h1 id={titleId} dir="auto">
          {t("priorities.title", { journey: journey.title.trim() || t("journey.untitled") })}
        </h1>
        <label className="priorities__toggle">
          <input
            type="checkbox"
            checked={withFriction}
            onChange={(event) => setWithFriction(event.target.checked)}
          />
          {t("priorities.withFriction")}
        </label>
        <div className="priorities__tools" role="toolbar" aria-label={t("app.toolbar")}>
          <CommandButton command="undo" icon={<Undo2 />} disabled={!undoable} />
          <CommandButton command="redo" icon={<Redo2 />} disabled={!redoable} />
        </div>
        <Button
          variant="secondary"
          icon={<ArrowLeft className="wm-page__back-icon" />}
          onClick={onBack}
        >
          {t("priorities.back")}
        </Button>
      </div>
      <p className="priorities__live" role="status">
        {announcement}
      </p>
      {nothing ? (
        <p className="priorities__empty">{t("priorities.empty")}</p>
      ) : (
        <div className="priorities__layout">
          <section
            className="wm-panel priorities__panel priorities__panel--matrix"
            aria-labelledby={matrixId}
          >
            <h2 id={matrixId}>{t("priorities.matrix")}</h2>
            <p id={helpId} className="wm-hint">
              {t("priorities.help")}
            </p>
            <OpportunityMatrix
              items={matrix.placed}
              labelledBy={matrixId}
              describedBy={helpId}
              onMove={move}
              onShow={show}
              focusRequest={focusRequest}
            />
          </section>
          <div className="priorities__side">
            {QUADRANTS.map((quadrant) => (
              <section
                key={quadrant}
                className={`wm-panel priorities__panel priorities__quadrant priorities__quadrant--${quadrant}`}
                aria-labelledby={`${titleId}-${quadrant}`}
              >
                <h2 id={`${titleId}-${quadrant}`}>
                  {t(`priorities.quadrant.${quadrant}`)}{" "}
                  <span className="priorities__count">
                    ({formatNumber(matrix.byQuadrant[quadrant].length)})
                  </span>
                </h2>
                <p className="wm-hint">{t(`priorities.quadrantHint.${quadrant}`)}</p>
                {matrix.byQuadrant[quadrant].length ? (
                  <ol className="priorities__list">
                    {matrix.byQuadrant[quadrant].map(({ element }) => (
                      <li key={element.id}>
                        <CardLine element={element} title={titleOf(element)} onShow={show} />
                      </li>
                    ))}
                  </ol>
                ) : (
                  <p className="priorities__muted">{t("priorities.none")}</p>
                )}
              </section>
            ))}
            {matrix.unplaced.length ? (
              <section
                className="wm-panel priorities__panel"
                aria-labelledby={`${titleId}-unplaced`}
              >
                <h2 id={`${titleId}-unplaced`}>
                  {t("priorities.unplaced")}{" "}
                  <span className="priorities__count">
                    ({formatNumber(matrix.unplaced.length)})
                  </span>
                </h2>
                <p className="wm-hint">{t("priorities.unplacedHint")}</p>
                <ul className="priorities__list">
                  {matrix.unplaced.map((element) => (
                    <li key={element.id}>
                      <Button
                        variant="ghost"
                        size="sm"
                        icon={<PlaceIcon element={element} />}
                        onClick={() => {
                          move(element.id, element.impact ?? 3, element.effort ?? 3);
                          setFocusRequest((was) => ({
                            id: element.id,
                            count: (was?.count ?? 0) + 1,
                          }));
                        }}
                      >
                        {t("priorities.place", { title: titleOf(element) })}
                      </Button>
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}
          </div>
        </div>
      )}
    </div>
  );
}

function PlaceIcon({ element }: { element: JourneyElement }) {
  const Icon = KIND_ICON[element.kind];
  return <Icon />;
}

function CardLine({
  element,
  title,
  onShow,
}: {
  element: JourneyElement;
  title: string;
  onShow: (id: Id) => void;
}) {
  const t = useT();
  const Icon = KIND_ICON[element.kind];
  return (
    <button type="button" className="priorities__card" onClick={() => onShow(element.id)}>
      <span
        className={`priorities__card-icon palette__swatch palette__swatch--${element.kind}`}
        aria-hidden="true"
      >
        <Icon size={14} strokeWidth={2.4} />
      </span>
      <span dir="auto">{title}</span>
      <span className="priorities__card-votes">
        {t("priorities.votes", { count: element.votes })}
      </span>
    </button>
  );
}
