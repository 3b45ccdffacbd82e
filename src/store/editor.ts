import { createStore } from "zustand/vanilla";
import type { Id } from "../domain";
import { sessionStore, updateSession } from "./session";

/**
 * Ephemeral editor state (never saved): what is selected on the open journey, where keyboard
 * focus sits on the map, and the in-cell composer for typing new cards.
 */
export interface CellRef {
  stageId: Id;
  laneId: Id;
}

export type FocusTarget = { kind: "cell"; cell: CellRef } | { kind: "card"; id: Id } | null;

export interface EditorState {
  journeyId: Id | null;
  selectedCards: readonly Id[];
  selectedLinks: readonly Id[];
  /** The selected cell: where palette items, type-to-add and paste put new cards. */
  selectedCell: CellRef | null;
  /** The map item holding the roving tab stop. */
  focus: FocusTarget;
  /** Typing a new card into a cell: the cell and the text so far. */
  composer: { cell: CellRef; text: string } | null;
  /** Set when the inspector should take focus (Enter on a card). */
  inspectorFocusRequest: number;
  /**
   * Where the title's caret goes when it takes focus: the whole title selected (Enter, a new
   * card), or at its end (typing on a card goes on with its title).
   */
  inspectorFocusCaret: "select" | "end";
  /** Set when the map should take the keyboard back to its focus, from wherever it is. */
  mapFocusRequest: number;
  /**
   * The map, when it next opens, opens on the focused card rather than where it was left (the
   * table's "Show on the map").
   */
  openAtFocus: boolean;
  /** The action the plan, when it next opens, opens on (a card's "Open in the plan"). */
  openAction: Id | null;
}

// One empty selection, so clearing an empty one changes nothing the map redraws for.
const EMPTY: readonly Id[] = [];

const initial = (): EditorState => ({
  journeyId: null,
  selectedCards: EMPTY,
  selectedLinks: EMPTY,
  selectedCell: null,
  focus: null,
  composer: null,
  inspectorFocusRequest: 0,
  inspectorFocusCaret: "select",
  mapFocusRequest: 0,
  openAtFocus: false,
  openAction: null,
});

export const editorStore = createStore<EditorState>()(() => initial());

/** A different journey opened: nothing carries over. */
export function openEditor(journeyId: Id): void {
  const state = editorStore.getState();
  // The focus request counter only counts up, so a map never mistakes a reset for a request.
  if (state.journeyId !== journeyId)
    editorStore.setState({ ...initial(), journeyId, mapFocusRequest: state.mapFocusRequest });
}

export function selectCards(ids: readonly Id[], options: { additive?: boolean } = {}): void {
  const state = editorStore.getState();
  const next = options.additive ? [...new Set([...state.selectedCards, ...ids])] : [...ids];
  const first = next[next.length - 1];
  editorStore.setState({
    selectedCards: next.length ? next : EMPTY,
    selectedLinks: options.additive ? state.selectedLinks : EMPTY,
    selectedCell: next.length ? null : state.selectedCell,
    focus: first ? { kind: "card", id: first } : state.focus,
  });
}

export function selectLinks(ids: readonly Id[], options: { additive?: boolean } = {}): void {
  const state = editorStore.getState();
  editorStore.setState({
    selectedLinks: options.additive ? [...new Set([...state.selectedLinks, ...ids])] : [...ids],
    selectedCards: options.additive ? state.selectedCards : EMPTY,
    selectedCell: null,
  });
}

export function selectCell(cell: CellRef | null): void {
  editorStore.setState({
    selectedCell: cell,
    selectedCards: EMPTY,
    selectedLinks: EMPTY,
    focus: cell ? { kind: "cell", cell } : editorStore.getState().focus,
  });
}

export function clearSelection(): void {
  editorStore.setState({
    selectedCards: EMPTY,
    selectedLinks: EMPTY,
    selectedCell: null,
    composer: null,
  });
}

export function setFocus(focus: FocusTarget): void {
  editorStore.setState({ focus });
}

export function openComposer(cell: CellRef, text = ""): void {
  editorStore.setState({
    composer: { cell, text },
    selectedCell: cell,
    selectedCards: EMPTY,
    focus: { kind: "cell", cell },
  });
}

export function updateComposer(text: string): void {
  const composer = editorStore.getState().composer;
  if (composer) editorStore.setState({ composer: { ...composer, text } });
}

export function closeComposer(): void {
  editorStore.setState({ composer: null });
}

/** Enter on a card, or a new card: the inspector opens (if it was put away) and takes focus. */
export function requestInspectorFocus(caret: "select" | "end" = "select"): void {
  if (!sessionStore.getState().inspectorOpen) updateSession({ inspectorOpen: true });
  editorStore.setState((s) => ({
    inspectorFocusRequest: s.inspectorFocusRequest + 1,
    inspectorFocusCaret: caret,
  }));
}

/**
 * The control that had the keyboard is going away (a Delete button in the inspector, a cut card):
 * the map takes it back, so arrows and shortcuts go on working.
 */
export function requestMapFocus(): void {
  editorStore.setState((s) => ({ mapFocusRequest: s.mapFocusRequest + 1 }));
}

/** Chooses a card for the map about to open, which opens on it and gives it the keyboard. */
export function showCardOnMap(id: Id): void {
  selectCards([id]);
  editorStore.setState({ openAtFocus: true });
}

/** The map opening: whether it should open on the focused card (asked once, then forgotten). */
export function takeOpenAtFocus(): FocusTarget {
  const { openAtFocus, focus } = editorStore.getState();
  if (!openAtFocus) return null;
  editorStore.setState({ openAtFocus: false });
  return focus;
}

/** Chooses an action for the plan about to open, which opens on it. */
export function showActionOnPlan(id: Id): void {
  editorStore.setState({ openAction: id });
}

/** The plan opening: the action to open on, if one was asked for (asked once, then forgotten). */
export function takeActionToOpen(): Id | null {
  const { openAction } = editorStore.getState();
  if (openAction) editorStore.setState({ openAction: null });
  return openAction;
}

/** Drops selected ids that no longer exist (after undo, delete, or another tab's change). */
export function pruneSelection(exists: (id: Id) => boolean, linkExists: (id: Id) => boolean): void {
  const state = editorStore.getState();
  const cards = state.selectedCards.filter(exists);
  const links = state.selectedLinks.filter(linkExists);
  if (cards.length !== state.selectedCards.length || links.length !== state.selectedLinks.length) {
    const focus = state.focus?.kind === "card" && !exists(state.focus.id) ? null : state.focus;
    editorStore.setState({ selectedCards: cards, selectedLinks: links, focus });
  }
}
