import { applyPatches, enablePatches, produceWithPatches, type Draft } from "immer";
import { createStore } from "zustand/vanilla";
import { emptyWorkspace, type Id, type Journey, type Workspace } from "../domain";
import { emptyHistory, recordEntry, type JourneyHistory } from "./history";

enablePatches();

export interface DocumentState {
  workspace: Workspace;
  /** Undo and redo per journey; kept in memory only. */
  history: Readonly<Record<Id, JourneyHistory>>;
}

export const documentStore = createStore<DocumentState>()(() => ({
  workspace: emptyWorkspace(),
  history: {},
}));

let clock: () => number = () => Date.now();
/** Tests pin the clock to make coalescing and timestamps deterministic. */
export function setClock(now: () => number): void {
  clock = now;
}
export const now = (): number => clock();

export function getWorkspace(): Workspace {
  return documentStore.getState().workspace;
}

/** Replaces the whole document (first load, tests); forgets every history. */
export function replaceWorkspace(workspace: Workspace): void {
  documentStore.setState({ workspace, history: {} });
}

export interface ChangeOptions {
  /** Edits with the same key in quick succession (typing in one field) are one undo step. */
  coalesce?: string;
}

/**
 * The one way a journey changes: the recipe runs under Immer, its patches become one undo
 * entry, untouched cards keep their identity, and the journey is stamped as edited.
 * Returns false when the recipe changed nothing.
 */
export function changeJourney(
  journeyId: Id,
  recipe: (draft: Draft<Journey>) => void,
  options: ChangeOptions = {},
): boolean {
  const state = documentStore.getState();
  const journey = state.workspace.journeys[journeyId];
  if (!journey) return false;
  const [next, patches, inverse] = produceWithPatches(journey, recipe);
  if (patches.length === 0) return false;
  const at = now();
  const history = recordEntry(state.history[journeyId] ?? emptyHistory(), {
    patches,
    inverse,
    coalesceKey: options.coalesce ?? null,
    at,
  });
  setJourney(next, at, { ...state.history, [journeyId]: history });
  return true;
}

function setJourney(journey: Journey, at: number, history: DocumentState["history"]): void {
  const state = documentStore.getState();
  documentStore.setState({
    workspace: {
      ...state.workspace,
      journeys: { ...state.workspace.journeys, [journey.id]: { ...journey, updatedAt: at } },
    },
    history,
  });
}

export function canUndo(state: DocumentState, journeyId: Id): boolean {
  return (state.history[journeyId]?.undo.length ?? 0) > 0;
}

export function canRedo(state: DocumentState, journeyId: Id): boolean {
  return (state.history[journeyId]?.redo.length ?? 0) > 0;
}

function step(journeyId: Id, direction: "undo" | "redo"): boolean {
  const state = documentStore.getState();
  const journey = state.workspace.journeys[journeyId];
  const history = state.history[journeyId];
  const entry = history?.[direction][history[direction].length - 1];
  if (!journey || !history || !entry) return false;
  let next: Journey;
  try {
    next = applyPatches(journey, direction === "undo" ? entry.inverse : entry.patches);
  } catch {
    // Another tab changed what this step touched; the step no longer applies, so the history
    // of this journey is dropped rather than applied to the wrong thing.
    documentStore.setState({ history: { ...state.history, [journeyId]: emptyHistory() } });
    return false;
  }
  const moved = { ...entry, coalesceKey: null };
  const updated: JourneyHistory =
    direction === "undo"
      ? { undo: history.undo.slice(0, -1), redo: [...history.redo, moved] }
      : { undo: [...history.undo, moved], redo: history.redo.slice(0, -1) };
  setJourney(next, now(), { ...state.history, [journeyId]: updated });
  return true;
}

export const undo = (journeyId: Id): boolean => step(journeyId, "undo");
export const redo = (journeyId: Id): boolean => step(journeyId, "redo");

/**
 * Workspace-level changes (personas, adding or removing whole journeys) are not in a journey's
 * history; the interface offers undo for deletions from a notice instead.
 */
export function changeWorkspace(recipe: (workspace: Workspace) => Workspace): void {
  const state = documentStore.getState();
  const next = recipe(state.workspace);
  if (next === state.workspace) return;
  const history = { ...state.history };
  for (const id of Object.keys(history)) if (!next.journeys[id]) delete history[id];
  documentStore.setState({ workspace: next, history });
}
