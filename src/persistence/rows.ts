import type { Id, Journey, JourneyElement, Link, Persona } from "../domain";
import type { Damage, DamagePath } from "../format";

/**
 * How the workspace is laid out in IndexedDB: one row per persona, per journey (its own fields,
 * stages and lanes), per card and per link. Changing one card rewrites one card row and the
 * small journey row, never the whole journey.
 */
export type PersonaRow = Persona;

export type JourneyRow = Omit<Journey, "elements" | "links">;

export type ElementRow = JourneyElement & { journeyId: Id };

export type LinkRow = Link & { journeyId: Id };

export interface MetaRow {
  key: "workspace";
  /** The document format version the rows are written in (not the database version). */
  formatVersion: number;
  createdAt: number;
  /** The sample journey is made once; deleting it must not bring it back. */
  sampleCreated: boolean;
}

export interface SessionRow {
  key: "session";
  value: unknown;
}

export type QuarantineWhat = "persona" | "journey" | "card" | "link";

/** A damaged record set aside on load: kept whole so the person can download it. */
export interface QuarantineRow {
  seq?: number;
  what: QuarantineWhat;
  /** Best-effort label for the notice (a title or name when one could be read). */
  label: string;
  /** For people reading a downloaded record: where and what, in the format's own terms. */
  reason: string;
  /** The same, for the interface to word (absent in records set aside by older versions). */
  problem?: { at: DamagePath; damage: Damage };
  at: number;
  rows: unknown[];
}

export function journeyToRow(journey: Journey): JourneyRow {
  const { elements: _elements, links: _links, ...row } = journey;
  return row;
}

export function elementToRow(journeyId: Id, element: JourneyElement): ElementRow {
  return { ...element, journeyId };
}

export function linkToRow(journeyId: Id, link: Link): LinkRow {
  return { ...link, journeyId };
}

export function rowToElement(row: ElementRow): JourneyElement {
  const { journeyId: _journeyId, ...element } = row;
  return element;
}

export function rowToLink(row: LinkRow): Link {
  const { journeyId: _journeyId, ...link } = row;
  return link;
}
