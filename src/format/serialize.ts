import type { Id, JourneySnapshot, MetricLibrary, Workspace } from "../domain";
import { journeyToFile, metricLibraryToFile, personaToFile } from "./convert";
import { LIMITS } from "./limits";
import { snapshotToFile } from "./snapshot";
import type { Envelope } from "./schema";
import { FILE_TYPE, FORMAT_VERSION } from "./version";

export interface SerializeOptions {
  /** Which program wrote the file, like "Waymark 0.1.0". */
  source: string;
  exportedAt: Date;
}

async function envelope(
  kind: Envelope["kind"],
  personas: Workspace["personas"][string][],
  journeys: Workspace["journeys"][string][],
  options: SerializeOptions,
): Promise<Envelope> {
  return {
    type: FILE_TYPE,
    version: FORMAT_VERSION,
    source: options.source,
    exportedAt: options.exportedAt.toISOString(),
    kind,
    personas: await Promise.all(personas.map(personaToFile)),
    journeys: journeys.map(journeyToFile),
  };
}

/** Everything: a backup, with the snapshots kept of its journeys when given. */
export async function serializeWorkspace(
  workspace: Workspace,
  options: SerializeOptions,
  snapshots: readonly JourneySnapshot[] = [],
  metricLibrary: MetricLibrary | null = null,
): Promise<string> {
  const personas = Object.values(workspace.personas).sort((a, b) => a.createdAt - b.createdAt);
  const journeys = Object.values(workspace.journeys).sort((a, b) => a.createdAt - b.createdAt);
  const file = await envelope("workspace", personas, journeys, options);
  // The newest, as many as a file may carry, so a backup always imports again.
  const kept = snapshots
    .filter((snapshot) => workspace.journeys[snapshot.journeyId])
    .sort((a, b) => b.takenAt - a.takenAt)
    .slice(0, LIMITS.snapshots)
    .reverse()
    .map(snapshotToFile);
  const whole = {
    ...file,
    ...(kept.length ? { snapshots: kept } : {}),
    ...(metricLibrary ? { metricLibrary: metricLibraryToFile(metricLibrary) } : {}),
  };
  return JSON.stringify(whole, null, 1);
}

/** One journey with its persona, so it opens on its own in anyone's workspace. */
export async function serializeJourney(
  workspace: Workspace,
  journeyId: Id,
  options: SerializeOptions,
): Promise<string> {
  const journey = workspace.journeys[journeyId];
  if (!journey) throw new Error(`No journey ${journeyId}`);
  const persona = workspace.personas[journey.personaId];
  if (!persona) throw new Error(`Journey ${journeyId} has no persona`);
  return JSON.stringify(await envelope("journey", [persona], [journey], options), null, 1);
}
