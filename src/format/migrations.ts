import { FORMAT_VERSION } from "./version";

/**
 * The document as migrations see it: plain JSON, before validation. Files and IndexedDB both
 * reach this shape, so the same migrations run on import and on load.
 */
export interface MigratableDocument {
  version: number;
  personas: unknown[];
  journeys: unknown[];
}

export interface Migration {
  /** The version this migration produces; it reads version `to - 1`. */
  to: number;
  /** What changed, in a few words, for the people who read this list later. */
  name: string;
  up(document: MigratableDocument): MigratableDocument;
}

/**
 * Numbered, named migrations, applied in order, each with a frozen fixture of the version it reads
 * (test/fixtures/format-v<n>/) that its test opens. Version 1 is the first published format.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    to: 2,
    name: "journeys carry their cards' comments (none before)",
    up: (document) => ({
      ...document,
      journeys: document.journeys.map((journey) =>
        journey !== null && typeof journey === "object" && !Array.isArray(journey)
          ? { comments: [], ...journey }
          : journey,
      ),
    }),
  },
  {
    to: 3,
    name: "cards carry impact and effort for the opportunity matrix (unplaced before)",
    up: (document) => ({
      ...document,
      journeys: document.journeys.map((journey) => {
        if (!isRecord(journey) || !Array.isArray(journey.elements)) return journey;
        return {
          ...journey,
          elements: journey.elements.map((element) =>
            isRecord(element) ? { impact: null, effort: null, ...element } : element,
          ),
        };
      }),
    }),
  },
  {
    to: 4,
    name: "journeys carry an action plan (none before)",
    up: (document) => ({
      ...document,
      journeys: document.journeys.map((journey) =>
        isRecord(journey) ? { plan: [], ...journey } : journey,
      ),
    }),
  },
  {
    to: 5,
    name: "journeys carry a target per metric (none before)",
    up: (document) => ({
      ...document,
      journeys: document.journeys.map((journey) =>
        isRecord(journey) ? { targets: [], ...journey } : journey,
      ),
    }),
  },
  {
    to: 6,
    // The library keeps every metric of version 5 under its name and meaning: `ces` is CES 2.0,
    // 1 to 7 with 7 meaning easy (the library adds CES as effort, 1 to 5, beside it, and FRT).
    // What a file lacked is the journey's custom metrics: none before.
    name: "metrics join the library: CES stays the 1 to 7 ease scale; no custom metrics before",
    up: (document) => ({
      ...document,
      journeys: document.journeys.map((journey) =>
        isRecord(journey) ? { customMetrics: [], ...journey } : journey,
      ),
    }),
  },
];

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

export class MigrationError extends Error {}

/** Brings a document up to `target`, one numbered step at a time. */
export function migrate(
  document: MigratableDocument,
  migrations: readonly Migration[] = MIGRATIONS,
  target: number = FORMAT_VERSION,
): MigratableDocument {
  let current = document;
  while (current.version < target) {
    const next = migrations.find((m) => m.to === current.version + 1);
    if (!next)
      throw new MigrationError(
        `No migration from version ${current.version} to ${current.version + 1}`,
      );
    current = { ...next.up(current), version: next.to };
  }
  return current;
}
