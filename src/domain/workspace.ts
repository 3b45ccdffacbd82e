import type { Id, JourneyHeading, Persona, Workspace } from "./types";

export function emptyWorkspace(): Workspace {
  return { personas: {}, journeys: {} };
}

/** Personas and journeys (whole, or summaries): what the lists below read. */
interface JourneyList<J extends JourneyHeading> {
  personas: Readonly<Record<Id, Persona>>;
  journeys: Readonly<Record<Id, J>>;
}

/** A persona's journeys, each current state followed by the future states made from it. */
export function journeysOfPersona<J extends JourneyHeading>(
  workspace: JourneyList<J>,
  personaId: Id,
): J[] {
  const own = Object.values(workspace.journeys).filter((j) => j.personaId === personaId);
  const byTitle = (a: J, b: J) => a.title.localeCompare(b.title) || a.createdAt - b.createdAt;
  const currents = own.filter(
    (j) => j.state === "current" || !j.currentStateId || !workspace.journeys[j.currentStateId],
  );
  const result: J[] = [];
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
export function lastEditedOfPersona<J extends JourneyHeading>(
  workspace: JourneyList<J>,
  personaId: Id,
): number {
  const persona = workspace.personas[personaId];
  let latest = persona?.updatedAt ?? 0;
  for (const journey of Object.values(workspace.journeys)) {
    if (journey.personaId === personaId && journey.updatedAt > latest) latest = journey.updatedAt;
  }
  return latest;
}
