import { createStore } from "zustand/vanilla";
import { useStore } from "zustand";
import type { Id } from "../domain";

/**
 * Requests from inside the map (a stage or lane menu) for things shown outside it: the dialog
 * asking what to do with a removed stage's cards, zooming the view to a stage, showing a card.
 */
export type StructureRequest =
  | { kind: "removeStage"; journeyId: Id; stageId: Id }
  | { kind: "removeLane"; journeyId: Id; laneId: Id }
  | { kind: "zoomToStage"; stageId: Id; at: number }
  /** Show a card and give it the keyboard (from a list outside the map, like the vote ranking). */
  | { kind: "revealCard"; id: Id; at: number };

export const structureRequests = createStore<{
  request: StructureRequest | null;
  renaming: string | null;
}>()(() => ({
  request: null,
  renaming: null,
}));

export function request(next: StructureRequest | null): void {
  structureRequests.setState({ request: next });
}

/** Which header is being renamed in place (`stage:<id>` or `lane:<id>`). */
export function startRenaming(nodeId: string | null): void {
  structureRequests.setState({ renaming: nodeId });
}

export function useRenaming(nodeId: string): boolean {
  return useStore(structureRequests, (s) => s.renaming === nodeId);
}

export function useStructureRequest(): StructureRequest | null {
  return useStore(structureRequests, (s) => s.request);
}
