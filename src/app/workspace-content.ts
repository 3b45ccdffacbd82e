import { AVATAR_COLORS, createPersona, newId, type Id, type Workspace } from "../domain";
import { t } from "../i18n";
import { changeWorkspace, getWorkspace, now } from "../store";
import { TEMPLATES } from "../templates";

/** The sample a first run opens on: the first template, persona and journey. */
export function sampleWorkspace(at: number): Workspace {
  const sample = TEMPLATES[0]!.build({ newId, now: at, t });
  return {
    personas: { [sample.persona.id]: sample.persona },
    journeys: { [sample.journey.id]: sample.journey },
  };
}

/** Journeys whose persona was lost get one recovered persona, so they stay reachable. */
export function adoptOrphans(workspace: Workspace, orphanIds: Id[], at: number): Workspace {
  if (!orphanIds.length) return workspace;
  const id = newId();
  const personas = {
    ...workspace.personas,
    [id]: createPersona(id, t("persona.recoveredName"), at, {
      kind: "initials",
      initials: "?",
      color: AVATAR_COLORS[5]!,
    }),
  };
  const journeys = { ...workspace.journeys };
  for (const journeyId of orphanIds)
    journeys[journeyId] = { ...journeys[journeyId]!, personaId: id };
  return { personas, journeys };
}

/**
 * Every journey belongs to a persona. Undoing a journey's deletion after its persona was deleted
 * too (or another tab's change) could leave one without; it is given a recovered persona at
 * once rather than at the next load.
 */
export function keepJourneysHomed(): void {
  const ws = getWorkspace();
  const orphans = Object.values(ws.journeys)
    .filter((j) => !ws.personas[j.personaId])
    .map((j) => j.id);
  if (orphans.length) changeWorkspace((current) => adoptOrphans(current, orphans, now()));
}
