import { useMemo } from "react";
import { useStore } from "zustand";
import type { Id, Journey, Persona } from "../domain";
import { openCommentsOn, selectJourney, selectPersonaOfJourney } from "./selectors";
import { documentStore, type DocumentState } from "./document";
import { sessionStore, type SessionState } from "./session";
import { statusStore, type StatusState } from "./status";
import { noticesStore, type Notice } from "./notices";
import { editorStore, type EditorState } from "./editor";
import { shownVotes } from "./workshop";

export function useDocument<T>(selector: (state: DocumentState) => T): T {
  return useStore(documentStore, selector);
}

export function useJourney(journeyId: Id | null | undefined): Journey | undefined {
  return useStore(documentStore, selectJourney(journeyId));
}

export function usePersonaOfJourney(journeyId: Id | null | undefined): Persona | undefined {
  return useStore(documentStore, selectPersonaOfJourney(journeyId));
}

export function useSession<T>(selector: (state: SessionState) => T): T {
  return useStore(sessionStore, selector);
}

export function useStatus<T>(selector: (state: StatusState) => T): T {
  return useStore(statusStore, selector);
}

export function useNotices(): Notice[] {
  return useStore(noticesStore, (s) => s.notices);
}

export function useEditor<T>(selector: (state: EditorState) => T): T {
  return useStore(editorStore, selector);
}

/** The dots on a card this device shows (its own only, while a private round hides everyone's). */
export function useShownVotes(journeyId: Id, elementId: Id): { count: number; own: boolean } {
  const journey = useJourney(journeyId);
  const turn = useSession((s) => s.votingTurn);
  const name = useSession((s) => s.presence?.name ?? null);
  return useMemo(
    () => (journey ? shownVotes(journey, elementId, turn, name) : { count: 0, own: false }),
    [journey, elementId, turn, name],
  );
}

/** Comments under discussion on a card (its badge on the map). */
export function useOpenComments(journeyId: Id, elementId: Id): number {
  return useDocument((s) => openCommentsOn(s.journeys[journeyId], elementId));
}
