import {
  newId,
  type ElementKind,
  type Journey,
  type JourneyElement,
  type Persona,
} from "../../src/domain";
import { t } from "../../src/i18n";
import type { JourneyTemplate } from "../../src/templates";

/** Ways of reading a built template the way a person would: its cards, channels and links. */
export const NOW = Date.UTC(2026, 0, 1);

export function build(template: JourneyTemplate): { persona: Persona; journey: Journey } {
  return template.build({ newId, now: NOW, t });
}

export function cards(journey: Journey, kind?: ElementKind): JourneyElement[] {
  const all = Object.values(journey.elements);
  return kind ? all.filter((e) => e.kind === kind) : all;
}

/** Every id a build hands out: document, structure, cards, links and pain points. */
export function idsOf({ persona, journey }: { persona: Persona; journey: Journey }): string[] {
  return [
    persona.id,
    journey.id,
    ...journey.stages.map((s) => s.id),
    ...journey.lanes.map((l) => l.id),
    ...cards(journey).flatMap((e) => [e.id, ...e.painPoints.map((p) => p.id)]),
    ...Object.keys(journey.links),
  ];
}

/** Every text a person can read in a built persona and journey. */
export function textsOf({ persona, journey }: { persona: Persona; journey: Journey }): string[] {
  return [
    persona.name,
    persona.role,
    persona.quote,
    persona.notes,
    ...persona.goals,
    ...persona.needs,
    ...persona.frustrations,
    journey.title,
    journey.scenario,
    journey.goal,
    ...journey.stages.flatMap((s) => [s.name, s.description]),
    ...journey.lanes.map((l) => l.name),
    ...cards(journey).flatMap((e) => [e.title, e.notes, ...e.painPoints.map((p) => p.text)]),
  ];
}

/** A card's title and notes, which is what a person reads on it. */
export function textOf(card: JourneyElement): string {
  return `${card.title} ${card.notes}`;
}

/** Cards of a kind whose text speaks of something. */
export function about(journey: Journey, kind: ElementKind, pattern: RegExp): JourneyElement[] {
  return cards(journey, kind).filter((e) => pattern.test(textOf(e)));
}

export function stageOf(journey: Journey, card: JourneyElement): number {
  return journey.stages.findIndex((s) => s.id === card.stageId);
}

export function channelOf(card: JourneyElement): string | null {
  if (!card.channel) return null;
  return card.channel.kind === "standard" ? card.channel.id : card.channel.name;
}

export function ownerOf(card: JourneyElement): string | null {
  if (!card.owner) return null;
  return card.owner.kind === "standard" ? card.owner.id : card.owner.name;
}

/** Cards linked to a card, in either direction. */
export function linked(journey: Journey, cardId: string): JourneyElement[] {
  return Object.values(journey.links)
    .flatMap((l) => (l.from === cardId ? [l.to] : l.to === cardId ? [l.from] : []))
    .map((id) => journey.elements[id])
    .filter((e): e is JourneyElement => e !== undefined);
}

/** The most used channel among a journey's touchpoints. */
export function mainChannel(journey: Journey): string | null {
  const counts = new Map<string, number>();
  for (const e of cards(journey, "touchpoint")) {
    const channel = channelOf(e);
    if (channel) counts.set(channel, (counts.get(channel) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/** Touchpoints a card is linked to, in either direction. */
export function linkedTouchpoints(journey: Journey, cardId: string): JourneyElement[] {
  return linked(journey, cardId).filter((e) => e.kind === "touchpoint");
}
