import { elementsInJourneyOrder } from "./cells";
import type {
  ChannelRef,
  DepartmentRef,
  Id,
  Journey,
  JourneyElement,
  PainPoint,
  Satisfaction,
  Severity,
} from "./types";

/** Derived values: pure functions of a journey, never stored. */

export interface EmotionPoint {
  elementId: Id;
  stageId: Id;
  stageIndex: number;
  /** Position among the touchpoints of its stage, and how many there are. */
  indexInStage: number;
  countInStage: number;
  satisfaction: Satisfaction | null;
}

/** Every touchpoint in journey order, scored or not (unscored ones are marked, never drawn as 0). */
export function emotionCurve(journey: Journey): EmotionPoint[] {
  const stageIndex = new Map(journey.stages.map((s, i) => [s.id, i]));
  const touchpoints = elementsInJourneyOrder(
    journey,
    (e) => e.kind === "touchpoint" && stageIndex.has(e.stageId),
  );
  const perStage = new Map<Id, number>();
  for (const t of touchpoints) perStage.set(t.stageId, (perStage.get(t.stageId) ?? 0) + 1);
  const seen = new Map<Id, number>();
  return touchpoints.map((t) => {
    const indexInStage = seen.get(t.stageId) ?? 0;
    seen.set(t.stageId, indexInStage + 1);
    return {
      elementId: t.id,
      stageId: t.stageId,
      stageIndex: stageIndex.get(t.stageId)!,
      indexInStage,
      countInStage: perStage.get(t.stageId)!,
      satisfaction: t.satisfaction,
    };
  });
}

export interface StageSatisfaction {
  stageId: Id;
  average: number | null;
  scored: number;
  touchpoints: number;
}

export function satisfactionByStage(journey: Journey): StageSatisfaction[] {
  return journey.stages.map((stage) => {
    const touchpoints = Object.values(journey.elements).filter(
      (e) => e.kind === "touchpoint" && e.stageId === stage.id,
    );
    const scores = touchpoints
      .map((t) => t.satisfaction)
      .filter((s): s is Satisfaction => s !== null);
    const average = scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : null;
    return { stageId: stage.id, average, scored: scores.length, touchpoints: touchpoints.length };
  });
}

export const SEVERITY_WEIGHT: Record<Severity, number> = { low: 1, medium: 2, high: 3 };

/** The worst severity among pain points, or null when there are none. */
export function worstSeverity(painPoints: readonly PainPoint[]): Severity | null {
  let worst: Severity | null = null;
  for (const p of painPoints)
    if (!worst || SEVERITY_WEIGHT[p.severity] > SEVERITY_WEIGHT[worst]) worst = p.severity;
  return worst;
}

export interface StageFriction {
  stageId: Id;
  frictionPoints: number;
  painPoints: number;
  /** Pain points weighted by severity (low 1, medium 2, high 3). */
  weighted: number;
}

export function frictionByStage(journey: Journey): StageFriction[] {
  return journey.stages.map((stage) => {
    const inStage = Object.values(journey.elements).filter((e) => e.stageId === stage.id);
    const painPoints = inStage.flatMap((e) => e.painPoints);
    return {
      stageId: stage.id,
      frictionPoints: inStage.filter((e) => e.kind === "frictionPoint").length,
      painPoints: painPoints.length,
      weighted: painPoints.reduce((sum, p) => sum + SEVERITY_WEIGHT[p.severity], 0),
    };
  });
}

export function channelKey(channel: ChannelRef | null): string {
  if (!channel) return "none";
  return channel.kind === "standard"
    ? `standard:${channel.id}`
    : `custom:${channel.name.trim().toLocaleLowerCase()}`;
}

export function departmentKey(owner: DepartmentRef | null): string {
  if (!owner) return "none";
  return owner.kind === "standard"
    ? `standard:${owner.id}`
    : `custom:${owner.name.trim().toLocaleLowerCase()}`;
}

export interface ChannelFriction {
  channel: ChannelRef | null;
  frictionPoints: number;
  painPoints: number;
}

/**
 * Friction per channel. A friction point counts for its own channel, or else for the channels of
 * the touchpoints it is linked to; pain points count for the channel of the card holding them.
 */
export function frictionByChannel(journey: Journey): ChannelFriction[] {
  const rows = new Map<string, ChannelFriction>();
  const row = (channel: ChannelRef | null) => {
    const key = channelKey(channel);
    let r = rows.get(key);
    if (!r) {
      r = { channel, frictionPoints: 0, painPoints: 0 };
      rows.set(key, r);
    }
    return r;
  };
  const links = Object.values(journey.links);
  for (const element of Object.values(journey.elements)) {
    if (element.painPoints.length) row(element.channel).painPoints += element.painPoints.length;
    if (element.kind !== "frictionPoint") continue;
    if (element.channel) {
      row(element.channel).frictionPoints += 1;
      continue;
    }
    const linked = links
      .filter((l) => l.from === element.id || l.to === element.id)
      .map((l) => journey.elements[l.from === element.id ? l.to : l.from])
      .filter(
        (e): e is JourneyElement =>
          e !== undefined && e.kind === "touchpoint" && e.channel !== null,
      );
    const channels = new Map(linked.map((t) => [channelKey(t.channel), t.channel]));
    if (channels.size === 0) row(null).frictionPoints += 1;
    for (const channel of channels.values()) row(channel).frictionPoints += 1;
  }
  return [...rows.values()].sort(
    (a, b) => b.frictionPoints - a.frictionPoints || b.painPoints - a.painPoints,
  );
}

/** Scored touchpoints from least to most satisfied; ties broken by more pain points first. */
export function worstRatedTouchpoints(journey: Journey, limit = 5): JourneyElement[] {
  return elementsInJourneyOrder(journey, (e) => e.kind === "touchpoint" && e.satisfaction !== null)
    .sort((a, b) => a.satisfaction! - b.satisfaction! || b.painPoints.length - a.painPoints.length)
    .slice(0, limit);
}

export interface RankedPainPoint {
  painPoint: PainPoint;
  element: JourneyElement;
  votes: number;
}

/** Pain points ranked by the votes on their card, then by severity. */
export function mostVotedPainPoints(journey: Journey, limit = 10): RankedPainPoint[] {
  const ranked: RankedPainPoint[] = [];
  for (const element of elementsInJourneyOrder(journey)) {
    for (const painPoint of element.painPoints)
      ranked.push({ painPoint, element, votes: element.votes });
  }
  return ranked
    .sort(
      (a, b) =>
        b.votes - a.votes ||
        SEVERITY_WEIGHT[b.painPoint.severity] - SEVERITY_WEIGHT[a.painPoint.severity],
    )
    .slice(0, limit);
}

/** Cards of the given kinds ranked by votes (cards without votes are left out). */
export function mostVotedCards(
  journey: Journey,
  kinds: readonly JourneyElement["kind"][],
): JourneyElement[] {
  const wanted = new Set(kinds);
  return elementsInJourneyOrder(journey, (e) => wanted.has(e.kind) && e.votes > 0).sort(
    (a, b) => b.votes - a.votes,
  );
}
