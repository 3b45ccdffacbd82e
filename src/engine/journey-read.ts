import * as Y from "yjs";
import {
  compareKeys,
  countVotes,
  isClassicMetric,
  type CustomMetric,
  type CardComment,
  type MetricTarget,
  type PlanAction,
  type Id,
  type Journey,
  type JourneyElement,
  type Lane,
  type Link,
  type PainPoint,
  type Stage,
  type Vote,
  type VotingRound,
} from "../domain";
import {
  docCommentSchema,
  docPlanActionSchema,
  docTargetSchema,
  docElementSchema,
  docJourneyMetaSchema,
  docLaneSchema,
  docLinkSchema,
  docStageSchema,
  docVoteSchema,
  docVotingRoundSchema,
  type DocElement,
} from "../format";
import type { z } from "../format/zod-config";
import {
  METRICS,
  PAIN_POINTS,
  PRIVATE_ROUND,
  journeyRoots,
  ratingKey,
  type Entry,
  type JourneyRoots,
} from "./journey-doc";
import { AT, REMOVED, isRemoved, keyOf, orderedEntries } from "./ordered";
import {
  measureKeysByCard,
  readAim,
  readGoal,
  readMeasures,
  readMetricDef,
} from "./journey-metrics";
import type { DamagedRecord } from "./damage";
import { check, labelOf } from "./read-check";

/**
 * Reading a journey out of its document, record by record, each checked against the format's
 * schema. A record that fails is left out and reported (the engine sets it aside); the rest reads.
 * Cards whose stage or lane was removed meanwhile (by someone else, at the same moment) are shown
 * in the nearest stage or lane that is still there, the same on every replica; if the removal is
 * undone, they are back where they were.
 */

export type RawCard = DocElement;

/**
 * A map's entries as an object, leaving out `skip` (a bookkeeping key such as an order key).
 * `forEach`, not `entries()`: Yjs's iterator helpers cost a third of reading a 1,000-card map.
 * A stored `__proto__` (a hostile peer's) is left out: assigned, it would set the object's
 * prototype, and the schema check reads inherited fields.
 */
function plain(map: Y.Map<unknown>, ...skip: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  map.forEach((value, key) => {
    if (key !== "__proto__" && !skip.includes(key)) out[key] = value;
  });
  return out;
}

export function readCard(
  id: Id,
  entry: Entry,
  roots: Pick<JourneyRoots, "ratings" | "measures">,
  damaged: DamagedRecord[],
  measureKeys?: readonly string[],
): RawCard | null {
  const ratings = roots.ratings;
  if (!(entry instanceof Y.Map)) {
    damaged.push({
      what: "card",
      label: "",
      problem: null,
      record: { id },
      where: { root: "cards", key: id },
    });
    return null;
  }
  // One object, filled in place: a journey's cards are read on every open.
  const value = plain(entry, AT);
  const metrics = value[METRICS];
  const painMap = value[PAIN_POINTS];
  const painPoints: unknown[] = [];
  if (painMap instanceof Y.Map) {
    for (const [painId, pain] of orderedEntries(painMap as Y.Map<Entry>)) {
      if (!(pain instanceof Y.Map)) continue;
      const point = plain(pain, AT);
      point.id = painId;
      painPoints.push(point);
    }
  }
  // The figures the library added live apart (see journey-metrics.ts): the standard ones join the
  // card's metrics, custom ones its custom figures; each is checked on its own (readMeasures).
  const { standard, custom: customFigures } = readMeasures(
    roots.measures,
    id,
    measureKeys ?? [],
    damaged,
  );
  if (metrics instanceof Y.Map) value.metrics = Object.assign(plain(metrics), standard);
  else if (typeof metrics === "object" && metrics !== null)
    value.metrics = { ...metrics, ...standard };
  if (customFigures.length) value.customFigures = customFigures;
  value.id = id;
  value.painPoints = painPoints;
  value.impact = ratings.get(ratingKey(id, "impact")) ?? null;
  value.effort = ratings.get(ratingKey(id, "effort")) ?? null;
  return check(docElementSchema, value, "card", labelOf(value, "title"), damaged, {
    root: "cards",
    key: id,
  });
}

function readList<T extends { id: string }>(
  map: Y.Map<Entry>,
  schema: z.ZodMiniType<T>,
  what: "stage" | "lane",
  damaged: DamagedRecord[],
  previous: readonly T[] = [],
): { live: T[]; removed: { id: string; key: string }[]; order: string[] } {
  const live: T[] = [];
  const removed: { id: string; key: string }[] = [];
  const order: string[] = [];
  const before = new Map(previous.map((item) => [item.id, item]));
  for (const [id, entry] of orderedEntries(map)) {
    if (!(entry instanceof Y.Map)) continue;
    order.push(id);
    if (isRemoved(entry)) {
      removed.push({ id, key: keyOf(entry) });
      continue;
    }
    const fields = plain(entry, AT, REMOVED);
    const item =
      check(schema, { id, ...fields }, what, labelOf(fields, "name"), damaged, {
        root: what === "stage" ? "stages" : "lanes",
        key: id,
      }) ?? before.get(id);
    if (item) live.push(item);
  }
  return { live, removed, order };
}

/**
 * Where a card whose stage (or lane) is gone is shown: the nearest one still there before it in
 * the list, else after it. Unknown ids (never in this document) go to the first one.
 */
function fallbackMap(order: readonly string[], liveIds: ReadonlySet<string>): Map<string, string> {
  const map = new Map<string, string>();
  const firstLive = order.find((id) => liveIds.has(id));
  order.forEach((id, i) => {
    if (liveIds.has(id) || !firstLive) return;
    let target: string | undefined;
    for (let j = i - 1; j >= 0 && !target; j--) if (liveIds.has(order[j]!)) target = order[j];
    for (let j = i + 1; j < order.length && !target; j++)
      if (liveIds.has(order[j]!)) target = order[j];
    map.set(id, target ?? firstLive);
  });
  return map;
}

/** The journey's structure as cards see it: where each stage and lane id puts a card. */
export interface Placement {
  stages: Stage[];
  lanes: Lane[];
  stageOf(id: string): string | null;
  laneOf(id: string): string | null;
}

export function readPlacement(
  roots: JourneyRoots,
  damaged: DamagedRecord[],
  previous?: Placement,
): Placement {
  const stages = readList(roots.stages, docStageSchema, "stage", damaged, previous?.stages);
  const lanes = readList(roots.lanes, docLaneSchema, "lane", damaged, previous?.lanes);
  const stageIds = new Set(stages.live.map((s) => s.id));
  const cardLanes = lanes.live.filter((l) => l.kind !== "emotionCurve");
  const cardLaneIds = new Set(cardLanes.map((l) => l.id));
  const stageFallback = fallbackMap(stages.order, stageIds);
  // The emotion curve holds no cards: a card there goes to the nearest lane that holds cards.
  const laneFallback = fallbackMap(lanes.order, cardLaneIds);
  const firstStage = stages.live[0]?.id ?? null;
  const firstLane = cardLanes[0]?.id ?? null;
  return {
    stages: stages.live,
    lanes: lanes.live,
    stageOf: (id) => (stageIds.has(id) ? id : (stageFallback.get(id) ?? firstStage)),
    laneOf: (id) => (cardLaneIds.has(id) ? id : (laneFallback.get(id) ?? firstLane)),
  };
}

/** The round running, null for none, undefined when it does not read. */
export function readRound(
  roots: JourneyRoots,
  damaged: DamagedRecord[],
): VotingRound | null | undefined {
  const value = roots.round.get("current");
  if (value === undefined || value === null) return null;
  const where = { root: "round", key: "current" };
  const round = check(docVotingRoundSchema, value, "round", "", damaged, where);
  if (!round) return undefined;
  // Private beside the round, not in it: a release from before private rounds reads the round
  // as it always did (and so never sets it aside as damaged for the whole room).
  const { private: _old, ...shared } = round;
  return roots.round.get(PRIVATE_ROUND) === round.id ? { ...shared, private: true } : shared;
}

export function readMeta(
  roots: JourneyRoots,
  placement: Placement,
  round: VotingRound | null,
  damaged: DamagedRecord[],
): Omit<
  Journey,
  "elements" | "links" | "votes" | "comments" | "plan" | "targets" | "customMetrics"
> | null {
  const fields = plain(roots.journey);
  const value = { ...fields, updatedAt: roots.edited.get("at"), votingRound: round };
  const meta = check(docJourneyMetaSchema, value, "journey", labelOf(fields, "title"), damaged);
  if (!meta || placement.stages.length === 0 || placement.lanes.length === 0) return null;
  return { ...meta, stages: placement.stages, lanes: placement.lanes };
}

export function readLink(id: Id, value: unknown, damaged: DamagedRecord[]): Link | null {
  const fields = typeof value === "object" && value !== null ? value : {};
  return check(docLinkSchema, { ...fields, id }, "link", "", damaged, { root: "links", key: id });
}

export function readVote(id: Id, value: unknown, damaged: DamagedRecord[]): Vote | null {
  const fields = typeof value === "object" && value !== null ? value : {};
  return check(docVoteSchema, { ...fields, id }, "vote", "", damaged, { root: "votes", key: id });
}

export function readTarget(
  key: string,
  value: unknown,
  damaged: DamagedRecord[],
): MetricTarget | null {
  const fields = typeof value === "object" && value !== null ? value : {};
  const where = { root: "targets", key };
  const target = check(docTargetSchema, { ...fields, metric: key }, "target", key, damaged, where);
  // The classic five only: goals for the library's other metrics live in their own root.
  if (target && !isClassicMetric(key)) {
    damaged.push({ what: "target", label: key, problem: null, record: value, where });
    return null;
  }
  return target;
}

export function readAction(id: Id, entry: unknown, damaged: DamagedRecord[]): PlanAction | null {
  const fields = entry instanceof Y.Map ? plain(entry) : {};
  const where = { root: "plan", key: id };
  const label = labelOf(fields, "title");
  return check(docPlanActionSchema, { ...fields, id }, "action", label, damaged, where);
}

export function readComment(id: Id, entry: unknown, damaged: DamagedRecord[]): CardComment | null {
  const fields = entry instanceof Y.Map ? plain(entry) : {};
  const where = { root: "comments", key: id };
  const label = labelOf(fields, "text");
  return check(docCommentSchema, { ...fields, id }, "comment", label, damaged, where);
}

/** Every raw record of a journey document, each checked. */
export interface RawJourney {
  placement: Placement;
  round: VotingRound | null;
  meta: Omit<
    Journey,
    "elements" | "links" | "votes" | "comments" | "plan" | "targets" | "customMetrics"
  > | null;
  cards: Map<Id, RawCard>;
  links: Map<Id, Link>;
  votes: Map<Id, Vote>;
  comments: Map<Id, CardComment>;
  plan: Map<Id, PlanAction>;
  targets: Map<string, MetricTarget>;
  /** Goals for metrics beyond the classic five (see journey-metrics.ts). */
  goals: Map<string, MetricTarget>;
  /** Actions' aims at metrics beyond the classic five, by action. */
  aims: Map<Id, NonNullable<PlanAction["target"]>>;
  metricDefs: Map<Id, CustomMetric>;
}

export function readRawJourney(doc: Y.Doc, damaged: DamagedRecord[]): RawJourney {
  const roots = journeyRoots(doc);
  const placement = readPlacement(roots, damaged);
  const round = readRound(roots, damaged) ?? null;
  const meta = readMeta(roots, placement, round, damaged);
  const cards = new Map<Id, RawCard>();
  const measureKeys = measureKeysByCard(roots.measures);
  roots.cards.forEach((entry, id) => {
    const card = readCard(id, entry, roots, damaged, measureKeys.get(id) ?? []);
    if (card) cards.set(id, card);
  });
  const links = new Map<Id, Link>();
  for (const [id, value] of roots.links.entries()) {
    const link = readLink(id, value, damaged);
    if (link) links.set(id, link);
  }
  const votes = new Map<Id, Vote>();
  for (const [id, value] of roots.votes.entries()) {
    const vote = readVote(id, value, damaged);
    if (vote) votes.set(id, vote);
  }
  const comments = new Map<Id, CardComment>();
  for (const [id, entry] of roots.comments.entries()) {
    const comment = readComment(id, entry, damaged);
    if (comment) comments.set(id, comment);
  }
  const plan = new Map<Id, PlanAction>();
  for (const [id, entry] of roots.plan.entries()) {
    const action = readAction(id, entry, damaged);
    if (action) plan.set(id, action);
  }
  const targets = new Map<string, MetricTarget>();
  for (const [key, value] of roots.targets.entries()) {
    const target = readTarget(key, value, damaged);
    if (target) targets.set(key, target);
  }
  const goals = new Map<string, MetricTarget>();
  for (const [key, value] of roots.goals.entries()) {
    const goal = readGoal(key, value, damaged);
    if (goal) goals.set(key, goal);
  }
  const aims = new Map<Id, NonNullable<PlanAction["target"]>>();
  for (const [id, value] of roots.aims.entries()) {
    const aim = readAim(id, value, damaged);
    if (aim) aims.set(id, aim);
  }
  const metricDefs = new Map<Id, CustomMetric>();
  for (const [id, value] of roots.metricDefs.entries()) {
    const metric = readMetricDef(id, value, damaged);
    if (metric) metricDefs.set(id, metric);
  }
  return {
    placement,
    round,
    meta,
    cards,
    links,
    votes,
    comments,
    plan,
    targets,
    goals,
    aims,
    metricDefs,
  };
}

/** Which card a shown card was made from, so an unchanged one keeps its identity. */
const sourceOf = new WeakMap<JourneyElement, RawCard>();

function placeCard(
  raw: RawCard,
  placement: Placement,
  votes: number,
  previous: JourneyElement | undefined,
): JourneyElement | null {
  const stageId = placement.stageOf(raw.stageId);
  const laneId = placement.laneOf(raw.laneId);
  if (!stageId || !laneId) return null;
  if (
    previous &&
    sourceOf.get(previous) === raw &&
    previous.stageId === stageId &&
    previous.laneId === laneId &&
    previous.votes === votes
  )
    return previous;
  const { customFigures, ...fields } = raw;
  const metrics: JourneyElement["metrics"] = { ...(fields.metrics as JourneyElement["metrics"]) };
  for (const figure of customFigures ?? []) metrics[figure.metric] = figure.value;
  // `fields` is this card's own copy: filled in place rather than copied again.
  const element = Object.assign(fields, {
    metrics,
    stageId,
    laneId,
    votes,
    painPoints: raw.painPoints as PainPoint[],
  }) satisfies JourneyElement;
  sourceOf.set(element, raw);
  return element;
}

/**
 * The journey as the domain and the interface see it, from its raw records. `previous` (the last
 * journey read) lends its objects wherever nothing changed, so React redraws only what did.
 */
export function assembleJourney(raw: RawJourney, previous: Journey | null): Journey | null {
  if (!raw.meta) return null;
  const elements: Record<Id, JourneyElement> = {};
  const liveVotes: Record<Id, Vote> = {};
  for (const [id, vote] of raw.votes) if (raw.cards.has(vote.elementId)) liveVotes[id] = vote;
  const counts = countVotes(liveVotes, raw.round);
  let sameElements = previous !== null;
  for (const [id, card] of raw.cards) {
    const element = placeCard(card, raw.placement, counts.get(id) ?? 0, previous?.elements[id]);
    if (!element) continue;
    elements[id] = element;
    if (element !== previous?.elements[id]) sameElements = false;
  }
  if (previous && Object.keys(previous.elements).length !== Object.keys(elements).length)
    sameElements = false;
  const links: Record<Id, Link> = {};
  for (const [id, link] of raw.links) {
    if (elements[link.from] && elements[link.to]) links[id] = link;
  }
  // A comment whose card is gone, or a reply whose thread is, is not shown.
  const comments: Record<Id, CardComment> = {};
  for (const [id, comment] of raw.comments) {
    if (!elements[comment.elementId]) continue;
    const first = comment.replyTo === null ? comment : raw.comments.get(comment.replyTo);
    if (first && first.replyTo === null && first.elementId === comment.elementId)
      comments[id] = comment;
  }
  const plan: Record<Id, PlanAction> = {};
  for (const [id, action] of raw.plan)
    plan[id] = actionOnMap(aimed(action, raw.aims.get(id)), elements);
  const targets: Journey["targets"] = {};
  for (const target of raw.targets.values()) targets[target.metric] = target;
  for (const goal of raw.goals.values()) targets[goal.metric] = goal;
  const customMetrics: Journey["customMetrics"] = {};
  for (const [id, metric] of raw.metricDefs) customMetrics[id] = metric;
  return {
    ...raw.meta,
    stages: reuse(previous?.stages, raw.meta.stages),
    lanes: reuse(previous?.lanes, raw.meta.lanes),
    elements: sameElements && previous ? previous.elements : elements,
    links: previous && sameRecords(previous.links, links) ? previous.links : links,
    votes: previous && sameRecords(previous.votes, liveVotes) ? previous.votes : liveVotes,
    comments: previous && sameRecords(previous.comments, comments) ? previous.comments : comments,
    plan: previous && sameRecords(previous.plan, plan) ? previous.plan : plan,
    targets: previous && sameRecords(previous.targets, targets) ? previous.targets : targets,
    customMetrics:
      previous && sameRecords(previous.customMetrics, customMetrics)
        ? previous.customMetrics
        : customMetrics,
  };
}

/** An action with its aim at a metric beyond the classic five (the same object while it is). */
const aimedActions = new WeakMap<PlanAction, PlanAction>();
function aimed(action: PlanAction, aim: PlanAction["target"] | undefined): PlanAction {
  // An aim at a classic metric set by a release before the library wins over a stale one here.
  if (!aim || action.target !== null) return action;
  const shown = aimedActions.get(action);
  if (shown && shown.target === aim) return shown;
  const next = { ...action, target: aim };
  aimedActions.set(action, next);
  return next;
}

/** An action as shown with the cards it fixes that are on the map (the same object while all are). */
const shownActions = new WeakMap<PlanAction, PlanAction>();
function actionOnMap(action: PlanAction, elements: Record<Id, JourneyElement>): PlanAction {
  if (action.cardIds.every((id) => elements[id])) return action;
  const cardIds = action.cardIds.filter((id) => elements[id]);
  const shown = shownActions.get(action);
  if (shown && shown.cardIds.join() === cardIds.join()) return shown;
  const next = { ...action, cardIds };
  shownActions.set(action, next);
  return next;
}

function sameRecords<T>(a: Readonly<Record<string, T>>, b: Readonly<Record<string, T>>): boolean {
  const keys = Object.keys(b);
  if (Object.keys(a).length !== keys.length) return false;
  return keys.every((key) => a[key] === b[key]);
}

/** Keeps the previous list (and its items) where they read the same. */
function reuse<T extends object>(previous: readonly T[] | undefined, next: T[]): T[] {
  if (!previous) return next;
  const byJson = (item: T) => JSON.stringify(item);
  const items = next.map((item, i) =>
    previous[i] && byJson(previous[i]) === byJson(item) ? previous[i] : item,
  );
  return items.length === previous.length && items.every((item, i) => item === previous[i])
    ? (previous as T[])
    : items;
}

export { compareKeys };
