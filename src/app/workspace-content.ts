import { AVATAR_COLORS, createPersona, newId, type Id, type Workspace } from "../domain";
import type { Engine } from "../engine";
import { t } from "../i18n";
import { now } from "../store";

/**
 * The sample a first run opens on: the first template, persona and journey. The templates load
 * only for it (and for the new-journey dialog), not with every first page.
 */
export async function sampleWorkspace(at: number): Promise<Workspace> {
  const { TEMPLATES } = await import("../templates");
  const sample = TEMPLATES[0]!.build({ newId, now: at, t });
  return {
    personas: { [sample.persona.id]: sample.persona },
    journeys: { [sample.journey.id]: sample.journey },
  };
}

let checked: unknown = null;
const adopting = new Set<Id>();

/**
 * Every journey belongs to a persona. One whose persona is gone (deleted in another tab while
 * this one made the journey, or a record set aside) is given one recovered persona, so it stays
 * reachable. This is a repair after merging, not an undo step.
 */
export function keepJourneysHomed(engine: Engine): void {
  const workspace = engine.getState().workspace;
  if (workspace === checked) return;
  checked = workspace;
  const orphans = Object.values(workspace.journeys).filter(
    (j) => !workspace.personas[j.personaId] && !adopting.has(j.id),
  );
  if (!orphans.length) return;
  const home = createPersona(newId(), t("persona.recoveredName"), now(), {
    kind: "initials",
    initials: "?",
    color: AVATAR_COLORS[5]!,
  });
  engine.putPersona(home);
  for (const orphan of orphans) {
    adopting.add(orphan.id);
    void engine
      .openJourney(orphan.id)
      .then(() => engine.repairJourney(orphan.id, (journey) => void (journey.personaId = home.id)))
      .catch((error: unknown) => console.warn("Could not give a journey a home", error))
      .finally(() => adopting.delete(orphan.id));
  }
}
