import {
  METRIC_KEYS,
  actionsInPlanOrder,
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
import type { ElementFile, JourneyFile, PersonaFile } from "./schema";

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
    elements: elementsInJourneyOrder(journey).map((e): ElementFile => ({
      ...cloneElement(e),
      order: places.get(e.id)!,
    })),
    links: Object.values(journey.links).map((l) => ({ ...l })),
    comments: Object.values(journey.comments)
      .filter((c) => journey.elements[c.elementId])
      .sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1))
      .map((c) => ({ ...c })),
    plan: actionsInPlanOrder(journey).map((action) => ({
      ...action,
      owner: action.owner ? { ...action.owner } : null,
      target: action.target ? { ...action.target } : null,
      cardIds: action.cardIds.filter((id) => journey.elements[id]),
    })),
    targets: METRIC_KEYS.flatMap((metric) => {
      const target = journey.targets[metric];
      return target ? [{ ...target }] : [];
    }),
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
  for (const e of file.elements) elements[e.id] = { ...e, order: keys.get(e.id)! };
  const links: Record<Id, Link> = {};
  for (const l of file.links) links[l.id] = l;
  const comments: Record<Id, CardComment> = {};
  for (const c of file.comments) comments[c.id] = { ...c };
  const plan: Record<Id, PlanAction> = {};
  for (const action of file.plan) plan[action.id] = { ...action, cardIds: [...action.cardIds] };
  const targets: Journey["targets"] = {};
  for (const target of file.targets) targets[target.metric] = { ...target };
  const { elements: _e, links: _l, comments: _c, plan: _p, targets: _t, ...meta } = file;
  return {
    ...meta,
    elements,
    links,
    votes: votesFromCounts(file.elements, file.updatedAt),
    votingRound: null,
    comments,
    plan,
    targets,
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
