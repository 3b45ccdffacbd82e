import type { Id, Journey, Link } from "../domain";
import type { Damage, DamagePath, ElementFile, PersonaFile, StoredSnapshot } from "../format";

/**
 * How database version 1 laid the workspace out: one row per persona, per journey (its own
 * fields, stages and lanes), per card and per link. Read once, to build the documents, and kept
 * until a later version drops them. Cards are placed by numbers and count their votes, as in files.
 */
export type PersonaRow = Omit<PersonaFile, "avatar"> & { avatar: unknown };

/** Rows are of database version 1, written before comments and plans existed. */
export type JourneyRow = Omit<
  Journey,
  "elements" | "links" | "votes" | "votingRound" | "comments" | "plan" | "targets" | "customMetrics"
>;

export type ElementRow = ElementFile & { journeyId: Id };

export type LinkRow = Link & { journeyId: Id };

export interface MetaRow {
  key: "workspace";
  /** The document format version the rows are written in (not the database version). */
  formatVersion: number;
  createdAt: number;
  /** The sample journey is made once; deleting it must not bring it back. */
  sampleCreated: boolean;
  /**
   * When the documents were built from the rows of version 1 (absent: not yet). From then on the
   * documents are what is stored and the rows are never read again.
   */
  documentsBuiltAt?: number;
}

/** One Yjs update of one document (`workspace`, or `journey:<id>`), as it was made or compacted. */
export interface UpdateRow {
  seq?: number;
  doc: string;
  update: Uint8Array;
}

export interface SessionRow {
  key: "session";
  value: unknown;
}

export type QuarantineWhat =
  | "persona"
  | "journey"
  | "stage"
  | "lane"
  | "card"
  | "link"
  | "vote"
  | "comment"
  | "action"
  | "target"
  | "metric"
  | "round"
  | "update";

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

export function rowToElement(row: ElementRow): ElementFile {
  const { journeyId: _journeyId, ...element } = row;
  return element;
}

export function rowToLink(row: LinkRow): Link {
  const { journeyId: _journeyId, ...link } = row;
  return link;
}

/** A snapshot of a journey (database version 3): see format/snapshot.ts. */
export type SnapshotRow = StoredSnapshot;
