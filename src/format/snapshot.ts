import type { JourneySnapshot, SnapshotInfo } from "../domain";
import { checkJourney } from "./consistency";
import { journeyFromFile, journeyToFile } from "./convert";
import { migrate, MigrationError } from "./migrations";
import { snapshotFileSchema, type SnapshotFile } from "./schema";
import { FORMAT_VERSION } from "./version";

/**
 * A snapshot as it is kept (a row in this browser's database) and as a backup file carries it:
 * what lists show, and the journey in the file format of the version that wrote it, so a
 * snapshot taken today still opens after the format moves on (it is migrated as it is read).
 */

export interface StoredSnapshot extends SnapshotInfo {
  /** The format version its journey is written in. */
  version: number;
  journey: unknown;
}

export function snapshotToFile(snapshot: JourneySnapshot): SnapshotFile {
  const { journey, ...info } = snapshot;
  return { ...info, journey: journeyToFile(journey) };
}

export function snapshotToStored(snapshot: JourneySnapshot): StoredSnapshot {
  return { ...snapshotToFile(snapshot), version: FORMAT_VERSION };
}

/** The journey of a snapshot, brought up to today's format (a newer one is left alone). */
export function migrateSnapshotJourney(journey: unknown, version: number): unknown {
  if (version >= FORMAT_VERSION) return journey;
  return migrate({ version, personas: [], journeys: [journey] }).journeys[0];
}

/** A kept snapshot read back and checked; null when it cannot be read (written by a newer Waymark, or damaged). */
export function snapshotFromStored(row: unknown): JourneySnapshot | null {
  if (!row || typeof row !== "object") return null;
  const { version, journey, ...info } = row as Record<string, unknown>;
  if (typeof version !== "number" || version > FORMAT_VERSION) return null;
  try {
    const checked = snapshotFileSchema.safeParse({
      ...info,
      journey: migrateSnapshotJourney(journey, version),
    });
    if (!checked.success || checkJourney(checked.data.journey)) return null;
    return snapshotFromFile(checked.data);
  } catch (error) {
    if (error instanceof MigrationError) return null;
    throw error;
  }
}

export function snapshotFromFile(file: SnapshotFile): JourneySnapshot {
  const { journey, ...info } = file;
  return { ...info, journey: journeyFromFile(journey) };
}
