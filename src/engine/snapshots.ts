import type { Id, JourneySnapshot, SnapshotInfo } from "../domain";
import { snapshotFromStored, snapshotToStored, type StoredSnapshot } from "../format";
import type { WaymarkDatabase } from "../persistence";

/**
 * Where this browser keeps its snapshots of journeys: a table of their own, never in a journey's
 * document (a room shares the document, and snapshots are one person's). Without storage they
 * are kept in memory for the session.
 */
export interface SnapshotShelf {
  /** A journey's snapshots, newest first. */
  list(journeyId: Id): Promise<SnapshotInfo[]>;
  /** A snapshot read back and checked; null when gone or unreadable. */
  read(id: Id): Promise<JourneySnapshot | null>;
  keep(snapshot: JourneySnapshot): Promise<void>;
  /** Several at once, as a backup brings them (one transaction). */
  keepAll(snapshots: readonly JourneySnapshot[]): Promise<void>;
  remove(id: Id): Promise<void>;
  /** Every snapshot that reads, for a backup. */
  all(): Promise<JourneySnapshot[]>;
  ids(): Promise<Set<Id>>;
}

const infoOf = ({
  id,
  journeyId,
  name,
  reason,
  takenAt,
  cardCount,
}: StoredSnapshot): SnapshotInfo => ({
  id,
  journeyId,
  name,
  reason,
  takenAt,
  cardCount,
});
const newestFirst = (a: SnapshotInfo, b: SnapshotInfo) => b.takenAt - a.takenAt;

export function createSnapshotShelf(db: WaymarkDatabase | null): SnapshotShelf {
  if (!db) return memoryShelf();
  return {
    async list(journeyId) {
      const rows = await db.snapshots.where("journeyId").equals(journeyId).toArray();
      return rows.map(infoOf).sort(newestFirst);
    },
    async read(id) {
      const row = await db.snapshots.get(id);
      return row ? snapshotFromStored(row) : null;
    },
    async keep(snapshot) {
      await db.snapshots.put(snapshotToStored(snapshot));
    },
    async keepAll(snapshots) {
      await db.snapshots.bulkPut(snapshots.map(snapshotToStored));
    },
    async remove(id) {
      await db.snapshots.delete(id);
    },
    async all() {
      const rows = await db.snapshots.toArray();
      return rows.flatMap((row) => snapshotFromStored(row) ?? []);
    },
    async ids() {
      return new Set(await db.snapshots.toCollection().primaryKeys());
    },
  };
}

function memoryShelf(): SnapshotShelf {
  const rows = new Map<Id, StoredSnapshot>();
  return {
    list: async (journeyId) =>
      [...rows.values()]
        .filter((row) => row.journeyId === journeyId)
        .map(infoOf)
        .sort(newestFirst),
    read: async (id) => {
      const row = rows.get(id);
      return row ? snapshotFromStored(row) : null;
    },
    keep: async (snapshot) => void rows.set(snapshot.id, snapshotToStored(snapshot)),
    keepAll: async (snapshots) => {
      for (const snapshot of snapshots) rows.set(snapshot.id, snapshotToStored(snapshot));
    },
    remove: async (id) => void rows.delete(id),
    all: async () => [...rows.values()].flatMap((row) => snapshotFromStored(row) ?? []),
    ids: async () => new Set(rows.keys()),
  };
}
