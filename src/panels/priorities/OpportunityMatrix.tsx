import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from "react";
import {
  QUADRANTS,
  RATING_VALUES,
  quadrantOf,
  stepRating,
  type Id,
  type MatrixItem,
  type Quadrant,
  type Rating,
} from "../../domain";
import { formatNumber, useT } from "../../i18n";
import { KIND_ICON } from "../../ui/kinds";

/** Impact from the top row down (5 to 1), effort along the row (1 to 5, from the start edge). */
const IMPACT_ROWS: readonly Rating[] = [...RATING_VALUES].reverse();
const EFFORT_COLUMNS = RATING_VALUES;

/** A quadrant's corner of the 5x5 grid, as CSS grid lines (row, column), the middle line shared. */
const QUADRANT_AREA: Record<Quadrant, string> = {
  quickWins: "1 / 1 / 4 / 3",
  bigBets: "1 / 3 / 4 / 6",
  fillIns: "4 / 1 / 6 / 3",
  moneyPits: "4 / 3 / 6 / 6",
};

/** A dot's diameter: at least a finger's width, growing with the square root of its votes. */
export function dotSize(votes: number): number {
  return Math.round(32 + Math.min(28, Math.sqrt(votes) * 8));
}

interface Drag {
  id: Id;
  pointerId: number;
  over: { impact: Rating; effort: Rating } | null;
}

/**
 * The opportunity matrix: effort along, impact up, its four quadrants named. Each card is a dot
 * (its kind's icon and shape), sized by its votes. Dragged, or moved with the arrow keys, a dot
 * sets the card's impact and effort; the quadrant follows.
 */
export function OpportunityMatrix({
  items,
  labelledBy,
  describedBy,
  onMove,
  onShow,
  focusRequest,
}: {
  items: readonly MatrixItem[];
  /** A card just put on the matrix from the "not weighed yet" list: its dot takes the keyboard. */
  focusRequest: { id: Id; count: number } | null;
  labelledBy: string;
  describedBy: string;
  onMove: (id: Id, impact: Rating, effort: Rating) => void;
  onShow: (id: Id) => void;
}) {
  const t = useT();
  const grid = useRef<HTMLDivElement>(null);
  const [drag, setDrag] = useState<Drag | null>(null);
  /**
   * The card whose dot should take the keyboard once drawn: one this view just moved (its dot
   * is drawn afresh in another cell) or placed. Edits from elsewhere never move the keyboard.
   */
  const pendingFocus = useRef<Id | null>(null);
  const handledRequest = useRef(0);

  useEffect(() => {
    if (focusRequest && focusRequest.count !== handledRequest.current) {
      handledRequest.current = focusRequest.count;
      pendingFocus.current = focusRequest.id;
    }
    const id = pendingFocus.current;
    if (!id) return;
    const dot = grid.current?.querySelector<HTMLElement>(`[data-dot="${CSS.escape(id)}"]`);
    if (!dot) return;
    pendingFocus.current = null;
    if (document.activeElement !== dot) dot.focus();
  }, [items, focusRequest]);

  const cellUnder = (x: number, y: number) => {
    const cell = document
      .elementsFromPoint(x, y)
      .find((e) => e instanceof HTMLElement && e.dataset.impact && grid.current?.contains(e)) as
      HTMLElement | undefined;
    if (!cell) return null;
    return {
      impact: Number(cell.dataset.impact) as Rating,
      effort: Number(cell.dataset.effort) as Rating,
    };
  };

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, item: MatrixItem) => {
    const rtl = getComputedStyle(event.currentTarget).direction === "rtl";
    const more = rtl ? "ArrowLeft" : "ArrowRight";
    const less = rtl ? "ArrowRight" : "ArrowLeft";
    let impact = item.impact;
    let effort = item.effort;
    if (event.key === "ArrowUp") impact = stepRating(impact, 1);
    else if (event.key === "ArrowDown") impact = stepRating(impact, -1);
    else if (event.key === more) effort = stepRating(effort, 1);
    else if (event.key === less) effort = stepRating(effort, -1);
    else if (event.key === "Enter") {
      event.preventDefault();
      onShow(item.element.id);
      return;
    } else return;
    event.preventDefault();
    if (impact !== item.impact || effort !== item.effort) {
      pendingFocus.current = item.element.id;
      onMove(item.element.id, impact, effort);
    }
  };

  const onPointerDown = (event: PointerEvent<HTMLButtonElement>, id: Id) => {
    if (event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    setDrag({ id, pointerId: event.pointerId, over: null });
  };
  const onPointerMove = (event: PointerEvent<HTMLButtonElement>) => {
    if (!drag || event.pointerId !== drag.pointerId) return;
    const over = cellUnder(event.clientX, event.clientY);
    if (over?.impact !== drag.over?.impact || over?.effort !== drag.over?.effort)
      setDrag({ ...drag, over });
  };
  const onPointerUp = (event: PointerEvent<HTMLButtonElement>) => {
    if (!drag || event.pointerId !== drag.pointerId) return;
    const over = cellUnder(event.clientX, event.clientY);
    setDrag(null);
    const item = items.find((i) => i.element.id === drag.id);
    if (over && item && (over.impact !== item.impact || over.effort !== item.effort)) {
      pendingFocus.current = drag.id;
      onMove(drag.id, over.impact, over.effort);
    }
  };
  /** The browser took the pointer away (a touch turned into a scroll, the dot was redrawn). */
  const onPointerCancel = () => setDrag(null);

  return (
    <div className="matrix">
      <div className="matrix__impact-axis" aria-hidden="true">
        <span>{t("priorities.more")}</span>
        <strong>{t("priorities.impact")}</strong>
        <span>{t("priorities.less")}</span>
      </div>
      <div className="matrix__names" aria-hidden="true">
        <span>{t("priorities.quadrant.quickWins")}</span>
        <span>{t("priorities.quadrant.bigBets")}</span>
      </div>
      <div
        ref={grid}
        className="matrix__grid"
        role="group"
        aria-labelledby={labelledBy}
        aria-describedby={describedBy}
      >
        {QUADRANTS.map((quadrant) => (
          <div
            key={quadrant}
            className={`matrix__quadrant matrix__quadrant--${quadrant}`}
            style={{ gridArea: QUADRANT_AREA[quadrant] }}
            aria-hidden="true"
          />
        ))}
        {IMPACT_ROWS.map((impact, row) =>
          EFFORT_COLUMNS.map((effort, column) => {
            const here = items.filter((i) => i.impact === impact && i.effort === effort);
            const target = drag?.over?.impact === impact && drag.over.effort === effort;
            return (
              <div
                key={`${impact}-${effort}`}
                className={target ? "matrix__cell matrix__cell--target" : "matrix__cell"}
                style={{ gridRow: row + 1, gridColumn: column + 1 }}
                data-impact={impact}
                data-effort={effort}
              >
                {here.map((item) => (
                  <Dot
                    key={item.element.id}
                    item={item}
                    dragging={drag?.id === item.element.id}
                    onKeyDown={(event) => onKeyDown(event, item)}
                    onPointerDown={(event) => onPointerDown(event, item.element.id)}
                    onPointerMove={onPointerMove}
                    onPointerUp={onPointerUp}
                    onPointerCancel={onPointerCancel}
                    onLostPointerCapture={onPointerCancel}
                  />
                ))}
              </div>
            );
          }),
        )}
      </div>
      <div className="matrix__names" aria-hidden="true">
        <span>{t("priorities.quadrant.fillIns")}</span>
        <span>{t("priorities.quadrant.moneyPits")}</span>
      </div>
      <div className="matrix__effort-axis" aria-hidden="true">
        <span>{t("priorities.less")}</span>
        <strong>{t("priorities.effort")}</strong>
        <span>{t("priorities.more")}</span>
      </div>
    </div>
  );
}

function Dot({
  item,
  dragging,
  ...handlers
}: {
  item: MatrixItem;
  dragging: boolean;
  onKeyDown: (event: KeyboardEvent<HTMLButtonElement>) => void;
  onPointerDown: (event: PointerEvent<HTMLButtonElement>) => void;
  onPointerMove: (event: PointerEvent<HTMLButtonElement>) => void;
  onPointerUp: (event: PointerEvent<HTMLButtonElement>) => void;
  onPointerCancel: () => void;
  onLostPointerCapture: () => void;
}) {
  const t = useT();
  const { element } = item;
  const Icon = KIND_ICON[element.kind];
  const title = element.title.trim() || t("card.untitled");
  const size = dotSize(element.votes);
  const name = t("priorities.item", {
    kind: t(`kind.${element.kind}`),
    title,
    impact: formatNumber(item.impact),
    effort: formatNumber(item.effort),
    quadrant: t(`priorities.quadrant.${quadrantOf(item.impact, item.effort)}`),
    votes: t("priorities.votes", { count: element.votes }),
  });
  return (
    <button
      type="button"
      className={`matrix__dot matrix__dot--${element.kind}${dragging ? " matrix__dot--dragging" : ""}`}
      data-dot={element.id}
      aria-label={name}
      title={title}
      {...handlers}
    >
      <span
        className={`matrix__mark palette__swatch palette__swatch--${element.kind}`}
        style={{ inlineSize: size, blockSize: size }}
        aria-hidden="true"
      >
        <Icon size={16} strokeWidth={2.4} />
        {element.votes ? (
          <span className="matrix__votes">{formatNumber(element.votes)}</span>
        ) : null}
      </span>
      <span className="matrix__title" dir="auto" aria-hidden="true">
        {title}
      </span>
    </button>
  );
}
