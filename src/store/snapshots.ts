import { createStore } from "zustand/vanilla";
import { useStore } from "zustand";
import {
  copyJourneyWithFreshIds,
  newId,
  restoreSnapshotOver,
  type Id,
  type JourneySnapshot,
  type SnapshotInfo,
  type SnapshotReason,
} from "../domain";
import { createSnapshotShelf, type SnapshotShelf } from "../engine";
import { changeJourney, currentEngine, now } from "./document";

/**
 * Snapshots of journeys, kept in this browser (see engine/snapshots.ts). The app gives the shelf
 * once storage is open; a change here counts up `version`, so lists read again.
 */
let shelf: SnapshotShelf = createSnapshotShelf(null);
export const snapshotStore = createStore<{ version: number }>()(() => ({ version: 0 }));
const bump = () => snapshotStore.setState((s) => ({ version: s.version + 1 }));

/** The other tabs of this browser hear of a change to the snapshots, so their lists read again. */
const tabs: BroadcastChannel | null =
  typeof BroadcastChannel === "undefined" ? null : new BroadcastChannel("waymark-snapshots");
if (tabs) tabs.onmessage = bump;
const changed = () => {
  bump();
  tabs?.postMessage("changed");
};

export function setSnapshotShelf(next: SnapshotShelf): void {
  shelf = next;
  changed();
}

/** Counts up whenever snapshots change here, so a list knows to read again. */
export function useSnapshotsVersion(): number {
  return useStore(snapshotStore, (s) => s.version);
}

export const listSnapshots = (journeyId: Id): Promise<SnapshotInfo[]> => shelf.list(journeyId);
export const readSnapshot = (id: Id): Promise<JourneySnapshot | null> => shelf.read(id);
/**
 * Every snapshot that reads, for a backup; none when storage does not answer soon or fails. A
 * backup is what a person takes when storage is in trouble (a newer version took the database,
 * it was deleted): it must never wait on that storage.
 */
export function snapshotsForBackup(): Promise<JourneySnapshot[]> {
  return answerSoon(shelf.all(), []);
}

/** Storage's answer, or `otherwise` when it fails or does not answer within `waitMs`. */
async function answerSoon<T>(answer: Promise<T>, otherwise: T, waitMs = 2000): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(otherwise), waitMs);
  });
  try {
    return await Promise.race([answer.catch(() => otherwise), late]);
  } finally {
    clearTimeout(timer);
  }
}
/** The snapshots kept here, for an import (none known when storage does not answer). */
export const snapshotIds = (): Promise<Set<Id>> => answerSoon(shelf.ids(), new Set<Id>());

/** Keeps a journey as it is now. Resolves to what was kept, or null when there is no journey. */
export async function takeSnapshot(
  journeyId: Id,
  name: string,
  reason: SnapshotReason,
): Promise<SnapshotInfo | null> {
  const journey = await currentEngine().readJourney(journeyId);
  if (!journey) return null;
  const snapshot: JourneySnapshot = {
    id: newId(),
    journeyId,
    name: name.trim().slice(0, 300) || journey.title || journeyId,
    reason,
    takenAt: now(),
    cardCount: Object.keys(journey.elements).length,
    journey,
  };
  // A snapshot taken on the way to something else (a CSV, a room) never holds that up.
  const kept = await answerSoon(
    shelf.keep(snapshot).then(() => true),
    false,
  );
  if (!kept) throw new Error("Storage did not keep the snapshot");
  if (reason !== "manual") await answerSoon(pruneAutomatic(journeyId), undefined);
  changed();
  const { journey: _journey, ...info } = snapshot;
  return info;
}

/**
 * Snapshots kept by themselves, per journey: the newest are kept, the older ones go, so a journey
 * imported into daily never fills the browser (or its backups). Named ones are never pruned.
 */
export const AUTOMATIC_SNAPSHOTS_KEPT = 20;

async function pruneAutomatic(journeyId: Id): Promise<void> {
  const automatic = (await shelf.list(journeyId)).filter((s) => s.reason !== "manual");
  for (const old of automatic.slice(AUTOMATIC_SNAPSHOTS_KEPT)) await shelf.remove(old.id);
}

export async function keepSnapshots(snapshots: readonly JourneySnapshot[]): Promise<void> {
  if (!snapshots.length) return;
  await shelf.keepAll(snapshots);
  changed();
}

export async function deleteSnapshot(id: Id): Promise<void> {
  await shelf.remove(id);
  changed();
}

/**
 * Brings a snapshot back over its journey, as one undo step; the journey as it was just before
 * is kept as a snapshot of its own first. Resolves to whether it was restored.
 */
export async function restoreSnapshot(
  snapshot: JourneySnapshot,
  beforeName: string,
): Promise<boolean> {
  await takeSnapshot(snapshot.journeyId, beforeName, "beforeRestore");
  return changeJourney(snapshot.journeyId, (j) => restoreSnapshotOver(j, snapshot.journey));
}

/** A new journey made from a snapshot, beside the one it was taken of. Resolves to its id. */
export function restoreSnapshotAsCopy(snapshot: JourneySnapshot, title: string): Id {
  const copy = copyJourneyWithFreshIds(snapshot.journey, newId, { title, now: now() });
  currentEngine().addJourney(copy);
  return copy.id;
}
