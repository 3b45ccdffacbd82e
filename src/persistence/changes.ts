import type { Id, Journey, Workspace } from "../domain";
import {
  elementToRow,
  journeyToRow,
  linkToRow,
  type ElementRow,
  type JourneyRow,
  type LinkRow,
  type PersonaRow,
} from "./rows";

/** What a save must write: rows to put and keys to delete, table by table. */
export interface ChangeSet {
  personas: { put: PersonaRow[]; remove: Id[] };
  journeys: { put: JourneyRow[]; remove: Id[] };
  elements: { put: ElementRow[]; remove: [Id, Id][] };
  links: { put: LinkRow[]; remove: [Id, Id][] };
}

export const emptyChangeSet = (): ChangeSet => ({
  personas: { put: [], remove: [] },
  journeys: { put: [], remove: [] },
  elements: { put: [], remove: [] },
  links: { put: [], remove: [] },
});

export function isEmptyChangeSet(c: ChangeSet): boolean {
  return (
    c.personas.put.length +
      c.personas.remove.length +
      c.journeys.put.length +
      c.journeys.remove.length +
      c.elements.put.length +
      c.elements.remove.length +
      c.links.put.length +
      c.links.remove.length ===
    0
  );
}

export function changeSetSize(c: ChangeSet): number {
  return (
    c.personas.put.length +
    c.personas.remove.length +
    c.journeys.put.length +
    c.journeys.remove.length +
    c.elements.put.length +
    c.elements.remove.length +
    c.links.put.length +
    c.links.remove.length
  );
}

/**
 * The rows that differ between what was saved and what is in memory. Immer keeps unchanged
 * objects identical, so this compares references and costs little even for big journeys.
 */
export function diffWorkspaces(saved: Workspace, current: Workspace): ChangeSet {
  const changes = emptyChangeSet();
  if (saved === current) return changes;
  if (saved.personas !== current.personas) {
    for (const [id, persona] of Object.entries(current.personas)) {
      if (saved.personas[id] !== persona) changes.personas.put.push(persona);
    }
    for (const id of Object.keys(saved.personas))
      if (!current.personas[id]) changes.personas.remove.push(id);
  }
  if (saved.journeys !== current.journeys) {
    for (const [id, journey] of Object.entries(current.journeys)) {
      const before = saved.journeys[id];
      if (before !== journey) diffJourney(before, journey, changes);
    }
    for (const id of Object.keys(saved.journeys))
      if (!current.journeys[id]) changes.journeys.remove.push(id);
  }
  return changes;
}

const META_FIELDS = [
  "personaId",
  "title",
  "scenario",
  "goal",
  "state",
  "currentStateId",
  "stages",
  "lanes",
  "createdAt",
  "updatedAt",
] as const satisfies readonly (keyof Journey)[];

function diffJourney(before: Journey | undefined, journey: Journey, changes: ChangeSet): void {
  const id = journey.id;
  if (!before || META_FIELDS.some((field) => before[field] !== journey[field])) {
    changes.journeys.put.push(journeyToRow(journey));
  }
  const beforeElements = before?.elements ?? {};
  if (beforeElements !== journey.elements) {
    for (const [elementId, element] of Object.entries(journey.elements)) {
      if (beforeElements[elementId] !== element)
        changes.elements.put.push(elementToRow(id, element));
    }
    for (const elementId of Object.keys(beforeElements)) {
      if (!journey.elements[elementId]) changes.elements.remove.push([id, elementId]);
    }
  }
  const beforeLinks = before?.links ?? {};
  if (beforeLinks !== journey.links) {
    for (const [linkId, link] of Object.entries(journey.links)) {
      if (beforeLinks[linkId] !== link) changes.links.put.push(linkToRow(id, link));
    }
    for (const linkId of Object.keys(beforeLinks))
      if (!journey.links[linkId]) changes.links.remove.push([id, linkId]);
  }
}

/** The keys a change set touched, for telling other tabs what to re-read. */
export interface ChangedKeys {
  personas: Id[];
  journeys: Id[];
  elements: [Id, Id][];
  links: [Id, Id][];
}

export function changedKeys(c: ChangeSet): ChangedKeys {
  return {
    personas: [...c.personas.put.map((p) => p.id), ...c.personas.remove],
    journeys: [...c.journeys.put.map((j) => j.id), ...c.journeys.remove],
    elements: [...c.elements.put.map((e): [Id, Id] => [e.journeyId, e.id]), ...c.elements.remove],
    links: [...c.links.put.map((l): [Id, Id] => [l.journeyId, l.id]), ...c.links.remove],
  };
}
