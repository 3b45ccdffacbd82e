import Dexie, { type Table } from "dexie";
import type {
  ElementRow,
  JourneyRow,
  LinkRow,
  MetaRow,
  PersonaRow,
  QuarantineRow,
  SessionRow,
  SnapshotRow,
  UpdateRow,
} from "./rows";

export const DATABASE_NAME = "waymark";

/**
 * The IndexedDB schema. Keep every version() declaration: a browser holding an old database
 * upgrades through each one. The database version is not the document format version
 * (format/version.ts); only fields that are queried are indexed.
 */
export class WaymarkDatabase extends Dexie {
  personas!: Table<PersonaRow, string>;
  journeys!: Table<JourneyRow, string>;
  elements!: Table<ElementRow, [string, string]>;
  links!: Table<LinkRow, [string, string]>;
  meta!: Table<MetaRow, string>;
  session!: Table<SessionRow, string>;
  quarantine!: Table<QuarantineRow, number>;
  updates!: Table<UpdateRow, number>;
  snapshots!: Table<SnapshotRow, string>;

  constructor(name: string = DATABASE_NAME) {
    super(name);
    // Version 1: cards and links are keyed by [journeyId+id], so a journey's rows are one key
    // range (load and delete a journey without a secondary index) and ids never clash across
    // journeys.
    this.version(1).stores({
      personas: "id",
      journeys: "id",
      elements: "[journeyId+id]",
      links: "[journeyId+id]",
      meta: "key",
      session: "key",
      quarantine: "++seq",
    });
    // Version 2: the document engine. Every document (the workspace, each journey) is stored as
    // the Yjs updates that made it, appended as they happen and compacted now and then; `doc`
    // is indexed to read one document's updates. The rows of version 1 stay until a later
    // version drops them: they are read once, to build the documents (engine/migrate-rows.ts).
    this.version(2).stores({
      updates: "++seq, doc",
    });
    // Version 3: snapshots of journeys, kept in this browser only (never in a shared document),
    // each a journey in the file format; `journeyId` is indexed to list one journey's.
    this.version(3).stores({
      snapshots: "id, journeyId",
    });
  }
}

/** Object store names, for writes made straight through the IndexedDB API. */
export const STORES = {
  personas: "personas",
  journeys: "journeys",
  elements: "elements",
  links: "links",
  meta: "meta",
  session: "session",
  quarantine: "quarantine",
  updates: "updates",
  snapshots: "snapshots",
} as const;
