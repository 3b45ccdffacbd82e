import {
  cellElements,
  emotionCurve,
  type Id,
  type Journey,
  type JourneyElement,
  type Lane,
  type Satisfaction,
} from "../domain";

/**
 * What a presentation shows of a journey: the lanes that hold something (collapsed lanes stay
 * hidden, as in the editor), and per stage its lanes with their cards. Pure.
 */

export function presentedLanes(journey: Journey): Lane[] {
  const used = new Set<Id>();
  for (const element of Object.values(journey.elements)) used.add(element.laneId);
  const hasTouchpoints = Object.values(journey.elements).some((e) => e.kind === "touchpoint");
  return journey.lanes.filter(
    (lane) =>
      !lane.collapsed && (lane.kind === "emotionCurve" ? hasTouchpoints : used.has(lane.id)),
  );
}

/** The journey as the overview draws it: the same data with only the presented lanes. */
export function presentedJourney(journey: Journey): Journey {
  const lanes = presentedLanes(journey);
  return lanes.length === journey.lanes.length ? journey : { ...journey, lanes };
}

export interface StageLane {
  lane: Lane;
  cards: JourneyElement[];
}

/** The lanes of one stage that hold cards, in lane order (the emotion curve is drawn apart). */
export function stageLanes(journey: Journey, stageId: Id): StageLane[] {
  return presentedLanes(journey)
    .filter((lane) => lane.kind !== "emotionCurve")
    .map((lane) => ({ lane, cards: cellElements(journey, stageId, lane.id) }))
    .filter((entry) => entry.cards.length > 0);
}

export interface StagePoint {
  elementId: Id;
  title: string;
  satisfaction: Satisfaction | null;
}

export interface StageEmotion {
  points: StagePoint[];
  /** The nearest scored touchpoint before and after the stage, so the line runs on. */
  before: Satisfaction | null;
  after: Satisfaction | null;
}

/** The emotion curve's part for one stage: its touchpoints, and where the line comes from and goes. */
export function stageEmotion(journey: Journey, stageId: Id): StageEmotion | null {
  const curve = emotionCurve(journey);
  const index = journey.stages.findIndex((s) => s.id === stageId);
  const inStage = curve.filter((p) => p.stageId === stageId);
  if (!inStage.length) return null;
  const before = curve.filter((p) => p.stageIndex < index && p.satisfaction !== null).at(-1);
  const after = curve.find((p) => p.stageIndex > index && p.satisfaction !== null);
  return {
    points: inStage.map((p) => ({
      elementId: p.elementId,
      title: journey.elements[p.elementId]?.title ?? "",
      satisfaction: p.satisfaction,
    })),
    before: before?.satisfaction ?? null,
    after: after?.satisfaction ?? null,
  };
}

/** Which stage a card is in, as a presentation step (1-based), or null. */
export function stepOfCard(journey: Journey, elementId: Id): number | null {
  const element = journey.elements[elementId];
  if (!element) return null;
  const index = journey.stages.findIndex((s) => s.id === element.stageId);
  return index < 0 ? null : index + 1;
}
