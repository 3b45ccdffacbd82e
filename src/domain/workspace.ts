import type { Id, Journey, Workspace } from "./types";

export function emptyWorkspace(): Workspace {
  return { personas: {}, journeys: {} };
}

/** A persona's journeys, each current state followed by the future states made from it. */
export function journeysOfPersona(workspace: Workspace, personaId: Id): Journey[] {
  const own = Object.values(workspace.journeys).filter((j) => j.personaId === personaId);
  const byTitle = (a: Journey, b: Journey) =>
    a.title.localeCompare(b.title) || a.createdAt - b.createdAt;
  const currents = own.filter(
    (j) => j.state === "current" || !j.currentStateId || !workspace.journeys[j.currentStateId],
  );
  const result: Journey[] = [];
  for (const current of currents.sort(byTitle)) {
    result.push(current);
    for (const future of own
      .filter((j) => j.currentStateId === current.id && j !== current)
      .sort(byTitle)) {
      if (!result.includes(future)) result.push(future);
    }
  }
  for (const rest of own) if (!result.includes(rest)) result.push(rest);
  return result;
}

/** The most recent edit among a persona and its journeys. */
export function lastEditedOfPersona(workspace: Workspace, personaId: Id): number {
  const persona = workspace.personas[personaId];
  let latest = persona?.updatedAt ?? 0;
  for (const journey of Object.values(workspace.journeys)) {
    if (journey.personaId === personaId && journey.updatedAt > latest) latest = journey.updatedAt;
  }
  return latest;
}
