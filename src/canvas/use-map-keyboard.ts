import { useCallback, type KeyboardEvent } from "react";
import { copyElements, type Journey, type JourneyLayout } from "../domain";
import { t } from "../i18n";
import {
  castVote,
  clearSelection,
  duplicateCards,
  editorStore,
  getJourney,
  moveCards,
  openComposer,
  pasteCards,
  removeSelectionAndStay,
  requestInspectorFocus,
  selectCards,
  selectCell,
  selectLinks,
  setFocus,
  showNotice,
  updateCard,
} from "../store";
import { getCardClipboard, setCardClipboard } from "./clipboard";
import {
  firstCell,
  keyboardMoveTarget,
  moveFocus,
  visibleCardIds,
  type Direction,
} from "./navigation";
import { shortcutKey } from "../ui/shortcut-key";
import { isTextInput } from "./text-input";
import { useViewSteps } from "./use-view-steps";

/** Keys follow what people see: the arrow pointing at the next stage goes to the next stage. */
const ARROWS: Record<"ltr" | "rtl", Record<string, Direction>> = {
  ltr: { ArrowUp: "up", ArrowDown: "down", ArrowLeft: "before", ArrowRight: "after" },
  rtl: { ArrowUp: "up", ArrowDown: "down", ArrowLeft: "after", ArrowRight: "before" },
};

/** Zoom keys work wherever focus is on the map, a header's button included. */
const ZOOM_KEYS = new Set(["+", "=", "-", "_", "0"]);

/**
 * Whether a key went to the map itself (a cell, a card, an arrow, the map's frame) rather than to
 * a control drawn on it, such as a stage's menu button or the zoom buttons: Enter and Space press
 * those, and typing there must not start a card.
 */
function onMapItem(target: EventTarget, map: EventTarget): boolean {
  if (target === map) return true;
  return (
    target instanceof Element && target.matches("[data-cell], [data-card-id], .react-flow__edge")
  );
}

/** The arrow (link) id when the key went to a focused arrow on the map. */
function focusedArrow(target: EventTarget): string | null {
  if (!(target instanceof Element) || !target.matches(".react-flow__edge")) return null;
  return target.getAttribute("data-id");
}

/**
 * The map's keyboard: arrows move focus between cells and cards (and select what they land on),
 * Alt+arrows move the card, Enter opens the inspector (or starts typing into a cell), typing a
 * letter on a cell starts a card with it, V / Shift+V vote on the selected cards, Delete removes,
 * Escape clears, Ctrl+A/C/X/V/D.
 */
export function useMapKeyboard(journey: Journey, layout: JourneyLayout) {
  const view = useViewSteps(layout);
  const journeyId = journey.id;

  return useCallback(
    (event: KeyboardEvent) => {
      if (isTextInput(event.target) || event.defaultPrevented) return;
      const state = editorStore.getState();
      const mod = event.ctrlKey || event.metaKey;
      const focus =
        state.focus ??
        (firstCell(journey) ? { kind: "cell" as const, cell: firstCell(journey)! } : null);
      const direction = ARROWS[layout.direction][event.key];

      if (direction && event.altKey) {
        const ids = state.selectedCards.length
          ? state.selectedCards
          : focus?.kind === "card"
            ? [focus.id]
            : [];
        const lead = ids.length === 1 ? ids[0] : focus?.kind === "card" ? focus.id : undefined;
        if (!lead) return;
        event.preventDefault();
        const target = keyboardMoveTarget(journey, lead, direction);
        if (target) {
          moveCards(journeyId, ids.length ? ids : [lead], target);
          setFocus({ kind: "card", id: lead });
        }
        return;
      }
      if (direction && !mod) {
        event.preventDefault();
        const next = moveFocus(journey, focus, direction);
        if (!next) return;
        if (next.kind === "card") selectCards([next.id]);
        else selectCell(next.cell);
        return;
      }
      if (mod && !event.altKey) {
        const key = shortcutKey(event);
        if (key === "a") {
          event.preventDefault();
          selectCards(visibleCardIds(journey));
          return;
        }
        if ((key === "c" || key === "x") && state.selectedCards.length) {
          event.preventDefault();
          setCardClipboard(copyElements(journey, state.selectedCards));
          if (key === "x") removeSelectionAndStay(journeyId, state.selectedCards, []);
          showNotice({
            message: t(key === "x" ? "clipboard.cut" : "clipboard.copied", {
              count: state.selectedCards.length,
            }),
          });
          return;
        }
        if (key === "v") {
          const clipboard = getCardClipboard();
          if (!clipboard) return;
          event.preventDefault();
          const cell = state.selectedCell ?? (focus?.kind === "cell" ? focus.cell : null);
          const fallback = cell ?? firstCell(journey);
          if (!fallback) return;
          // Pasting onto a chosen cell puts every card there; otherwise cards keep their places.
          const placed = cell
            ? {
                ...clipboard,
                elements: clipboard.elements.map((e) => ({
                  ...e,
                  stageId: cell.stageId,
                  laneId: cell.laneId,
                })),
              }
            : clipboard;
          const created = pasteCards(journeyId, placed, fallback);
          if (created.length) selectCards(created);
          return;
        }
        if (key === "d" && state.selectedCards.length) {
          event.preventDefault();
          const created = duplicateCards(journeyId, state.selectedCards);
          if (created.length) selectCards(created);
          return;
        }
        return;
      }
      const shortcut = shortcutKey(event);
      if (!onMapItem(event.target, event.currentTarget)) {
        if (event.key !== "Escape" && !ZOOM_KEYS.has(shortcut)) return;
      }
      // Dot voting: V adds a vote to the selected cards, Shift+V takes one back.
      if (shortcut === "v" && !event.altKey && state.selectedCards.length) {
        event.preventDefault();
        const delta = event.shiftKey ? -1 : 1;
        for (const id of state.selectedCards) {
          const outcome = castVote(journeyId, id, delta);
          if (outcome === "noDotsLeft" || outcome === "notTheirs") {
            showNotice({ key: "voting", message: t(`voting.${outcome}`) });
            return;
          }
          if (outcome !== "none" && state.selectedCards.length === 1) {
            const votes = getJourney(journeyId)?.elements[id]?.votes ?? 0;
            const title = journey.elements[id]?.title.trim() || t("card.untitled");
            showNotice({
              key: "voting",
              message: t("voting.voted", { count: votes, title }),
              timeoutMs: 2500,
            });
          }
        }
        return;
      }
      // An arrow reached with Tab: Enter selects it (the inspector shows it), Delete removes it,
      // rather than acting on whatever cards were selected before.
      const arrow = focusedArrow(event.target);
      if (arrow && (event.key === "Enter" || event.key === "Delete" || event.key === "Backspace")) {
        event.preventDefault();
        if (event.key === "Enter") selectLinks([arrow]);
        else removeSelectionAndStay(journeyId, [], [arrow]);
        return;
      }
      switch (event.key.length === 1 ? shortcut : event.key) {
        case "Enter": {
          event.preventDefault();
          if (focus?.kind === "card") {
            selectCards([focus.id]);
            requestInspectorFocus();
          } else if (focus?.kind === "cell") openComposer(focus.cell);
          return;
        }
        case "Delete":
        case "Backspace": {
          if (!state.selectedCards.length && !state.selectedLinks.length) return;
          event.preventDefault();
          removeSelectionAndStay(journeyId, state.selectedCards, state.selectedLinks);
          return;
        }
        case "Escape":
          if (state.selectedCards.length || state.selectedLinks.length || state.selectedCell) {
            event.preventDefault();
            clearSelection();
          }
          return;
        case "+":
        case "=":
          event.preventDefault();
          view.zoomIn();
          return;
        case "-":
        case "_":
          event.preventDefault();
          view.zoomOut();
          return;
        case "0":
          event.preventDefault();
          view.fit();
          return;
      }
      // Type-to-edit: a printable character on a card goes on with its title, in the inspector
      // (as Enter there, but the caret at the end and the character typed).
      if (
        event.key.length === 1 &&
        !event.altKey &&
        event.key !== " " &&
        shortcut !== "?" &&
        focus?.kind === "card" &&
        journey.elements[focus.id]
      ) {
        event.preventDefault();
        const title = journey.elements[focus.id]!.title;
        updateCard(journeyId, focus.id, { title: title + event.key }, "title");
        selectCards([focus.id]);
        requestInspectorFocus("end");
        return;
      }
      // Type-to-add: a printable character on a cell starts a new card with it.
      if (event.key.length === 1 && !event.altKey && event.key !== " " && shortcut !== "?") {
        const cell = state.selectedCell ?? (focus?.kind === "cell" ? focus.cell : null);
        if (cell) {
          event.preventDefault();
          // Keys typed before the composer box takes focus still belong to the same card.
          const composer = state.composer;
          const same =
            composer &&
            composer.cell.stageId === cell.stageId &&
            composer.cell.laneId === cell.laneId;
          openComposer(cell, (same ? composer.text : "") + event.key);
        }
      }
    },
    [journey, journeyId, view, layout.direction],
  );
}
