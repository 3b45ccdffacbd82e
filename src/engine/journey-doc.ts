import * as Y from "yjs";
import {
  type Journey,
  type JourneyElement,
  type Lane,
  type Link,
  type PainPoint,
  type PlanAction,
  type Stage,
  type Vote,
  type VotingRound,
} from "../domain";
import { AT, REMOVED, isRemoved, writeOrder } from "./ordered";
import {
  METRIC_ROOT,
  classicFigures,
  storedAim,
  writeAims,
  writeGoals,
  writeMeasures,
  writeMetricDefs,
} from "./journey-metrics";

/**
 * How one journey lives in a Y.Doc (see README.md): a map per kind of record, each record one
 * entry keyed by its id, so changes of different records, or of different fields of one record,
 * merge without loss.
 */
export const ROOT = {
  /** The journey's own fields: title, scenario, goal, persona, state, current-state link, created. */
  journey: "journey",
  /** When it was last edited: apart, so undo never takes it back and never records it. */
  edited: "edited",
  /** The voting round: apart, so starting or ending one is not an undo step. */
  round: "round",
  stages: "stages",
  lanes: "lanes",
  cards: "cards",
  links: "links",
  votes: "votes",
  /** Comments on cards: comment id → `Y.Map` of its fields, so an edit and a resolve both keep. */
  comments: "comments",
  /**
   * Cards' impact and effort (format 3): `<card id>/impact` → 1..5. Apart from the card's own
   * fields because releases before them check a card strictly and set aside one with fields
   * they do not know; flat keys, so two people weighing one card at once both keep.
   */
  ratings: "ratings",
  /**
   * The action plan (format 4): action id → `Y.Map` of its fields, so one person moving an
   * action on the board and another setting its due date both keep. A release from before the
   * plan ignores the root.
   */
  plan: "plan",
  /**
   * The journey's targets (format 5): metric → {value, by}. One entry per metric, so two people
   * setting goals for different metrics both keep; a release from before targets ignores it.
   */
  targets: "targets",
  /** What the metric library added (format 6): see journey-metrics.ts. */
  ...METRIC_ROOT,
} as const;

export type Entry = Y.Map<unknown>;

export interface JourneyRoots {
  journey: Y.Map<unknown>;
  edited: Y.Map<unknown>;
  round: Y.Map<unknown>;
  stages: Y.Map<Entry>;
  lanes: Y.Map<Entry>;
  cards: Y.Map<Entry>;
  links: Y.Map<unknown>;
  votes: Y.Map<unknown>;
  comments: Y.Map<Entry>;
  ratings: Y.Map<unknown>;
  plan: Y.Map<Entry>;
  targets: Y.Map<unknown>;
  measures: Y.Map<unknown>;
  metricDefs: Y.Map<unknown>;
  goals: Y.Map<unknown>;
  aims: Y.Map<unknown>;
}

export function journeyRoots(doc: Y.Doc): JourneyRoots {
  return {
    journey: doc.getMap(ROOT.journey),
    edited: doc.getMap(ROOT.edited),
    round: doc.getMap(ROOT.round),
    stages: doc.getMap(ROOT.stages),
    lanes: doc.getMap(ROOT.lanes),
    cards: doc.getMap(ROOT.cards),
    links: doc.getMap(ROOT.links),
    votes: doc.getMap(ROOT.votes),
    comments: doc.getMap(ROOT.comments),
    ratings: doc.getMap(ROOT.ratings),
    plan: doc.getMap(ROOT.plan),
    targets: doc.getMap(ROOT.targets),
    measures: doc.getMap(ROOT.measures),
    metricDefs: doc.getMap(ROOT.metricDefs),
    goals: doc.getMap(ROOT.goals),
    aims: doc.getMap(ROOT.aims),
  };
}

/**
 * The types undo covers: everything a person edits, not the edited time nor the round, nor the
 * custom metrics' definitions (another person's figure or goal may name one this undo would take).
 */
export function undoScope(roots: JourneyRoots): ConstructorParameters<typeof Y.UndoManager>[0] {
  const types: unknown[] = [
    roots.journey,
    roots.stages,
    roots.lanes,
    roots.cards,
    roots.links,
    roots.votes,
    roots.comments,
    roots.ratings,
    roots.plan,
    roots.targets,
    roots.measures,
    roots.goals,
    roots.aims,
  ];
  return types as ConstructorParameters<typeof Y.UndoManager>[0];
}

const META_FIELDS = [
  "id",
  "personaId",
  "title",
  "scenario",
  "goal",
  "state",
  "currentStateId",
  "createdAt",
] as const satisfies readonly (keyof Journey)[];

/** Card fields stored as plain values (structured ones replace whole: channel, owner, tags). */
const CARD_VALUES = [
  "kind",
  "stageId",
  "laneId",
  "order",
  "title",
  "notes",
  "satisfaction",
  "confidence",
] as const satisfies readonly (keyof JourneyElement)[];
/** Card fields kept in the ratings root, by `<card id>/<field>` (see ROOT.ratings). */
export const CARD_RATINGS = [
  "impact",
  "effort",
] as const satisfies readonly (keyof JourneyElement)[];
export const ratingKey = (cardId: string, field: (typeof CARD_RATINGS)[number]) =>
  `${cardId}/${field}`;
/** The card a key of the ratings root belongs to. */
export const cardOfRatingKey = (key: string) => key.slice(0, key.lastIndexOf("/"));

function writeRatings(
  ratings: Y.Map<unknown>,
  before: JourneyElement | undefined,
  after: JourneyElement | undefined,
  id: string,
): void {
  for (const field of CARD_RATINGS) {
    const value = after ? after[field] : null;
    if (before && after && before[field] === value) continue;
    const key = ratingKey(id, field);
    if (value === null) {
      if (ratings.has(key)) ratings.delete(key);
    } else setIfChanged(ratings, key, value);
  }
}
const CARD_JSON = ["channel", "owner", "tags"] as const satisfies readonly (keyof JourneyElement)[];
export const METRICS = "metrics";
export const PAIN_POINTS = "painPoints";

function sameJson(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** Sets a field only when it differs, so an unchanged field makes no update and no conflict. */
function setIfChanged(map: Y.Map<unknown>, key: string, value: unknown): void {
  const current = map.get(key);
  if (current === value) return;
  if (typeof value === "object" && value !== null && sameJson(current, value)) return;
  map.set(key, value);
}

function writeStageFields(entry: Entry, stage: Stage): void {
  setIfChanged(entry, "name", stage.name);
  setIfChanged(entry, "description", stage.description);
  setIfChanged(entry, "columns", stage.columns);
}

function writeLaneFields(entry: Entry, lane: Lane): void {
  setIfChanged(entry, "name", lane.name);
  setIfChanged(entry, "kind", lane.kind);
  setIfChanged(entry, "collapsed", lane.collapsed);
}

/** Writes a list of stages or lanes: order by keys, removed ones marked, fields where changed. */
function writeList<T extends { id: string }>(
  map: Y.Map<Entry>,
  before: readonly T[] | null,
  after: readonly T[],
  writeFields: (entry: Entry, item: T) => void,
): void {
  if (before === after) return;
  const afterIds = new Set(after.map((item) => item.id));
  for (const item of before ?? []) {
    const entry = map.get(item.id);
    if (!afterIds.has(item.id) && entry && !isRemoved(entry)) entry.set(REMOVED, true);
  }
  writeOrder(
    map,
    after.map((item) => item.id),
    () => new Y.Map(),
  );
  const previous = new Map((before ?? []).map((item) => [item.id, item]));
  for (const item of after) {
    const entry = map.get(item.id)!;
    if (isRemoved(entry)) entry.delete(REMOVED);
    if (previous.get(item.id) !== item) writeFields(entry, item);
  }
}

function writePainPoints(
  map: Y.Map<Entry>,
  before: readonly PainPoint[],
  after: readonly PainPoint[],
): void {
  if (before === after) return;
  const afterIds = new Set(after.map((p) => p.id));
  for (const p of before) if (!afterIds.has(p.id)) map.delete(p.id);
  writeOrder(
    map,
    after.map((p) => p.id),
    () => new Y.Map(),
  );
  const previous = new Map(before.map((p) => [p.id, p]));
  for (const p of after) {
    if (previous.get(p.id) === p) continue;
    const entry = map.get(p.id)!;
    setIfChanged(entry, "text", p.text);
    setIfChanged(entry, "severity", p.severity);
  }
}

function writeMetrics(map: Y.Map<unknown>, before: object, after: object): void {
  if (before === after) return;
  const next = after as Record<string, unknown>;
  for (const key of Object.keys(before)) if (next[key] === undefined) map.delete(key);
  for (const [key, value] of Object.entries(next))
    if (value !== undefined) setIfChanged(map, key, value);
}

function newCardEntry(): Entry {
  const entry = new Y.Map<unknown>();
  entry.set(METRICS, new Y.Map());
  entry.set(PAIN_POINTS, new Y.Map());
  return entry;
}

function writeCard(
  cards: Y.Map<Entry>,
  before: JourneyElement | undefined,
  after: JourneyElement,
): void {
  let entry = cards.get(after.id);
  if (!entry) {
    cards.set(after.id, newCardEntry());
    entry = cards.get(after.id)!;
    before = undefined;
  }
  for (const field of CARD_VALUES) {
    if (!before || before[field] !== after[field]) setIfChanged(entry, field, after[field]);
  }
  for (const field of CARD_JSON) {
    if (!before || !sameJson(before[field], after[field])) setIfChanged(entry, field, after[field]);
  }
  writeMetrics(
    entry.get(METRICS) as Y.Map<unknown>,
    before ? classicFigures(before.metrics) : {},
    classicFigures(after.metrics),
  );
  writePainPoints(
    entry.get(PAIN_POINTS) as Y.Map<Entry>,
    before?.painPoints ?? [],
    after.painPoints,
  );
}

function writeRecords<T extends { id: string }>(
  map: Y.Map<unknown>,
  before: Readonly<Record<string, T>>,
  after: Readonly<Record<string, T>>,
  toStored: (item: T) => object,
): void {
  if (before === after) return;
  for (const [id, item] of Object.entries(after)) {
    if (before[id] !== item) setIfChanged(map, id, toStored(item));
  }
  for (const id of Object.keys(before)) if (!after[id]) map.delete(id);
}

/** Comments and actions are entries of their own fields, written field by field like cards. */
function writeEntries<T extends { id: string }>(
  map: Y.Map<Entry>,
  before: Readonly<Record<string, T>>,
  after: Readonly<Record<string, T>>,
): void {
  if (before === after) return;
  for (const [id, record] of Object.entries(after)) {
    if (before[id] === record) continue;
    const { id: _id, ...fields } = record;
    let entry = map.get(id);
    if (!(entry instanceof Y.Map)) {
      entry = new Y.Map<unknown>();
      for (const [key, value] of Object.entries(fields)) entry.set(key, value);
      map.set(id, entry);
      continue;
    }
    for (const [key, value] of Object.entries(fields)) setIfChanged(entry, key, value);
  }
  for (const id of Object.keys(before)) if (!after[id]) map.delete(id);
}

/**
 * The plan's actions, a field each, writing only the fields that changed. The cards an action
 * fixes are read without those this replica does not show (set aside, or still on their way in a
 * room): they are kept in the list, never dropped by an edit made without seeing them.
 */
function writePlan(
  map: Y.Map<Entry>,
  before: Readonly<Record<string, PlanAction>>,
  after: Readonly<Record<string, PlanAction>>,
): void {
  if (before === after) return;
  for (const [id, action] of Object.entries(after)) {
    const shown = before[id];
    if (shown === action) continue;
    // Compared as stored: an aim beyond the classic five is null here (it lives in `aims`).
    const previous = shown && { ...shown, target: storedAim(shown).plan };
    const { id: _id, ...rest } = action;
    const fields = { ...rest, target: storedAim(action).plan };
    const entry = map.get(id);
    if (!(entry instanceof Y.Map)) {
      const fresh = new Y.Map<unknown>();
      for (const [key, value] of Object.entries(fields)) fresh.set(key, value);
      map.set(id, fresh);
      continue;
    }
    for (const [key, value] of Object.entries(fields) as [keyof typeof fields, unknown][]) {
      if (previous && sameJson(previous[key], value)) continue;
      if (key === "cardIds") {
        const shown = new Set(previous?.cardIds ?? []);
        const stored = entry.get("cardIds");
        const unseen = Array.isArray(stored)
          ? stored.filter(
              (cardId): cardId is string =>
                typeof cardId === "string" &&
                !shown.has(cardId) &&
                !action.cardIds.includes(cardId),
            )
          : [];
        setIfChanged(entry, key, [...action.cardIds, ...unseen]);
      } else setIfChanged(entry, key, value);
    }
  }
  for (const id of Object.keys(before)) if (!after[id]) map.delete(id);
}

const storedLink = ({ from, to, kind }: Link) => ({ from, to, kind });
const storedVote = ({ elementId, by, at, weight }: Vote) => ({ elementId, by, at, weight });
/** The key beside `current` that names the running round when it is private. */
export const PRIVATE_ROUND = "private";
const storedRound = ({ private: _hidden, ...round }: VotingRound) => round;

/**
 * Writes what changed between two states of a journey into its document, within the caller's
 * transaction. `before` is null for a journey written whole (new, imported, migrated). Immer keeps
 * untouched records identical, so only what the change touched is compared.
 */
export function writeJourneyChange(doc: Y.Doc, before: Journey | null, after: Journey): void {
  const roots = journeyRoots(doc);
  for (const field of META_FIELDS) {
    if (!before || before[field] !== after[field]) setIfChanged(roots.journey, field, after[field]);
  }
  if (!before || before.updatedAt !== after.updatedAt)
    setIfChanged(roots.edited, "at", after.updatedAt);
  if (!before || before.votingRound !== after.votingRound) {
    setIfChanged(roots.round, "current", after.votingRound ? storedRound(after.votingRound) : null);
    const hidden = after.votingRound?.private ? after.votingRound.id : null;
    setIfChanged(roots.round, PRIVATE_ROUND, hidden);
  }
  writeList(roots.stages, before?.stages ?? null, after.stages, writeStageFields);
  writeList(roots.lanes, before?.lanes ?? null, after.lanes, writeLaneFields);
  const beforeCards = before?.elements ?? {};
  if (beforeCards !== after.elements) {
    for (const [id, card] of Object.entries(after.elements)) {
      if (beforeCards[id] === card) continue;
      // A card new to this document starts from nothing, whatever the journey held before.
      const previous = roots.cards.has(id) ? beforeCards[id] : undefined;
      writeCard(roots.cards, beforeCards[id], card);
      writeRatings(roots.ratings, previous, card, id);
      writeMeasures(roots.measures, previous, card, id);
    }
    for (const id of Object.keys(beforeCards))
      if (!after.elements[id]) {
        roots.cards.delete(id);
        writeRatings(roots.ratings, beforeCards[id], undefined, id);
        writeMeasures(roots.measures, beforeCards[id], undefined, id);
      }
  }
  writeRecords(roots.links, before?.links ?? {}, after.links, storedLink);
  writeRecords(roots.votes, before?.votes ?? {}, after.votes, storedVote);
  writeEntries(roots.comments, before?.comments ?? {}, after.comments);
  writeMetricDefs(roots.metricDefs, before?.customMetrics ?? {}, after.customMetrics);
  writePlan(roots.plan, before?.plan ?? {}, after.plan);
  writeAims(roots.aims, before?.plan ?? {}, after.plan);
  if (!before || before.targets !== after.targets)
    writeGoals(roots.targets, roots.goals, before?.targets ?? {}, after.targets);
}

export { AT };
