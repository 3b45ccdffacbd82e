import { foldForSearch } from "./card-filter";
import { metricRollups, satisfactionProfile } from "./insight-tables";
import type { MetricId } from "./types";
import type { Id, Journey, JourneyElement, Stage } from "./types";

/** One stage's figures in one journey. */
export interface StageFigures {
  stageId: Id;
  /** Average satisfaction of its touchpoints, or null when none is scored. */
  satisfaction: number | null;
  /** Cards with friction: friction points, and cards with pain points. */
  friction: number;
  /** Each metric's average over the cards that give it. */
  metrics: Record<MetricId, number>;
}

/** A row of the comparison: one stage, as found in either journey or both. */
export interface ComparedStage {
  /** The stage's name as the first journey says it (the second's when only it has the stage). */
  name: string;
  a: StageFigures | null;
  b: StageFigures | null;
  /** b minus a, where both journeys have the stage and the figure. */
  delta: {
    satisfaction: number | null;
    friction: number | null;
    metrics: Record<MetricId, number>;
  };
}

const hasFriction = (e: JourneyElement) => e.kind === "frictionPoint" || e.painPoints.length > 0;

function figuresOf(journey: Journey): Map<Id, StageFigures> {
  const profile = new Map(satisfactionProfile(journey).map((p) => [p.stageId, p.average]));
  const friction = new Map<Id, number>();
  for (const element of Object.values(journey.elements))
    if (hasFriction(element))
      friction.set(element.stageId, (friction.get(element.stageId) ?? 0) + 1);
  return new Map(
    journey.stages.map((stage) => {
      const metrics: Record<MetricId, number> = {};
      for (const rollup of metricRollups(journey, (e) => e.stageId === stage.id))
        metrics[rollup.key] = rollup.average;
      return [
        stage.id,
        {
          stageId: stage.id,
          satisfaction: profile.get(stage.id) ?? null,
          friction: friction.get(stage.id) ?? 0,
          metrics,
        },
      ];
    }),
  );
}

const nameKey = (stage: Stage) => foldForSearch(stage.name.trim());

/**
 * Two journeys side by side by stage, matched by name (a future state is made from its current
 * state with the same stage names): the first journey's stages in its order, each with the
 * second's stage of that name, then the second's stages the first lacks. The deltas say what the
 * second changes: higher satisfaction, fewer cards with friction, each metric's move.
 */
export function compareJourneys(a: Journey, b: Journey): ComparedStage[] {
  const figuresA = figuresOf(a);
  const figuresB = figuresOf(b);
  const bByName = new Map<string, Stage>();
  for (const stage of b.stages)
    if (!bByName.has(nameKey(stage))) bByName.set(nameKey(stage), stage);
  const matched = new Set<Id>();
  const rows: ComparedStage[] = [];
  for (const stage of a.stages) {
    // Each of the second journey's stages matches once (the first stage of the name).
    const other = bByName.get(nameKey(stage));
    const pair = other && !matched.has(other.id) ? other : null;
    if (pair) matched.add(pair.id);
    rows.push(row(stage.name, figuresA.get(stage.id)!, pair ? figuresB.get(pair.id)! : null));
  }
  for (const stage of b.stages)
    if (!matched.has(stage.id)) rows.push(row(stage.name, null, figuresB.get(stage.id)!));
  return rows;
}

function row(name: string, a: StageFigures | null, b: StageFigures | null): ComparedStage {
  const metrics: Record<MetricId, number> = {};
  if (a && b)
    for (const key of Object.keys(a.metrics)) {
      const from = a.metrics[key];
      const to = b.metrics[key];
      if (from !== undefined && to !== undefined) metrics[key] = to - from;
    }
  return {
    name,
    a,
    b,
    delta: {
      satisfaction:
        a?.satisfaction != null && b?.satisfaction != null ? b.satisfaction - a.satisfaction : null,
      friction: a && b ? b.friction - a.friction : null,
      metrics,
    },
  };
}

/**
 * The journey to compare with by default: a future state's current state, else the (latest
 * edited) future state made from it, else none.
 */
export function defaultCounterpart(
  journey: Pick<Journey, "id" | "currentStateId">,
  others: readonly Pick<Journey, "id" | "currentStateId" | "updatedAt">[],
): Id | null {
  if (journey.currentStateId && others.some((o) => o.id === journey.currentStateId))
    return journey.currentStateId;
  const futures = others
    .filter((o) => o.currentStateId === journey.id)
    .sort((x, y) => y.updatedAt - x.updatedAt);
  return futures[0]?.id ?? null;
}

/** The stages several journeys share, by name, each journey's satisfaction on each. */
export interface CurveOverlay {
  /** Stage names in reading order: the first journey's, with the others' own stages slotted in. */
  stages: string[];
  /** For each journey, in the order given, its average satisfaction on each stage (null: none). */
  series: { journeyId: Id; scores: (number | null)[] }[];
}

/**
 * Several journeys' emotion curves over one row of stages, matched by name (personas walking the
 * same stages). A stage only some journeys have goes after the stage before it in the journey
 * that has it, so every curve keeps its own order.
 */
export function overlayCurves(journeys: readonly Journey[]): CurveOverlay {
  const stages: string[] = [];
  const keys: string[] = [];
  for (const journey of journeys) {
    let after = -1;
    for (const stage of journey.stages) {
      const key = nameKey(stage);
      const at = keys.indexOf(key);
      if (at >= 0) {
        after = at;
        continue;
      }
      keys.splice(after + 1, 0, key);
      stages.splice(after + 1, 0, stage.name);
      after += 1;
    }
  }
  const series = journeys.map((journey) => {
    const byKey = new Map<string, number | null>();
    satisfactionProfile(journey).forEach((point, i) => {
      const key = nameKey(journey.stages[i]!);
      if (!byKey.has(key)) byKey.set(key, point.average);
    });
    return { journeyId: journey.id, scores: keys.map((key) => byKey.get(key) ?? null) };
  });
  return { stages, series };
}

/** How many stage names two journeys share (whatever their case, accents or order). */
export function sharedStages(a: Pick<Journey, "stages">, b: Pick<Journey, "stages">): number {
  const names = new Set(a.stages.map(nameKey));
  return new Set(b.stages.map(nameKey).filter((key) => names.has(key))).size;
}
