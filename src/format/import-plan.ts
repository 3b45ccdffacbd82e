import {
  copyJourneyWithFreshIds,
  type Id,
  type IdFactory,
  type Journey,
  type JourneySnapshot,
  type Persona,
} from "../domain";
import type { ParsedFile } from "./parse";

export interface ImportPlan {
  /** Personas to add (those whose id is already here are reused, never overwritten). */
  personas: Persona[];
  /** Journeys to add; any whose id is already here comes as a copy with fresh ids. */
  journeys: Journey[];
  /** How many journeys were renamed to fresh ids because theirs were taken. */
  copied: number;
  /** A backup's snapshots, of the journeys added (under their new ids where copied). */
  snapshots: JourneySnapshot[];
}

/** The ids a workspace holds (journeys deleted but still kept count as taken). */
export interface TakenIds {
  personas: Readonly<Record<Id, unknown>>;
  journeys: Readonly<Record<Id, unknown>>;
  /** Snapshots kept here already, when known. */
  snapshots?: ReadonlySet<Id>;
}

/** Import adds to a workspace and never overwrites anything in it. */
export function planImport(
  taken: TakenIds,
  file: ParsedFile,
  newId: IdFactory,
  now: number,
): ImportPlan {
  const personas = file.personas.filter((p) => !taken.personas[p.id]);
  const journeyIdMap = new Map<Id, Id>();
  let copied = 0;
  const journeys = file.journeys.map((journey) => {
    if (!taken.journeys[journey.id]) return journey;
    copied += 1;
    const copy = copyJourneyWithFreshIds(journey, newId, { now });
    journeyIdMap.set(journey.id, copy.id);
    return copy;
  });
  for (const journey of journeys) {
    if (journey.currentStateId && journeyIdMap.has(journey.currentStateId)) {
      journey.currentStateId = journeyIdMap.get(journey.currentStateId)!;
    }
  }
  // Snapshots come with the journeys they were taken of, when those come as they are: a copy
  // has fresh ids for its cards, which its snapshots do not know (the journey they were taken
  // of is already here, and so, usually, are they). A snapshot kept here already is not kept twice.
  const added = new Set(file.journeys.map((journey) => journey.id));
  const snapshots = file.snapshots.filter(
    (snapshot) =>
      added.has(snapshot.journeyId) &&
      !journeyIdMap.has(snapshot.journeyId) &&
      !taken.snapshots?.has(snapshot.id),
  );
  return { personas, journeys, copied, snapshots };
}
