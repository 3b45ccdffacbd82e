import { useMemo } from "react";
import { useStore } from "zustand";
import type { CustomMetric, Id, Journey, MetricLibrary, Persona } from "../domain";
import { openCommentsOn, ownDotsOn, selectJourney, selectPersonaOfJourney } from "./selectors";
import { documentStore, type DocumentState } from "./document";
import { sessionStore, type SessionState } from "./session";
import { statusStore, type StatusState } from "./status";
import { noticesStore, type Notice } from "./notices";
import { editorStore, type EditorState } from "./editor";

export function useDocument<T>(selector: (state: DocumentState) => T): T {
  return useStore(documentStore, selector);
}

export function useJourney(journeyId: Id | null | undefined): Journey | undefined {
  return useStore(documentStore, selectJourney(journeyId));
}

export function usePersonaOfJourney(journeyId: Id | null | undefined): Persona | undefined {
  return useStore(documentStore, selectPersonaOfJourney(journeyId));
}

/** The workspace's metric library. */
export function useMetricLibrary(): MetricLibrary {
  return useStore(documentStore, (state) => state.workspace.metrics);
}

/**
 * The custom metrics a view of this journey can name: the journey's own definitions (from a file
 * or a room), with the workspace library's for those it defines (a metric may have been renamed).
 */
export function useKnownMetrics(
  journey: Pick<Journey, "customMetrics"> | null | undefined,
): Readonly<Record<Id, CustomMetric>> {
  const library = useMetricLibrary();
  const own = journey?.customMetrics;
  return useMemo(() => ({ ...own, ...library.custom }), [own, library.custom]);
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
  const own = useOwnDots(journeyId, elementId);
  const votes = useDocument((s) => s.journeys[journeyId]?.elements[elementId]?.votes ?? 0);
  return useMemo(
    () => (own === null ? { count: votes, own: false } : { count: own, own: true }),
    [own, votes],
  );
}

/** Comments under discussion on a card (its badge on the map). */
export function useOpenComments(journeyId: Id, elementId: Id): number {
  return useDocument((s) => openCommentsOn(s.journeys[journeyId], elementId));
}

/** This person's dots on a card during a private round (null outside one), for its badge. */
export function useOwnDots(journeyId: Id, elementId: Id): number | null {
  const name = useSession((s) => s.presence?.name ?? null);
  return useDocument((s) => ownDotsOn(s.journeys[journeyId], name, elementId));
}
