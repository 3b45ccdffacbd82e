import {
  cloneElement,
  elementsInJourneyOrder,
  type Avatar,
  type Id,
  type Journey,
  type JourneyElement,
  type Link,
  type Persona,
} from "../domain";
import { blobToDataUrl, dataUrlToBlob } from "./data-url";
import type { ElementFile, JourneyFile, PersonaFile } from "./schema";

/** Between the in-memory document and the file shape: records become arrays and Blobs data URLs. */

export function journeyToFile(journey: Journey): JourneyFile {
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
    elements: elementsInJourneyOrder(journey).map((e) => cloneElement(e) as ElementFile),
    links: Object.values(journey.links).map((l) => ({ ...l })),
    createdAt: journey.createdAt,
    updatedAt: journey.updatedAt,
  };
}

export function journeyFromFile(file: JourneyFile): Journey {
  const elements: Record<Id, JourneyElement> = {};
  for (const e of file.elements) elements[e.id] = e as JourneyElement;
  const links: Record<Id, Link> = {};
  for (const l of file.links) links[l.id] = l;
  const { elements: _e, links: _l, ...meta } = file;
  return { ...meta, elements, links };
}

export async function personaToFile(persona: Persona): Promise<PersonaFile> {
  const avatar =
    persona.avatar.kind === "image"
      ? { kind: "image" as const, dataUrl: await blobToDataUrl(persona.avatar.image) }
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
      ? { kind: "image", image: dataUrlToBlob(file.avatar.dataUrl) }
      : file.avatar;
  return { ...file, avatar };
}
