import { elementsInJourneyOrder } from "./cells";
import { countVotes } from "./votes";
import { type Id, type Journey, type JourneyElement, type MetricId, type Timestamp } from "./types";
import { sortMetricIds } from "./metrics";

/**
 * Snapshots: a journey as it was at a moment, named, kept in this browser, to look back at,
 * compare with now, and bring back. One is taken by itself before anything adds to a journey in
 * bulk (cards from a CSV file), before a room first shares it, and before a snapshot is restored
 * over it.
 */
export const SNAPSHOT_REASONS = ["manual", "beforeCsv", "beforeRoom", "beforeRestore"] as const;
export type SnapshotReason = (typeof SNAPSHOT_REASONS)[number];

/** What a list of snapshots shows without reading the journeys they hold. */
export interface SnapshotInfo {
  id: Id;
  journeyId: Id;
  name: string;
  reason: SnapshotReason;
  takenAt: Timestamp;
  cardCount: number;
}

export interface JourneySnapshot extends SnapshotInfo {
  journey: Journey;
}

/** A card's fields a comparison looks at, and names when they changed. */
const COMPARED_FIELDS = [
  "title",
  "kind",
  "notes",
  "stageId",
  "laneId",
  "channel",
  "owner",
  "confidence",
  "impact",
  "effort",
  "painPoints",
  "tags",
] as const satisfies readonly (keyof JourneyElement)[];
export type ComparedField = (typeof COMPARED_FIELDS)[number];

/** What changed from a snapshot to now. */
export interface JourneyDiff {
  added: JourneyElement[];
  removed: JourneyElement[];
  /** Cards in both whose fields changed (scores and metrics are listed on their own below). */
  changed: { before: JourneyElement; after: JourneyElement; fields: ComparedField[] }[];
  scores: {
    before: JourneyElement;
    after: JourneyElement;
    from: number | null;
    to: number | null;
  }[];
  metrics: {
    before: JourneyElement;
    after: JourneyElement;
    metric: MetricId;
    from: number | null;
    to: number | null;
  }[];
  stagesAdded: string[];
  stagesRemoved: string[];
}

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/** The cards added, removed and changed between two states of one journey (matched by id). */
export function diffJourneys(before: Journey, after: Journey): JourneyDiff {
  const diff: JourneyDiff = {
    added: [],
    removed: [],
    changed: [],
    scores: [],
    metrics: [],
    stagesAdded: [],
    stagesRemoved: [],
  };
  for (const card of elementsInJourneyOrder(after))
    if (!before.elements[card.id]) diff.added.push(card);
  for (const card of elementsInJourneyOrder(before)) {
    const now = after.elements[card.id];
    if (!now) {
      diff.removed.push(card);
      continue;
    }
    const fields = COMPARED_FIELDS.filter((field) =>
      field === "painPoints"
        ? !same(
            card.painPoints.map(({ text, severity }) => [text, severity]),
            now.painPoints.map(({ text, severity }) => [text, severity]),
          )
        : !same(card[field], now[field]),
    );
    if (fields.length) diff.changed.push({ before: card, after: now, fields });
    if (card.satisfaction !== now.satisfaction)
      diff.scores.push({ before: card, after: now, from: card.satisfaction, to: now.satisfaction });
    const metricIds = sortMetricIds(after, [
      ...Object.keys(card.metrics),
      ...Object.keys(now.metrics),
    ]);
    for (const metric of metricIds) {
      const from = card.metrics[metric] ?? null;
      const to = now.metrics[metric] ?? null;
      if (from !== to) diff.metrics.push({ before: card, after: now, metric, from, to });
    }
  }
  const beforeStages = new Set(before.stages.map((s) => s.id));
  const afterStages = new Set(after.stages.map((s) => s.id));
  diff.stagesAdded = after.stages.filter((s) => !beforeStages.has(s.id)).map((s) => s.name);
  diff.stagesRemoved = before.stages.filter((s) => !afterStages.has(s.id)).map((s) => s.name);
  return diff;
}

export function isDiffEmpty(diff: JourneyDiff): boolean {
  return (
    !diff.added.length &&
    !diff.removed.length &&
    !diff.changed.length &&
    !diff.scores.length &&
    !diff.metrics.length &&
    !diff.stagesAdded.length &&
    !diff.stagesRemoved.length
  );
}

/**
 * Brings a snapshot back over its journey (an Immer recipe, so one undo step): its words, stages,
 * lanes, cards, arrows, votes, comments, plan and targets. The journey keeps its id, persona and creation,
 * and a voting round running now keeps running.
 */
export function restoreSnapshotOver(journey: Journey, snapshot: Journey): void {
  journey.title = snapshot.title;
  journey.scenario = snapshot.scenario;
  journey.goal = snapshot.goal;
  journey.stages = snapshot.stages.map((s) => ({ ...s }));
  journey.lanes = snapshot.lanes.map((l) => ({ ...l }));
  // The dots of a voting round running now stay on the cards still there: the round goes on.
  const round = journey.votingRound;
  const running = round ? `round:${round.id}:` : null;
  const votes = structuredClone(snapshot.votes);
  if (running)
    for (const vote of Object.values(journey.votes))
      if (vote.by.startsWith(running) && snapshot.elements[vote.elementId])
        votes[vote.id] = { ...vote };
  journey.elements = structuredClone(snapshot.elements);
  journey.links = structuredClone(snapshot.links);
  journey.votes = votes;
  const counts = countVotes(votes, round);
  for (const element of Object.values(journey.elements))
    element.votes = counts.get(element.id) ?? 0;
  journey.comments = structuredClone(snapshot.comments);
  journey.plan = structuredClone(snapshot.plan);
  journey.targets = structuredClone(snapshot.targets);
}
