import { useCallback, useSyncExternalStore } from "react";
import { useStore } from "zustand";
import { createStore } from "zustand/vanilla";
import {
  EMPTY_FILTER,
  isFilterEmpty,
  matchingCards,
  type CardFilter,
  type Id,
  type Journey,
} from "../domain";
import { documentStore } from "./document";
import { editorStore, selectCards, setFocus } from "./editor";

/**
 * The map's filter (ephemeral, for the open journey): which cards a person is looking for. Cards
 * that do not match are dimmed, never hidden, so the map keeps its shape; the presentation of
 * the same journey dims the same cards. Choosing an insight (a heatmap cell) sets it to exactly
 * that insight's cards.
 */
export interface FilterState {
  journeyId: Id | null;
  /** Whether the find and filter bar shows (it stays while a filter is set). */
  open: boolean;
  filter: CardFilter;
  /** The match last stepped to (its place among the matches shows as "3 of 12"). */
  current: Id | null;
  /** Counts up each time the map should bring `current` into view. */
  revealRequest: number;
  /** Counts up when the search box should take the keyboard (`/`). */
  searchFocusRequest: number;
}

export const filterStore = createStore<FilterState>()(() => ({
  journeyId: null,
  open: false,
  filter: EMPTY_FILTER,
  current: null,
  revealRequest: 0,
  searchFocusRequest: 0,
}));

/** The filter of this journey, or the empty one when it belongs to another. */
export function filterOf(state: FilterState, journeyId: Id | null | undefined): CardFilter {
  return state.journeyId === journeyId ? state.filter : EMPTY_FILTER;
}

export function setFilter(journeyId: Id, change: Partial<CardFilter>): void {
  const state = filterStore.getState();
  const base = filterOf(state, journeyId);
  // A changed filter finds other cards: stepping starts again from the chosen card.
  filterStore.setState({ journeyId, open: true, filter: { ...base, ...change }, current: null });
}

/** Empties the filter and keeps the bar open (the search box keeps the keyboard). */
export function clearFilter(): void {
  filterStore.setState({ filter: EMPTY_FILTER, current: null });
}

/** Opens the bar on a journey (`/`) with the keyboard in its search box. */
export function openFilterBar(journeyId: Id): void {
  filterStore.setState((s) => ({
    ...(s.journeyId === journeyId ? {} : { filter: EMPTY_FILTER, current: null }),
    journeyId,
    open: true,
    searchFocusRequest: s.searchFocusRequest + 1,
  }));
}

/** Closes the bar: nothing is dimmed any more. */
export function closeFilterBar(): void {
  filterStore.setState({ open: false, filter: EMPTY_FILTER, current: null });
}

interface Matches {
  ids: readonly Id[];
  set: ReadonlySet<Id>;
}

const NO_MATCHES: Matches = { ids: [], set: new Set() };
/** Worked out once per state of a journey and filter, however many cards ask. */
const cache = new WeakMap<Journey, { filter: CardFilter; matches: Matches }>();

/** The matching cards in reading order, or null when the filter is empty (nothing is dimmed). */
export function filterMatches(journey: Journey | undefined, filter: CardFilter): Matches | null {
  if (isFilterEmpty(filter)) return null;
  if (!journey) return NO_MATCHES;
  const cached = cache.get(journey);
  if (cached?.filter === filter) return cached.matches;
  const ids = matchingCards(journey, filter);
  const matches = { ids, set: new Set(ids) };
  cache.set(journey, { filter, matches });
  return matches;
}

function dimmedNow(cardId: Id): boolean {
  const { journeyId, filter } = filterStore.getState();
  if (!journeyId) return false;
  const journey = documentStore.getState().journeys[journeyId];
  if (!journey?.elements[cardId]) return false;
  const matches = filterMatches(journey, filter);
  return matches !== null && !matches.set.has(cardId);
}

const subscribeBoth = (listener: () => void) => {
  const fromFilter = filterStore.subscribe(listener);
  const fromDocument = documentStore.subscribe(listener);
  return () => {
    fromFilter();
    fromDocument();
  };
};

/**
 * Whether a card is dimmed (on the map and in the presentation): a filter is set on its journey
 * and the card is not among its matches. Only a card whose answer changes re-renders, however
 * many keystrokes change the filter.
 */
export function useCardDimmed(cardId: Id): boolean {
  const dimmed = useCallback(() => dimmedNow(cardId), [cardId]);
  return useSyncExternalStore(subscribeBoth, dimmed, dimmed);
}

/** The filter of a journey and its matches, for the filter bar. */
export function useJourneyFilter(journeyId: Id): {
  filter: CardFilter;
  matches: Matches | null;
  current: Id | null;
} {
  const filter = useStore(filterStore, (s) => filterOf(s, journeyId));
  const current = useStore(filterStore, (s) => (s.journeyId === journeyId ? s.current : null));
  const matches = useStore(documentStore, (s) => filterMatches(s.journeys[journeyId], filter));
  return { filter, matches, current };
}

/**
 * Steps to the next (or previous) match after the current one, round the end: selects it and
 * brings it into view. Returns the card stepped to, or null when nothing matches.
 */
export function stepToMatch(journeyId: Id, direction: 1 | -1): Id | null {
  const state = filterStore.getState();
  const journey = documentStore.getState().journeys[journeyId];
  const matches = filterMatches(journey, filterOf(state, journeyId));
  if (!matches || !matches.ids.length) return null;
  // From the chosen card when it is a match (a click elsewhere moves the place), else from the
  // last match stepped to.
  const chosen = editorStore.getState().selectedCards[0];
  const anchor = chosen && matches.set.has(chosen) ? chosen : state.current;
  const from = anchor ? matches.ids.indexOf(anchor) : -1;
  const at =
    from === -1
      ? direction === 1
        ? 0
        : matches.ids.length - 1
      : (from + direction + matches.ids.length) % matches.ids.length;
  const id = matches.ids[at]!;
  selectCards([id]);
  setFocus({ kind: "card", id });
  filterStore.setState((s) => ({ current: id, revealRequest: s.revealRequest + 1 }));
  return id;
}
