import {
  DEFAULT_LANES,
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
    order?: number;
  } & Partial<JourneyElement>,
): JourneyElement {
  const { id, kind = "touchpoint", stage = 0, lane = "touchpoints", order, ...rest } = spec;
  const element = {
    ...createElement(id, kind, stageId(journey, stage), laneId(journey, lane), rest.title ?? id),
    ...rest,
    order: order ?? Object.keys(journey.elements).length + 1,
  };
  journey.elements[id] = element;
  return element;
}

export function workspaceWith(journey: Journey): Workspace {
  const persona = createPersona(journey.personaId, "Maya", 1_000);
  return { personas: { [persona.id]: persona }, journeys: { [journey.id]: journey } };
}
