import { cellElements, compareOrder, orderAt } from "./cells";
import type { IdFactory } from "./ids";
import { freshKeys } from "./order-keys";
import { removeCommentsOf } from "./comments";
import { forgetCardsInPlan } from "./plan";
import { removeVotesOf } from "./votes";
import type { ElementKind, Id, Journey, JourneyElement, Link, PainPoint, Severity } from "./types";

/**
 * Operations on cards. Each is an Immer-style recipe: it mutates the journey it is given, so the
 * store runs it inside produceWithPatches (one undo entry per call) and tests run it inside produce.
 */

export function createElement(
  id: Id,
  kind: ElementKind,
  stageId: Id,
  laneId: Id,
  title = "",
): JourneyElement {
  return {
    id,
    kind,
    stageId,
    laneId,
    order: "",
    title,
    notes: "",
    satisfaction: null,
    painPoints: [],
    metrics: {},
    channel: null,
    owner: null,
    confidence: null,
    impact: null,
    effort: null,
    votes: 0,
    tags: [],
  };
}

/**
 * A plain deep copy of a card. Written out field by field because a card may be an Immer draft
 * (a Proxy), which structuredClone refuses.
 */
export function cloneElement(e: JourneyElement): JourneyElement {
  return {
    id: e.id,
    kind: e.kind,
    stageId: e.stageId,
    laneId: e.laneId,
    order: e.order,
    title: e.title,
    notes: e.notes,
    satisfaction: e.satisfaction,
    painPoints: e.painPoints.map((p) => ({ id: p.id, text: p.text, severity: p.severity })),
    metrics: { ...e.metrics },
    channel: e.channel ? { ...e.channel } : null,
    owner: e.owner ? { ...e.owner } : null,
    confidence: e.confidence,
    impact: e.impact,
    effort: e.effort,
    votes: e.votes,
    tags: [...e.tags],
  };
}

export interface CellTarget {
  stageId: Id;
  laneId: Id;
  /** Position in the cell; past the end (or omitted) appends. */
  index?: number;
}

function assertCell(journey: Journey, target: CellTarget): void {
  if (!journey.stages.some((s) => s.id === target.stageId))
    throw new Error(`No stage ${target.stageId}`);
  const lane = journey.lanes.find((l) => l.id === target.laneId);
  if (!lane) throw new Error(`No lane ${target.laneId}`);
  // The emotion curve lane is drawn from the touchpoints' scores; it holds no cards of its own.
  if (lane.kind === "emotionCurve") throw new Error(`Lane ${target.laneId} holds no cards`);
}

/** Deals every card of a cell a fresh order key, keeping their sequence. */
function renumberCell(journey: Journey, stageId: Id, laneId: Id): void {
  const cards = cellElements(journey, stageId, laneId);
  const keys = freshKeys(cards.length);
  cards.forEach((element, i) => {
    journey.elements[element.id]!.order = keys[i]!;
  });
}

/**
 * Places one card (already in `journey.elements` or about to be) at a position of a cell, counted
 * among its siblings there. Cards in `pending` are left out of the count: they are about to be
 * placed themselves, so they do not hold a position yet.
 */
function placeInCell(
  journey: Journey,
  element: JourneyElement,
  target: CellTarget,
  pending: ReadonlySet<Id> = new Set(),
): void {
  const siblingsOf = () =>
    cellElements(journey, target.stageId, target.laneId).filter(
      (e) => e.id !== element.id && !pending.has(e.id),
    );
  const siblings = siblingsOf();
  const index = target.index ?? siblings.length;
  let order = orderAt(siblings, index);
  if (order === null) {
    renumberCell(journey, target.stageId, target.laneId);
    const renumbered = siblingsOf();
    order = orderAt(renumbered, index);
    if (order === null) throw new Error("No room in the cell after renumbering it");
  }
  element.stageId = target.stageId;
  element.laneId = target.laneId;
  element.order = order;
}

export function addElement(journey: Journey, element: JourneyElement, target: CellTarget): void {
  assertCell(journey, target);
  if (journey.elements[element.id]) throw new Error(`Card ${element.id} exists already`);
  journey.elements[element.id] = element;
  placeInCell(journey, journey.elements[element.id]!, target);
}

export type ElementChanges = Partial<Omit<JourneyElement, "id" | "stageId" | "laneId" | "order">>;

export function updateElement(journey: Journey, elementId: Id, changes: ElementChanges): void {
  const element = journey.elements[elementId];
  if (!element) return;
  for (const [key, value] of Object.entries(changes) as [keyof ElementChanges, unknown][]) {
    if (value === undefined) continue;
    (element as unknown as Record<string, unknown>)[key] = value;
  }
}

/**
 * Moves cards to a cell, keeping their relative order, starting at `target.index`.
 * Cards moved within their own cell are taken out first, so the index is the final position.
 */
export function moveElements(
  journey: Journey,
  elementIds: readonly Id[],
  target: CellTarget,
): void {
  assertCell(journey, target);
  const moving = elementIds
    .map((id) => journey.elements[id])
    .filter((e): e is JourneyElement => e !== undefined);
  if (moving.length === 0) return;
  const stageIndex = new Map(journey.stages.map((s, i) => [s.id, i]));
  const laneIndex = new Map(journey.lanes.map((l, i) => [l.id, i]));
  moving.sort(
    (a, b) =>
      (stageIndex.get(a.stageId) ?? 0) - (stageIndex.get(b.stageId) ?? 0) ||
      (laneIndex.get(a.laneId) ?? 0) - (laneIndex.get(b.laneId) ?? 0) ||
      compareOrder(a, b),
  );
  const movingIds = new Set(moving.map((e) => e.id));
  const staying = cellElements(journey, target.stageId, target.laneId).filter(
    (e) => !movingIds.has(e.id),
  );
  let index = Math.max(0, Math.min(target.index ?? staying.length, staying.length));
  const pending = new Set(movingIds);
  for (const element of moving) {
    pending.delete(element.id);
    placeInCell(
      journey,
      element,
      { stageId: target.stageId, laneId: target.laneId, index },
      pending,
    );
    index += 1;
  }
}

/**
 * Turns a drop slot counted among every card drawn in the cell (the dragged ones still hold their
 * slots while they float) into the index `moveElements` wants, among the cards that stay. Without
 * this, dropping a card just below its neighbour lands it one place too far.
 */
export function dropTarget(
  journey: Journey,
  elementIds: readonly Id[],
  hit: CellTarget,
): CellTarget {
  if (hit.index === undefined) return hit;
  const moving = new Set(elementIds);
  const before = cellElements(journey, hit.stageId, hit.laneId)
    .slice(0, hit.index)
    .filter((e) => moving.has(e.id)).length;
  return { ...hit, index: hit.index - before };
}

/**
 * Removes cards, every link that touches them, and the votes and comments on them; actions of the
 * plan that fixed them stay, without them.
 */
export function removeElements(journey: Journey, elementIds: readonly Id[]): void {
  const ids = new Set(elementIds);
  for (const id of ids) delete journey.elements[id];
  removeVotesOf(journey, ids);
  removeCommentsOf(journey, ids);
  forgetCardsInPlan(journey, ids);
  for (const link of Object.values(journey.links)) {
    if (ids.has(link.from) || ids.has(link.to)) delete journey.links[link.id];
  }
}

/** What a copy carries: cards plus the links among them, detached from any journey. */
export interface ElementClipboard {
  elements: JourneyElement[];
  links: Link[];
  /** Stage and lane each card came from, by position, so a paste can keep the arrangement. */
  sourceStageIds: Id[];
  sourceLaneIds: Id[];
}

export function copyElements(journey: Journey, elementIds: readonly Id[]): ElementClipboard {
  const ids = new Set(elementIds);
  const elements = elementIds
    .map((id) => journey.elements[id])
    .filter((e): e is JourneyElement => e !== undefined)
    .map((e) => cloneElement(e));
  const links = Object.values(journey.links)
    .filter((l) => ids.has(l.from) && ids.has(l.to))
    .map((l) => ({ ...l }));
  return {
    elements,
    links,
    sourceStageIds: journey.stages.map((s) => s.id),
    sourceLaneIds: journey.lanes.map((l) => l.id),
  };
}

/**
 * Pastes copied cards with fresh ids. In the journey they came from, each card returns to its own
 * cell (after the cards there); elsewhere, cards keep their stage and lane by position when the
 * journey has one, and otherwise land in the fallback cell. Returns the new ids in paste order.
 */
export function pasteElements(
  journey: Journey,
  clipboard: ElementClipboard,
  fallback: CellTarget,
  newId: IdFactory,
): Id[] {
  assertCell(journey, fallback);
  const idMap = new Map<Id, Id>();
  const created: Id[] = [];
  const stageIds = new Set(journey.stages.map((s) => s.id));
  const laneIds = new Set(journey.lanes.map((l) => l.id));
  for (const source of clipboard.elements) {
    let stageId = source.stageId;
    let laneId = source.laneId;
    if (!stageIds.has(stageId)) {
      const position = clipboard.sourceStageIds.indexOf(stageId);
      stageId = journey.stages[position]?.id ?? fallback.stageId;
    }
    if (!laneIds.has(laneId)) {
      const position = clipboard.sourceLaneIds.indexOf(laneId);
      laneId = journey.lanes[position]?.id ?? fallback.laneId;
    }
    const id = newId();
    idMap.set(source.id, id);
    // Votes belong to the card that was voted on, not to its copies.
    const copy: JourneyElement = {
      ...cloneElement(source),
      id,
      votes: 0,
      painPoints: source.painPoints.map((p) => ({ ...p, id: newId() })),
    };
    addElement(journey, copy, { stageId, laneId });
    created.push(id);
  }
  for (const link of clipboard.links) {
    const from = idMap.get(link.from);
    const to = idMap.get(link.to);
    if (!from || !to) continue;
    const id = newId();
    journey.links[id] = { id, from, to, kind: link.kind };
  }
  return created;
}

/** Duplicates cards next to themselves (Ctrl+D); returns the new ids. */
export function duplicateElements(
  journey: Journey,
  elementIds: readonly Id[],
  newId: IdFactory,
): Id[] {
  const clipboard = copyElements(journey, elementIds);
  const created: Id[] = [];
  const idMap = new Map<Id, Id>();
  for (const source of clipboard.elements) {
    const siblings = cellElements(journey, source.stageId, source.laneId);
    const index = siblings.findIndex((e) => e.id === source.id) + 1;
    const id = newId();
    idMap.set(source.id, id);
    const copy: JourneyElement = {
      ...cloneElement(source),
      id,
      votes: 0,
      painPoints: source.painPoints.map((p) => ({ ...p, id: newId() })),
    };
    addElement(journey, copy, { stageId: source.stageId, laneId: source.laneId, index });
    created.push(id);
  }
  for (const link of clipboard.links) {
    const from = idMap.get(link.from);
    const to = idMap.get(link.to);
    if (!from || !to) continue;
    const id = newId();
    journey.links[id] = { id, from, to, kind: link.kind };
  }
  return created;
}

export function addPainPoint(journey: Journey, elementId: Id, painPoint: PainPoint): void {
  journey.elements[elementId]?.painPoints.push(painPoint);
}

export function updatePainPoint(
  journey: Journey,
  elementId: Id,
  painPointId: Id,
  changes: { text?: string; severity?: Severity },
): void {
  const painPoint = journey.elements[elementId]?.painPoints.find((p) => p.id === painPointId);
  if (!painPoint) return;
  if (changes.text !== undefined) painPoint.text = changes.text;
  if (changes.severity !== undefined) painPoint.severity = changes.severity;
}

export function removePainPoint(journey: Journey, elementId: Id, painPointId: Id): void {
  const element = journey.elements[elementId];
  if (!element) return;
  element.painPoints = element.painPoints.filter((p) => p.id !== painPointId);
}
