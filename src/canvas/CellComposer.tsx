import { useEffect, useRef } from "react";
import { LANE_NATURAL_KIND, LAYOUT, type Id } from "../domain";
import { LIMITS } from "../format";
import { useT } from "../i18n";
import {
  addCard,
  closeComposer,
  editorStore,
  getJourney,
  openComposer,
  setFocus,
  updateComposer,
  useEditor,
} from "../store";
import { KIND_ICON } from "../ui/kinds";
import { nextCardCell } from "./navigation";

/**
 * Capture at the speed of talk: type into a cell, Enter adds the card and clears the box for the
 * next, Tab moves to the next cell, Escape drops the unfinished card and stops. The box sits where the next card will appear.
 */
export function CellComposer({
  stageId,
  laneId,
  columns,
  count,
}: {
  stageId: Id;
  laneId: Id;
  columns: number;
  count: number;
}) {
  const t = useT();
  const text = useEditor((s) => s.composer?.text ?? "");
  const journeyId = useEditor((s) => s.journeyId);
  const ref = useRef<HTMLTextAreaElement>(null);
  const journey = journeyId ? getJourney(journeyId) : undefined;
  const lane = journey?.lanes.find((l) => l.id === laneId);
  const kind = LANE_NATURAL_KIND[lane?.kind ?? "custom"];
  const Icon = KIND_ICON[kind];

  useEffect(() => {
    const input = ref.current;
    if (!input) return;
    input.focus({ preventScroll: true });
    input.setSelectionRange(input.value.length, input.value.length);
  }, [stageId, laneId]);

  const col = count % columns;
  const row = Math.floor(count / columns);
  const style = {
    // From where the cell reads from: its right edge on a right-to-left map.
    insetInlineStart: LAYOUT.cellPadding + col * (LAYOUT.cardWidth + LAYOUT.cardGap),
    top: LAYOUT.cellPadding + row * (LAYOUT.cardHeight + LAYOUT.cardGap),
    width: LAYOUT.cardWidth,
    height: LAYOUT.cardHeight,
  };

  const commit = () => {
    const value = (editorStore.getState().composer?.text ?? "").trim();
    if (!journeyId || !value) return false;
    addCard(journeyId, kind, { stageId, laneId }, value);
    updateComposer("");
    return true;
  };

  /** Closes the box and gives focus back to its cell (the box is about to leave the page). */
  const stop = () => {
    ref.current?.closest<HTMLElement>(".cell")?.focus({ preventScroll: true });
    closeComposer();
    setFocus({ kind: "cell", cell: { stageId, laneId } });
  };

  const moveTo = (direction: 1 | -1) => {
    const current = journeyId ? getJourney(journeyId) : undefined;
    if (!current) return;
    commit();
    const next = nextCardCell(current, { stageId, laneId }, direction);
    if (next) openComposer(next);
  };

  return (
    <div className={`composer card card--${kind}`} style={style}>
      <label className="composer__label">
        <Icon size={14} strokeWidth={2.4} aria-hidden="true" />
        <span>{t(`composer.new.${kind}`)}</span>
      </label>
      <textarea
        ref={ref}
        className="composer__input nodrag nopan nowheel"
        aria-label={t("composer.input", {
          newCard: t(`composer.new.${kind}`),
          stage: journey?.stages.find((s) => s.id === stageId)?.name ?? "",
          lane: lane?.name ?? "",
        })}
        aria-describedby="composer-help"
        value={text}
        dir="auto"
        rows={3}
        maxLength={LIMITS.longText}
        onChange={(event) => updateComposer(event.target.value)}
        onKeyDown={(event) => {
          event.stopPropagation();
          if (event.key === "Enter" && !event.shiftKey) {
            event.preventDefault();
            if (!commit()) stop();
          } else if (event.key === "Escape") {
            // Escape cancels, as in every dialog: what was typed goes, the cards added stay.
            event.preventDefault();
            updateComposer("");
            stop();
          } else if (event.key === "Tab") {
            event.preventDefault();
            moveTo(event.shiftKey ? -1 : 1);
          }
        }}
        onBlur={() => {
          // Leaving the box keeps what was typed: it becomes a card rather than vanishing.
          if (
            editorStore.getState().composer?.cell.stageId === stageId &&
            editorStore.getState().composer?.cell.laneId === laneId
          ) {
            setTimeout(() => {
              const composer = editorStore.getState().composer;
              if (
                composer?.cell.stageId === stageId &&
                composer.cell.laneId === laneId &&
                document.activeElement !== ref.current
              ) {
                commit();
                closeComposer();
              }
            }, 0);
          }
        }}
      />
      <span id="composer-help" className="visually-hidden">
        {t("composer.help")}
      </span>
    </div>
  );
}
