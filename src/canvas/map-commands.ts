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
  sessionStore,
  setFocus,
  showNotice,
  shownVotes,
  updateCard,
} from "../store";
import type { Command, KeyBinding } from "../ui/commands";
import { shortcutKey } from "../ui/shortcut-key";
import { voteRefusal } from "../ui/vote-refusal";
import { getCardClipboard, setCardClipboard } from "./clipboard";
import {
  firstCell,
  keyboardMoveTarget,
  moveFocus,
  visibleCardIds,
  type Direction,
} from "./navigation";

/** Keys follow what people see: the arrow pointing at the next stage goes to the next stage. */
const ARROWS: Record<"ltr" | "rtl", Record<string, Direction>> = {
  ltr: { ArrowUp: "up", ArrowDown: "down", ArrowLeft: "before", ArrowRight: "after" },
  rtl: { ArrowUp: "up", ArrowDown: "down", ArrowLeft: "after", ArrowRight: "before" },
};

const arrowKeys = (alt: boolean): KeyBinding[] =>
  ["ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown"].map((key) => ({ key, alt }));

/**
 * Whether a key went to the map itself (a cell, a card, an arrow, the map's frame) rather than to
 * a control drawn on it, such as a stage's menu button or the zoom buttons: Enter and Space press
 * those, and typing there must not start a card.
 */
function onMapItem(target: EventTarget | null, map: Element | null): boolean {
  if (target === map) return true;
  return (
    target instanceof Element && target.matches("[data-cell], [data-card-id], .react-flow__edge")
  );
}

/** The arrow (link) id when the key went to a focused arrow on the map. */
function focusedArrow(target: EventTarget | null): string | null {
  if (!(target instanceof Element) || !target.matches(".react-flow__edge")) return null;
  return target.getAttribute("data-id");
}

/** A printable character that starts or goes on with a card's title. */
const typesText = (event: KeyboardEvent) =>
  event.key.length === 1 &&
  !event.altKey &&
  !event.ctrlKey &&
  !event.metaKey &&
  event.key !== " " &&
  // "?" lists the shortcuts and "/" finds on the map, even with a card chosen.
  shortcutKey(event) !== "?" &&
  shortcutKey(event) !== "/";

export interface MapView {
  zoomIn: () => void;
  zoomOut: () => void;
  fit: () => void;
}

/**
 * The map's commands: arrows move focus between cells and cards (and select what they land on),
 * Alt+arrows move the card, Enter opens the inspector (or starts typing into a cell), typing on a
 * cell starts a card and on a card goes on with its title, V / Shift+V vote on the selected cards,
 * Delete removes, Escape clears, Ctrl+A/C/X/V/D, and + - 0 zoom.
 */
export function mapCommands(
  journey: Journey,
  layout: JourneyLayout,
  view: MapView,
  map: () => Element | null,
): Command[] {
  const journeyId = journey.id;
  const state = () => editorStore.getState();
  const focus = () => {
    const first = firstCell(journey);
    return state().focus ?? (first ? { kind: "cell" as const, cell: first } : null);
  };
  const selected = () => state().selectedCards;
  const hasSelection = () => selected().length > 0;
  const onItem = (event: KeyboardEvent) => onMapItem(event.target, map());
  const chosenCell = () => {
    const f = focus();
    return state().selectedCell ?? (f?.kind === "cell" ? f.cell : null);
  };
  const directionOf = (event?: KeyboardEvent) =>
    event ? ARROWS[layout.direction][event.key] : undefined;
  const lead = () => {
    const ids = selected();
    const f = focus();
    return ids.length === 1 ? ids[0] : f?.kind === "card" ? f.id : undefined;
  };

  const vote = (delta: 1 | -1) => {
    const ids = selected();
    for (const id of ids) {
      const outcome = castVote(journeyId, id, delta);
      const refused = voteRefusal(outcome);
      if (refused) {
        showNotice({ key: "voting", message: t(refused) });
        return;
      }
      if (outcome !== "none" && ids.length === 1) {
        const now = getJourney(journeyId);
        const session = sessionStore.getState();
        const shown = now
          ? shownVotes(now, id, session.presence?.name ?? null)
          : { count: 0, own: false };
        const title = journey.elements[id]?.title.trim() || t("card.untitled");
        showNotice({
          key: "voting",
          message: t(shown.own ? "voting.yourDotsOn" : "voting.voted", {
            count: shown.count,
            title,
          }),
          timeoutMs: 2500,
        });
      }
    }
  };

  const copy = (cut: boolean) => {
    const ids = selected();
    setCardClipboard(copyElements(journey, ids));
    if (cut) removeSelectionAndStay(journeyId, ids, []);
    showNotice({ message: t(cut ? "clipboard.cut" : "clipboard.copied", { count: ids.length }) });
  };

  return [
    {
      id: "map.focus",
      label: "command.moveFocus",
      description: "shortcuts.arrows",
      keys: arrowKeys(false),
      scope: "map",
      inPalette: false,
      run: (event) => {
        const direction = directionOf(event);
        const next = direction ? moveFocus(journey, focus(), direction) : null;
        if (!next) return;
        if (next.kind === "card") selectCards([next.id]);
        else selectCell(next.cell);
      },
    },
    {
      id: "card.move",
      label: "command.moveCard",
      description: "shortcuts.move",
      keys: arrowKeys(true),
      scope: "map",
      inPalette: false,
      when: () => lead() !== undefined,
      run: (event) => {
        const direction = directionOf(event);
        const leader = lead();
        if (!direction || !leader) return;
        const ids = selected();
        const target = keyboardMoveTarget(journey, leader, direction);
        if (!target) return;
        moveCards(journeyId, ids.length ? ids : [leader], target);
        setFocus({ kind: "card", id: leader });
      },
    },
    {
      id: "card.open",
      label: "command.open",
      description: "shortcuts.enter",
      keys: [{ key: "Enter" }],
      scope: "map",
      inPalette: false,
      takesKey: onItem,
      run: (event) => {
        const arrow = focusedArrow(event?.target ?? null);
        const f = focus();
        if (arrow) selectLinks([arrow]);
        else if (f?.kind === "card") {
          selectCards([f.id]);
          requestInspectorFocus();
        } else if (f?.kind === "cell") openComposer(f.cell);
      },
    },
    {
      id: "card.type",
      label: "command.type",
      description: "shortcuts.type",
      keysLabel: "shortcuts.keys.type",
      scope: "map",
      inPalette: false,
      takesKey: (event) => typesText(event) && onItem(event),
      when: () => {
        const f = focus();
        return (f?.kind === "card" && Boolean(journey.elements[f.id])) || chosenCell() !== null;
      },
      run: (event) => {
        if (!event) return;
        const f = focus();
        if (f?.kind === "card" && journey.elements[f.id]) {
          // Type-to-edit: as Enter, but the caret at the end and the character typed.
          const title = journey.elements[f.id]!.title;
          updateCard(journeyId, f.id, { title: title + event.key }, "title");
          selectCards([f.id]);
          requestInspectorFocus("end");
          return;
        }
        const cell = chosenCell();
        if (!cell) return;
        // Keys typed before the composer box takes focus still belong to the same card.
        const composer = state().composer;
        const same =
          composer &&
          composer.cell.stageId === cell.stageId &&
          composer.cell.laneId === cell.laneId;
        openComposer(cell, (same ? composer.text : "") + event.key);
      },
    },
    {
      id: "selection.all",
      label: "command.selectAll",
      description: "shortcuts.selectAll",
      keys: [{ key: "a", mod: true }],
      scope: "map",
      run: () => selectCards(visibleCardIds(journey)),
    },
    {
      id: "selection.delete",
      label: "command.delete",
      description: "shortcuts.delete",
      keys: [{ key: "Delete" }, { key: "Backspace" }],
      scope: "map",
      takesKey: onItem,
      when: (event) =>
        hasSelection() ||
        state().selectedLinks.length > 0 ||
        focusedArrow(event?.target ?? null) !== null,
      run: (event) => {
        // An arrow reached with Tab goes, rather than whatever cards were selected before.
        const arrow = focusedArrow(event?.target ?? null);
        if (arrow) removeSelectionAndStay(journeyId, [], [arrow]);
        else removeSelectionAndStay(journeyId, selected(), state().selectedLinks);
      },
    },
    {
      id: "selection.clear",
      label: "command.clearSelection",
      description: "shortcuts.escape",
      keys: [{ key: "Escape" }],
      scope: "map",
      when: () =>
        hasSelection() || state().selectedLinks.length > 0 || state().selectedCell !== null,
      run: () => clearSelection(),
    },
    {
      id: "clipboard.copy",
      label: "command.copy",
      keys: [{ key: "c", mod: true }],
      scope: "map",
      when: hasSelection,
      run: () => copy(false),
    },
    {
      id: "clipboard.cut",
      label: "command.cut",
      keys: [{ key: "x", mod: true }],
      scope: "map",
      when: hasSelection,
      run: () => copy(true),
    },
    {
      id: "clipboard.paste",
      label: "command.paste",
      keys: [{ key: "v", mod: true }],
      scope: "map",
      when: () => getCardClipboard() !== null && (chosenCell() ?? firstCell(journey)) !== null,
      run: () => {
        const clipboard = getCardClipboard();
        const cell = chosenCell();
        const fallback = cell ?? firstCell(journey);
        if (!clipboard || !fallback) return;
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
      },
    },
    {
      id: "selection.duplicate",
      label: "command.duplicate",
      description: "shortcuts.duplicate",
      keys: [{ key: "d", mod: true }],
      scope: "map",
      when: hasSelection,
      run: () => {
        const created = duplicateCards(journeyId, selected());
        if (created.length) selectCards(created);
      },
    },
    {
      id: "vote.add",
      label: "command.vote",
      keys: [{ key: "v" }],
      scope: "map",
      takesKey: onItem,
      when: hasSelection,
      run: () => vote(1),
    },
    {
      id: "vote.remove",
      label: "command.unvote",
      keys: [{ key: "v", shift: true }],
      scope: "map",
      takesKey: onItem,
      when: hasSelection,
      run: () => vote(-1),
    },
    {
      id: "zoom.in",
      label: "canvas.zoomIn",
      keys: [{ key: "+" }, { key: "=" }],
      scope: "map",
      run: view.zoomIn,
    },
    {
      id: "zoom.out",
      label: "canvas.zoomOut",
      keys: [{ key: "-" }, { key: "_" }],
      scope: "map",
      run: view.zoomOut,
    },
    {
      id: "zoom.fit",
      label: "canvas.fit",
      keys: [{ key: "0" }],
      scope: "map",
      run: view.fit,
    },
  ];
}
