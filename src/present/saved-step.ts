/**
 * The step shown lives in this tab's history entry, so a reload (a projector cable pulled, a
 * laptop woken) goes on from the same stage, while a fresh "Present" starts at the overview.
 */
export function savedStep(journeyId: string): number {
  const saved = (history.state as { presentStep?: { journeyId?: unknown; step?: unknown } } | null)
    ?.presentStep;
  const step = saved?.journeyId === journeyId ? saved.step : 0;
  return typeof step === "number" && Number.isInteger(step) && step >= 0 ? step : 0;
}

/** Keeps the step shown in the history entry; null forgets it (the presentation was left). */
export function saveStep(journeyId: string, step: number | null): void {
  const state = { ...((history.state as Record<string, unknown> | null) ?? {}) };
  if (step === null) delete state.presentStep;
  else state.presentStep = { journeyId, step };
  history.replaceState(state, "", window.location.href);
}
