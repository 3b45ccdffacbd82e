import { cloneElement } from "./elements";
import type { IdFactory } from "./ids";
import { createLane, createStage } from "./structure";
import { countVotes } from "./votes";
import type {
  CardComment,
  Id,
  Journey,
  JourneyElement,
  LaneKind,
  Link,
  PlanAction,
  Timestamp,
  Vote,
} from "./types";

/** The stages a new journey starts with (PRODUCT.md), named by the caller in its locale. */
export const DEFAULT_STAGES = [
  "awareness",
  "consideration",
  "purchase",
  "onboarding",
  "support",
  "loyalty",
] as const;
export type DefaultStage = (typeof DEFAULT_STAGES)[number];

/** The lanes a new journey starts with, top to bottom. */
export const DEFAULT_LANES: readonly LaneKind[] = [
  "actions",
  "touchpoints",
  "channels",
  "thoughts",
  "emotionCurve",
  "frictionPoints",
  "momentsOfDelight",
  "opportunities",
  "backstage",
];

export interface BlankJourneyInput {
  id: Id;
  personaId: Id;
  title: string;
  now: Timestamp;
  stageNames: Readonly<Record<DefaultStage, string>>;
  laneNames: Readonly<Record<LaneKind, string>>;
  newId: IdFactory;
}

export function createBlankJourney(input: BlankJourneyInput): Journey {
  return {
    id: input.id,
    personaId: input.personaId,
    title: input.title,
    scenario: "",
    goal: "",
    state: "current",
    currentStateId: null,
    stages: DEFAULT_STAGES.map((key) => createStage(input.newId(), input.stageNames[key])),
    lanes: DEFAULT_LANES.map((kind) => createLane(input.newId(), input.laneNames[kind], kind)),
    elements: {},
    links: {},
    votes: {},
    votingRound: null,
    comments: {},
    plan: {},
    targets: {},
    customMetrics: {},
    createdAt: input.now,
    updatedAt: input.now,
  };
}

export type JourneyMetaChanges = Partial<Pick<Journey, "title" | "scenario" | "goal">>;

export function updateJourneyMeta(journey: Journey, changes: JourneyMetaChanges): void {
  if (changes.title !== undefined) journey.title = changes.title;
  if (changes.scenario !== undefined) journey.scenario = changes.scenario;
  if (changes.goal !== undefined) journey.goal = changes.goal;
}

/**
 * A deep copy with fresh ids for the journey and everything in it (stages, lanes, cards, pain
 * points, links), with every reference remapped. Used for duplicates, future states and imports
 * whose ids already exist.
 */
export function copyJourneyWithFreshIds(
  journey: Journey,
  newId: IdFactory,
  overrides: Partial<Pick<Journey, "personaId" | "title" | "state" | "currentStateId">> & {
    now: Timestamp;
  },
): Journey {
  const stageIds = new Map(journey.stages.map((s) => [s.id, newId()]));
  const laneIds = new Map(journey.lanes.map((l) => [l.id, newId()]));
  const elementIds = new Map(Object.keys(journey.elements).map((id) => [id, newId()]));
  const elements: Record<Id, JourneyElement> = {};
  for (const element of Object.values(journey.elements)) {
    const id = elementIds.get(element.id)!;
    elements[id] = {
      ...cloneElement(element),
      id,
      stageId: stageIds.get(element.stageId) ?? element.stageId,
      laneId: laneIds.get(element.laneId) ?? element.laneId,
      painPoints: element.painPoints.map((p) => ({ ...p, id: newId() })),
    };
  }
  const links: Record<Id, Link> = {};
  for (const link of Object.values(journey.links)) {
    const from = elementIds.get(link.from);
    const to = elementIds.get(link.to);
    if (!from || !to) continue;
    const id = newId();
    links[id] = { id, from, to, kind: link.kind };
  }
  const votes: Record<Id, Vote> = {};
  // A private round's dots are nobody's to see until it ends: a copy does not carry them.
  const round = journey.votingRound;
  const hidden = round?.private ? `round:${round.id}:` : null;
  for (const vote of Object.values(journey.votes)) {
    const elementId = elementIds.get(vote.elementId);
    if (!elementId || (hidden && vote.by.startsWith(hidden))) continue;
    const id = newId();
    votes[id] = { ...vote, id, elementId };
  }
  const counts = countVotes(votes, null);
  for (const element of Object.values(elements)) element.votes = counts.get(element.id) ?? 0;
  // The discussion comes along, threads kept together under their new ids.
  const commentIds = new Map(Object.keys(journey.comments).map((id) => [id, newId()]));
  const comments: Record<Id, CardComment> = {};
  for (const comment of Object.values(journey.comments)) {
    const elementId = elementIds.get(comment.elementId);
    const replyTo = comment.replyTo === null ? null : commentIds.get(comment.replyTo);
    if (!elementId || replyTo === undefined) continue;
    const id = commentIds.get(comment.id)!;
    comments[id] = { ...comment, id, elementId, replyTo };
  }
  // The plan comes along, each action fixing the copies of its cards.
  const plan: Record<Id, PlanAction> = {};
  for (const action of Object.values(journey.plan)) {
    const id = newId();
    plan[id] = {
      ...action,
      id,
      owner: action.owner ? { ...action.owner } : null,
      target: action.target ? { ...action.target } : null,
      cardIds: action.cardIds.flatMap((cardId) => elementIds.get(cardId) ?? []),
    };
  }
  return {
    ...journey,
    id: newId(),
    personaId: overrides.personaId ?? journey.personaId,
    title: overrides.title ?? journey.title,
    state: overrides.state ?? journey.state,
    currentStateId:
      overrides.currentStateId !== undefined ? overrides.currentStateId : journey.currentStateId,
    stages: journey.stages.map((s) => ({ ...s, id: stageIds.get(s.id)! })),
    lanes: journey.lanes.map((l) => ({ ...l, id: laneIds.get(l.id)! })),
    elements,
    links,
    votes,
    // A copy starts outside any round; the votes it carries count as they did.
    votingRound: null,
    comments,
    plan,
    createdAt: overrides.now,
    updatedAt: overrides.now,
  };
}

export function duplicateJourney(
  journey: Journey,
  newId: IdFactory,
  title: string,
  now: Timestamp,
): Journey {
  return copyJourneyWithFreshIds(journey, newId, { title, now });
}

/** A future-state copy of a current-state journey, linked back to it. */
export function createFutureState(
  journey: Journey,
  newId: IdFactory,
  title: string,
  now: Timestamp,
): Journey {
  return copyJourneyWithFreshIds(journey, newId, {
    title,
    state: "future",
    currentStateId: journey.id,
    now,
  });
}
