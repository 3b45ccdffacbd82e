import {
  actionsInPlanOrder,
  CUSTOM_METRICS_MAX,
  fitsScale,
  isStandardMetric,
  metricsInUse,
  sortMetricIds,
  type CustomMetric,
  type MetricLibrary,
  type Metrics,
  cloneElement,
  elementsByCell,
  elementsInJourneyOrder,
  keysForNumbers,
  votesFromCounts,
  type Avatar,
  type CardComment,
  type Id,
  type Journey,
  type JourneyElement,
  type Link,
  type Persona,
  type PlanAction,
} from "../domain";
import { bytesToDataUrl, dataUrlToBytes } from "./data-url";
import type { ElementFile, JourneyFile, MetricLibraryFile, PersonaFile } from "./schema";

/** Between the in-memory document and the file shape: records become arrays and pictures data URLs. */

/**
 * Files place cards by numbers (what every version has written and read): a card's place in its
 * cell, counted from 1. Inside, places are order keys, which files never carry.
 */
function placesInCells(journey: Journey): Map<Id, number> {
  const places = new Map<Id, number>();
  for (const cards of elementsByCell(journey).values())
    cards.forEach((card, i) => places.set(card.id, i + 1));
  return places;
}

/**
 * Whether a custom metric's figure, goal or aim can be written: its definition is the journey's
 * and the value fits it (one that arrived from elsewhere without them could not be read back).
 */
function fitsJourney(journey: Journey, metric: string, value: number): boolean {
  if (isStandardMetric(metric)) return true;
  const scale = journey.customMetrics[metric];
  return scale !== undefined && fitsScale(scale, value);
}

/**
 * A card's figures as a file holds them: the standard metrics by name, custom ones as a list
 * (a file never keys a record by a name it cannot trust). A figure for a metric the journey does
 * not define is not written (it could not be read back).
 */
function splitFigures(
  journey: Journey,
  figures: Metrics,
): { metrics: ElementFile["metrics"]; customFigures: { metric: Id; value: number }[] } {
  const metrics: Record<string, number> = {};
  const customFigures: { metric: Id; value: number }[] = [];
  for (const id of sortMetricIds(journey, Object.keys(figures))) {
    const value = figures[id];
    if (value === undefined) continue;
    if (isStandardMetric(id)) metrics[id] = value;
    else if (fitsJourney(journey, id, value)) customFigures.push({ metric: id, value });
  }
  return { metrics, customFigures };
}

export function journeyToFile(journey: Journey): JourneyFile {
  const places = placesInCells(journey);
  return {
    id: journey.id,
    personaId: journey.personaId,
    title: journey.title,
    scenario: journey.scenario,
    goal: journey.goal,
    state: journey.state,
    currentStateId: journey.currentStateId,
    stages: journey.stages.map((s) => ({ ...s })),
    lanes: journey.lanes.map((l) => ({ ...l })),
    elements: elementsInJourneyOrder(journey).map((e): ElementFile => {
      const { metrics, customFigures } = splitFigures(journey, e.metrics);
      return {
        ...cloneElement(e),
        metrics,
        ...(customFigures.length ? { customFigures } : {}),
        order: places.get(e.id)!,
      };
    }),
    links: Object.values(journey.links).map((l) => ({ ...l })),
    comments: Object.values(journey.comments)
      .filter((c) => journey.elements[c.elementId])
      .sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1))
      .map((c) => ({ ...c })),
    plan: actionsInPlanOrder(journey).map((action) => ({
      ...action,
      owner: action.owner ? { ...action.owner } : null,
      target:
        action.target && fitsJourney(journey, action.target.metric, action.target.value)
          ? { ...action.target }
          : null,
      cardIds: action.cardIds.filter((id) => journey.elements[id]),
    })),
    targets: sortMetricIds(journey, Object.keys(journey.targets))
      .map((metric) => journey.targets[metric]!)
      .filter((target) => fitsJourney(journey, target.metric, target.value))
      .map((target) => ({ ...target })),
    // Only the definitions something still names: a journey keeps every one it ever used.
    customMetrics: [...metricsInUse(journey)]
      .flatMap((id) => journey.customMetrics[id] ?? [])
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .slice(0, CUSTOM_METRICS_MAX)
      .map((metric) => ({ ...metric })),
    createdAt: journey.createdAt,
    updatedAt: journey.updatedAt,
  };
}

/**
 * A journey from its file: places become order keys (cell by cell, in the same order, whatever
 * the numbers were), and vote counts become vote entries.
 */
export function journeyFromFile(file: JourneyFile): Journey {
  const byCell = new Map<string, ElementFile[]>();
  for (const e of file.elements) {
    const cell = `${e.stageId}/${e.laneId}`;
    const cards = byCell.get(cell);
    if (cards) cards.push(e);
    else byCell.set(cell, [e]);
  }
  const keys = new Map<Id, string>();
  for (const cards of byCell.values())
    for (const [id, key] of keysForNumbers(cards)) keys.set(id, key);
  const elements: Record<Id, JourneyElement> = {};
  for (const { customFigures, ...e } of file.elements) {
    const metrics: Metrics = { ...e.metrics } as Metrics;
    for (const figure of customFigures ?? []) metrics[figure.metric] = figure.value;
    elements[e.id] = { ...e, metrics, order: keys.get(e.id)! };
  }
  const links: Record<Id, Link> = {};
  for (const l of file.links) links[l.id] = l;
  const comments: Record<Id, CardComment> = {};
  for (const c of file.comments) comments[c.id] = { ...c };
  const plan: Record<Id, PlanAction> = {};
  for (const action of file.plan) plan[action.id] = { ...action, cardIds: [...action.cardIds] };
  const targets: Journey["targets"] = {};
  for (const target of file.targets) targets[target.metric] = { ...target };
  const customMetrics: Record<Id, CustomMetric> = {};
  for (const metric of file.customMetrics) customMetrics[metric.id] = { ...metric };
  const {
    elements: _e,
    links: _l,
    comments: _c,
    plan: _p,
    targets: _t,
    customMetrics: _m,
    ...meta
  } = file;
  return {
    ...meta,
    elements,
    links,
    votes: votesFromCounts(file.elements, file.updatedAt),
    votingRound: null,
    comments,
    plan,
    targets,
    customMetrics,
  };
}

export async function personaToFile(persona: Persona): Promise<PersonaFile> {
  const avatar =
    persona.avatar.kind === "image"
      ? {
          kind: "image" as const,
          dataUrl: bytesToDataUrl(persona.avatar.image.bytes, persona.avatar.image.type),
        }
      : { ...persona.avatar };
  return {
    ...persona,
    avatar,
    goals: [...persona.goals],
    needs: [...persona.needs],
    frustrations: [...persona.frustrations],
  };
}

export function personaFromFile(file: PersonaFile): Persona {
  const avatar: Avatar =
    file.avatar.kind === "image"
      ? { kind: "image", image: dataUrlToBytes(file.avatar.dataUrl) }
      : file.avatar;
  return { ...file, avatar };
}

/** The workspace's metric library as a file carries it: lists, never records keyed by text. */
export function metricLibraryToFile(library: MetricLibrary): MetricLibraryFile {
  return {
    custom: Object.values(library.custom)
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map((metric) => ({ ...metric })),
    onCards: Object.entries(library.onCards).map(([metric, shown]) => ({ metric, shown })),
  };
}

export function metricLibraryFromFile(file: MetricLibraryFile): MetricLibrary {
  const library: MetricLibrary = { custom: {}, onCards: {} };
  for (const metric of file.custom) library.custom[metric.id] = { ...metric };
  for (const { metric, shown } of file.onCards) library.onCards[metric] = shown;
  return library;
}
