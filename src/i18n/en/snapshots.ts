import type { Message } from "../catalogue";

/** Snapshots: a journey kept as it was, compared with now, brought back. */
export const snapshotsEn = {
  "snapshot.open": "Snapshots",
  "snapshot.openDescription": "Keep the journey as it is now, compare it with then, bring it back",
  "snapshot.title": "Snapshots: {journey}",
  "snapshot.back": "Back to the map",
  "snapshot.take": "Take a snapshot",
  "snapshot.name": "Name of the snapshot",
  "snapshot.namePlaceholder": "Before the workshop",
  "snapshot.taken": "Snapshot “{name}” kept.",
  "snapshot.list": "Kept snapshots",
  "snapshot.none":
    "No snapshots yet. Take one before a big change. One is also kept by itself before cards are added from a CSV file, before a room first shares the journey, and before a snapshot is restored over it.",
  "snapshot.reason.manual": "{name}",
  "snapshot.reason.beforeCsv": "Before the cards from {name}",
  "snapshot.reason.beforeRoom": "Before the room",
  "snapshot.reason.beforeRestore": "Before restoring “{name}”",
  "snapshot.auto": "kept by itself",
  "snapshot.cards": { zero: "no cards", one: "1 card", other: "{count} cards" },
  "snapshot.restore": "Restore over this journey",
  "snapshot.restoreCopy": "Restore as a copy",
  "snapshot.delete": "Delete the snapshot",
  "snapshot.restored":
    "The journey is back as it was in “{name}”. Undo takes it back, and the journey as it was just now is kept as a snapshot too.",
  "snapshot.copied": "“{title}” was made from the snapshot.",
  "snapshot.copyTitle": "{journey} ({name})",
  "snapshot.deleted": "The snapshot “{name}” was deleted.",
  "snapshot.compared": "Then and now",
  "snapshot.same": "Nothing has changed since.",
  "snapshot.added": { one: "1 card added", other: "{count} cards added" },
  "snapshot.removed": { one: "1 card removed", other: "{count} cards removed" },
  "snapshot.changed": { one: "1 card changed", other: "{count} cards changed" },
  "snapshot.scores": "Satisfaction that moved",
  "snapshot.metrics": "Metrics that moved",
  "snapshot.stagesAdded": "Stages added",
  "snapshot.stagesRemoved": "Stages removed",
  "snapshot.fieldsChanged": "{title}: {fields}",
  "snapshot.move": "{title}: {from} → {to}",
  "snapshot.metricMove": "{title}, {metric}: {from} → {to}",
  "snapshot.notScored": "not scored",
  "snapshot.curves": "Emotion curve then and now",
  "snapshot.then": "Then: {name}",
  "snapshot.now": "Now",
  "snapshot.loading": "Reading the snapshot…",
  "snapshot.unreadable":
    "This snapshot cannot be read: it was written by a newer Waymark, or it is damaged.",
  "snapshot.keepFailed":
    "A snapshot could not be kept (storage refused it); the change went ahead, and undo can still take it back.",
  "snapshot.failed":
    "That did not work: this browser's storage did not answer, so nothing was changed.",
} as const satisfies Record<string, Message>;
