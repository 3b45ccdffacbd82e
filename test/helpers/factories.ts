import { generateKeyBetween } from "fractional-indexing-jittered";
import {
  DEFAULT_LANES,
  FREE_VOTER,
  DEFAULT_STAGES,
  createBlankJourney,
  createElement,
  createPersona,
  type ElementKind,
  type IdFactory,
  type Journey,
  type JourneyElement,
  type LaneKind,
  type Workspace,
} from "../../src/domain";

/** Ids that read well in failures: a-1, a-2, ... */
export function sequentialIds(prefix = "id"): IdFactory {
  let n = 0;
  return () => `${prefix}-${++n}`;
}

export const STAGE_NAMES = Object.fromEntries(DEFAULT_STAGES.map((k) => [k, k])) as Record<
  (typeof DEFAULT_STAGES)[number],
  string
>;
export const LANE_NAMES = Object.fromEntries(
  DEFAULT_LANES.map((k) => [k, k]).concat([["custom", "custom"]]),
) as Record<LaneKind, string>;

export function blankJourney(
  options: { id?: string; personaId?: string; newId?: IdFactory; now?: number } = {},
): Journey {
  const newId = options.newId ?? sequentialIds("j");
  return createBlankJourney({
    id: options.id ?? "journey-1",
    personaId: options.personaId ?? "persona-1",
    title: "Order groceries",
    now: options.now ?? 1_000,
    stageNames: STAGE_NAMES,
    laneNames: LANE_NAMES,
    newId,
  });
}

export function laneId(journey: Journey, kind: LaneKind): string {
  return journey.lanes.find((l) => l.kind === kind)!.id;
}

export function stageId(journey: Journey, index: number): string {
  return journey.stages[index]!.id;
}

/** Puts a card straight into a journey (test setup, not under test). */
export function withCard(
  journey: Journey,
  spec: {
    id: string;
    kind?: ElementKind;
    stage?: number;
    lane?: LaneKind;
    /** The card's place in its cell, counted from 1 (turned into an order key). */
    order?: number;
  } & Partial<Omit<JourneyElement, "order">>,
): JourneyElement {
  const { id, kind = "touchpoint", stage = 0, lane = "touchpoints", order, votes, ...rest } = spec;
  const element: JourneyElement = {
    ...createElement(id, kind, stageId(journey, stage), laneId(journey, lane), rest.title ?? id),
    ...rest,
    order: orderKey(order ?? Object.keys(journey.elements).length + 1),
    votes: 0,
  };
  journey.elements[id] = element;
  // Votes are entries; the card's count follows them.
  for (let i = 0; i < (votes ?? 0); i++) {
    const voteId = `${id}-vote-${i}`;
    journey.votes[voteId] = { id: voteId, elementId: id, by: FREE_VOTER, at: 1_000, weight: 1 };
  }
  element.votes = votes ?? 0;
  return element;
}

/**
 * An order key for a small whole number, the same for the same number, in the numbers' order
 * (1 -> "a1" ... 9 -> "a9", 10 -> "aA"): tests place cards by numbers and read them easily.
 */
export function orderKey(place: number): string {
  const keys = orderKeys(place);
  return keys[place - 1]!;
}
const KEYS: string[] = [];
function orderKeys(count: number): string[] {
  while (KEYS.length < count) KEYS.push(keyAfter(KEYS[KEYS.length - 1] ?? null));
  return KEYS;
}

export function workspaceWith(journey: Journey): Workspace {
  const persona = createPersona(journey.personaId, "Maya", 1_000);
  return { personas: { [persona.id]: persona }, journeys: { [journey.id]: journey } };
}

/** The next key without jitter, so test keys are the same on every run. */
function keyAfter(key: string | null): string {
  return generateKeyBetween(key, null);
}
