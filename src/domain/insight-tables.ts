import { elementsInJourneyOrder } from "./cells";
import {
  channelKey,
  departmentKey,
  SEVERITY_WEIGHT,
  worstSeverity,
  type RankedPainPoint,
} from "./insights";
import {
  type ChannelRef,
  type Confidence,
  type DepartmentRef,
  type Id,
  type Journey,
  type JourneyElement,
  type MetricId,
  type Metrics,
  type Satisfaction,
  type Severity,
} from "./types";
import { sortMetricIds } from "./metrics";

/** Derived tables for the Insights view: pure functions of a journey, never stored. */

export interface StageProfile {
  stageId: Id;
  average: number | null;
  lowest: Satisfaction | null;
  highest: Satisfaction | null;
  scored: number;
  unscored: number;
  /** The touchpoints of the stage, scored or not (what the figure leads to). */
  cardIds: Id[];
}

/** Satisfaction of each stage's touchpoints: average and spread, with how many are unscored. */
export function satisfactionProfile(journey: Journey): StageProfile[] {
  const byStage = new Map<Id, JourneyElement[]>(journey.stages.map((s) => [s.id, []]));
  for (const element of Object.values(journey.elements))
    if (element.kind === "touchpoint") byStage.get(element.stageId)?.push(element);
  return journey.stages.map((stage) => {
    const touchpoints = byStage.get(stage.id)!;
    const scores = touchpoints
      .map((t) => t.satisfaction)
      .filter((s): s is Satisfaction => s !== null);
    return {
      stageId: stage.id,
      average: scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : null,
      lowest: scores.length ? (Math.min(...scores) as Satisfaction) : null,
      highest: scores.length ? (Math.max(...scores) as Satisfaction) : null,
      scored: scores.length,
      unscored: touchpoints.length - scores.length,
      cardIds: touchpoints.map((t) => t.id),
    };
  });
}

export interface HeatCell {
  /** Cards with friction here: friction points, and any card holding pain points. */
  cardIds: Id[];
  painPoints: number;
  worst: Severity | null;
}

export interface HeatRow {
  key: string;
  /** The channel or owner department the row is for; null for cards without one. */
  channel?: ChannelRef | null;
  owner?: DepartmentRef | null;
  cells: HeatCell[];
  total: number;
}

const hasFriction = (e: JourneyElement) => e.kind === "frictionPoint" || e.painPoints.length > 0;

/**
 * Friction by stage and channel: a friction point counts for its own channel, or else for the
 * channels of the touchpoints it is linked to (as `frictionByChannel` counts); a card with pain
 * points counts for its own channel. Rows with the most friction first, "none" last.
 */
export function frictionByStageAndChannel(journey: Journey): HeatRow[] {
  const links = Object.values(journey.links);
  return heatmap(journey, (element) => {
    if (element.channel || element.kind !== "frictionPoint")
      return [{ key: channelKey(element.channel), channel: element.channel }];
    const linked = new Map<string, ChannelRef>();
    for (const link of links) {
      const other =
        link.from === element.id
          ? journey.elements[link.to]
          : link.to === element.id
            ? journey.elements[link.from]
            : undefined;
      if (other?.kind === "touchpoint" && other.channel)
        linked.set(channelKey(other.channel), other.channel);
    }
    if (!linked.size) return [{ key: "none", channel: null }];
    return [...linked].map(([key, channel]) => ({ key, channel }));
  });
}

/** Friction by stage and the department that owns the card. */
export function frictionByStageAndOwner(journey: Journey): HeatRow[] {
  return heatmap(journey, (element) => [
    { key: departmentKey(element.owner), owner: element.owner },
  ]);
}

function heatmap(
  journey: Journey,
  rowsOf: (element: JourneyElement) => Omit<HeatRow, "cells" | "total">[],
): HeatRow[] {
  const column = new Map(journey.stages.map((s, i) => [s.id, i]));
  const rows = new Map<string, HeatRow>();
  for (const element of Object.values(journey.elements)) {
    const at = column.get(element.stageId);
    if (at === undefined || !hasFriction(element)) continue;
    for (const ref of rowsOf(element)) {
      let row = rows.get(ref.key);
      if (!row) {
        row = {
          ...ref,
          cells: journey.stages.map(() => ({ cardIds: [], painPoints: 0, worst: null })),
          total: 0,
        };
        rows.set(ref.key, row);
      }
      const cell = row.cells[at]!;
      cell.cardIds.push(element.id);
      cell.painPoints += element.painPoints.length;
      const worst = worstSeverity(element.painPoints);
      if (worst && (!cell.worst || SEVERITY_WEIGHT[worst] > SEVERITY_WEIGHT[cell.worst]))
        cell.worst = worst;
      row.total += 1;
    }
  }
  return [...rows.values()].sort(
    (a, b) => Number(a.key === "none") - Number(b.key === "none") || b.total - a.total,
  );
}

export type EvidenceLevel = Confidence | "none";

export interface StageEvidence {
  stageId: Id;
  counts: Record<EvidenceLevel, number>;
  cardIds: Record<EvidenceLevel, Id[]>;
}

/** How well each stage's cards are backed: assumed, partly backed, validated, or not said. */
export function evidenceByStage(journey: Journey): StageEvidence[] {
  const rows = new Map(
    journey.stages.map((s) => [
      s.id,
      {
        stageId: s.id,
        counts: { assumed: 0, partlyBacked: 0, validated: 0, none: 0 },
        cardIds: { assumed: [], partlyBacked: [], validated: [], none: [] },
      } as StageEvidence,
    ]),
  );
  for (const element of Object.values(journey.elements)) {
    const row = rows.get(element.stageId);
    if (!row) continue;
    const level: EvidenceLevel = element.confidence ?? "none";
    row.counts[level] += 1;
    row.cardIds[level].push(element.id);
  }
  return journey.stages.map((s) => rows.get(s.id)!);
}

export interface MetricRollup {
  key: MetricId;
  average: number;
  count: number;
  cardIds: Id[];
}

/** Each metric's average over the cards that give it, for the cards `inGroup` keeps. */
export function metricRollups(
  journey: Journey,
  inGroup: (element: JourneyElement) => boolean,
): MetricRollup[] {
  const sums = new Map<MetricId, { sum: number; cardIds: Id[] }>();
  for (const element of Object.values(journey.elements)) {
    if (!inGroup(element)) continue;
    for (const [key, value] of Object.entries(element.metrics as Metrics)) {
      if (value === undefined || !Number.isFinite(value)) continue;
      const entry = sums.get(key) ?? { sum: 0, cardIds: [] };
      entry.sum += value;
      entry.cardIds.push(element.id);
      sums.set(key, entry);
    }
  }
  return sortMetricIds(journey, sums.keys()).map((key) => {
    const { sum, cardIds } = sums.get(key)!;
    return { key, average: sum / cardIds.length, count: cardIds.length, cardIds };
  });
}

/** Pain points, the most severe first, then by the votes on their card, then in map order. */
export function painPointsBySeverity(journey: Journey, limit = 10): RankedPainPoint[] {
  const ranked: RankedPainPoint[] = [];
  for (const element of elementsInJourneyOrder(journey))
    for (const painPoint of element.painPoints)
      ranked.push({ painPoint, element, votes: element.votes });
  return ranked
    .sort(
      (a, b) =>
        SEVERITY_WEIGHT[b.painPoint.severity] - SEVERITY_WEIGHT[a.painPoint.severity] ||
        b.votes - a.votes,
    )
    .slice(0, limit);
}
