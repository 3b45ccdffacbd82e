import type { Draft } from "immer";
import { createStore } from "zustand/vanilla";
import type { Id, Journey, Workspace, WorkspaceIndex } from "../domain";
import { createEngine, type ChangeOptions, type Engine, type EngineState } from "../engine";
import { mayEdit, refuseChange, roomRule } from "./room";

/**
 * What React reads of the document: the engine's state (the workspace index, the journeys
 * opened, undo depths), mirrored into a Zustand store. The engine holds the document; this store
 * only hands its objects on, so a view re-renders when the objects it reads change.
 */
export type DocumentState = EngineState;

let clock: () => number = () => Date.now();
/** Tests pin the clock to make coalescing and timestamps deterministic. */
export function setClock(next: () => number): void {
  clock = next;
}
export const now = (): number => clock();

/** An engine holding nothing, stored nowhere: what the app runs on until its own has started. */
export function memoryEngine(): Engine {
  return createEngine({ storage: null, channel: null, now });
}

let engine: Engine = memoryEngine();
let unsubscribe = engine.subscribe(() => documentStore.setState(engine.getState()));

export const documentStore = createStore<DocumentState>()(() => engine.getState());

/**
 * Makes `next` the engine the interface reads and writes (the app's, at start; a test's own).
 * The one it replaces is discarded.
 */
export function switchEngine(next: Engine): void {
  if (next === engine) return;
  unsubscribe();
  engine.destroy();
  engine = next;
  unsubscribe = engine.subscribe(() => documentStore.setState(engine.getState()));
  documentStore.setState(engine.getState(), true);
}

export function currentEngine(): Engine {
  return engine;
}

export function getWorkspace(): WorkspaceIndex {
  return documentStore.getState().workspace;
}

/** An opened journey as it is now (undefined when it is not open). */
export function getJourney(journeyId: Id): Journey | undefined {
  return documentStore.getState().journeys[journeyId];
}

/**
 * A fresh in-memory engine holding exactly this workspace, every journey open (tests, and a
 * browser without storage, which opens on the sample).
 */
export function replaceWorkspace(workspace: Workspace): void {
  const next = memoryEngine();
  next.batch(() => {
    for (const persona of Object.values(workspace.personas)) next.putPersona(persona);
    for (const journey of Object.values(workspace.journeys)) next.addJourney(journey);
  });
  switchEngine(next);
}

export type { ChangeOptions };

/**
 * The one way a journey changes: the recipe runs under Immer on the journey as it is, and what it
 * changed becomes one undo step (typing coalesces per pause). Returns false when the recipe
 * changed nothing or the journey is not open.
 */
export function changeJourney(
  journeyId: Id,
  recipe: (draft: Draft<Journey>) => void,
  options: ChangeOptions = {},
): boolean {
  // A view-only room link: the server would refuse the change, so it is not made here either.
  if (!mayEdit(journeyId)) return refuseChange("view");
  const rule = roomRule(journeyId);
  return engine.changeJourney(journeyId, recipe, rule ? { ...options, allow: rule } : options);
}

export function canUndo(state: DocumentState, journeyId: Id): boolean {
  return (state.history[journeyId]?.undo ?? 0) > 0;
}

export function canRedo(state: DocumentState, journeyId: Id): boolean {
  return (state.history[journeyId]?.redo ?? 0) > 0;
}

export const undo = (journeyId: Id): boolean => engine.undo(journeyId);
export const redo = (journeyId: Id): boolean => engine.redo(journeyId);

/** Opens a journey (reads its document); resolves to it, or null when there is none. */
export function openJourney(journeyId: Id): Promise<Journey | null> {
  return engine.openJourney(journeyId);
}
