import type { Id, Journey, Link, Persona, Workspace } from "../domain";
import {
  FORMAT_VERSION,
  MIGRATIONS,
  formatPath,
  migrate,
  type ElementFile,
  type Migration,
} from "../format";
import type { WaymarkDatabase } from "./database";
import {
  rowToElement,
  rowToLink,
  type ElementRow,
  type JourneyRow,
  type LinkRow,
  type MetaRow,
  type QuarantineRow,
} from "./rows";
import {
  assembleJourney,
  checkElementRow,
  checkJourneyRow,
  checkLinkRow,
  checkPersonaRow,
  type RecordProblem,
} from "./validate";

/** What the rows of database version 1 hold, checked: the workspace, and what was set aside. */
export interface LegacyWorkspace {
  workspace: Workspace;
  meta: MetaRow | null;
  /** Damaged records found, to be added to the quarantine (the rows themselves stay). */
  setAside: QuarantineRow[];
  /** Journeys whose persona is missing or was set aside; the app gives them a home. */
  orphanJourneyIds: Id[];
  /** Whether there were rows at all. */
  empty: boolean;
  /** The rows were written by a newer Waymark; this one must not build from them. */
  writtenByNewerVersion: boolean;
}

interface RawRows {
  personas: unknown[];
  journeys: unknown[];
  elements: unknown[];
  links: unknown[];
}

const labelOf = (row: unknown, field: "name" | "title"): string => {
  if (
    typeof row === "object" &&
    row !== null &&
    typeof (row as Record<string, unknown>)[field] === "string"
  ) {
    return ((row as Record<string, unknown>)[field] as string).slice(0, 80);
  }
  return "";
};

const journeyIdOf = (row: unknown): string | null =>
  typeof row === "object" &&
  row !== null &&
  typeof (row as { journeyId?: unknown }).journeyId === "string"
    ? (row as { journeyId: string }).journeyId
    : null;

/** Version 1 kept a persona's picture as a Blob; documents keep its bytes. */
async function pictureAsBytes(row: unknown): Promise<unknown> {
  if (typeof row !== "object" || row === null) return row;
  const avatar = (row as { avatar?: unknown }).avatar as { kind?: unknown; image?: unknown };
  const image = avatar?.image as Partial<Blob> | undefined;
  // Any Blob, whichever realm made it (the one IndexedDB hands back may not be this page's).
  if (avatar?.kind !== "image" || typeof image?.arrayBuffer !== "function") return row;
  const bytes = new Uint8Array(await image.arrayBuffer());
  return { ...row, avatar: { kind: "image", image: { type: image.type, bytes } } };
}

/**
 * Reads every row of version 1 and checks each record: what the documents are built from, once.
 * A damaged record does not stop the rest: it is reported to be set aside, whole, for download.
 * Nothing is written here; the rows stay as they are until a later version drops them.
 */
export async function readLegacyRows(
  db: WaymarkDatabase,
  options: { now?: number; migrations?: readonly Migration[] } = {},
): Promise<LegacyWorkspace> {
  const at = options.now ?? Date.now();
  const [meta, raw] = await db.transaction(
    "r",
    [db.meta, db.personas, db.journeys, db.elements, db.links],
    async () => {
      const metaRow = (await db.meta.get("workspace")) ?? null;
      const rows: RawRows = {
        personas: await db.personas.toArray(),
        journeys: await db.journeys.toArray(),
        elements: await db.elements.toArray(),
        links: await db.links.toArray(),
      };
      return [metaRow, rows] as const;
    },
  );
  const empty =
    raw.personas.length + raw.journeys.length + raw.elements.length + raw.links.length === 0;
  // Rows were only ever written in format version 1 (the documents replaced them in version 1).
  const storedVersion = meta?.formatVersion ?? 1;
  const result = (workspace: Workspace, setAside: QuarantineRow[], orphans: Id[]) => ({
    workspace,
    meta,
    setAside,
    orphanJourneyIds: orphans,
    empty,
    writtenByNewerVersion: storedVersion > FORMAT_VERSION,
  });
  if (storedVersion > FORMAT_VERSION) return result({ personas: {}, journeys: {} }, [], []);
  const rows =
    storedVersion < FORMAT_VERSION
      ? migrateRows(raw, storedVersion, options.migrations ?? MIGRATIONS)
      : raw;

  const setAside: QuarantineRow[] = [];
  const quarantine = (
    what: QuarantineRow["what"],
    label: string,
    problem: RecordProblem,
    items: unknown[],
  ) =>
    setAside.push({
      what,
      label,
      // The reason stays readable in the downloaded record; the interface words `problem`.
      reason: `${formatPath(problem.at)}: ${problem.damage.code}`,
      problem,
      at,
      rows: items,
    });
  const NO_JOURNEY: RecordProblem = { at: ["journeyId"], damage: { code: "noJourney" } };

  const personas: Record<Id, Persona> = {};
  for (const row of rows.personas) {
    const checked = checkPersonaRow(await pictureAsBytes(row));
    if (checked.ok) personas[checked.value.id] = checked.value;
    else quarantine("persona", labelOf(row, "name"), checked.problem, [row]);
  }

  const elementsByJourney = new Map<Id, ElementFile[]>();
  for (const row of rows.elements) {
    const journeyId = journeyIdOf(row);
    const checked = checkElementRow(row);
    if (checked.ok && journeyId) {
      const list = elementsByJourney.get(journeyId) ?? [];
      list.push(checked.value);
      elementsByJourney.set(journeyId, list);
    } else
      quarantine("card", labelOf(row, "title"), checked.ok ? NO_JOURNEY : checked.problem, [row]);
  }
  const linksByJourney = new Map<Id, Link[]>();
  for (const row of rows.links) {
    const journeyId = journeyIdOf(row);
    const checked = checkLinkRow(row);
    if (checked.ok && journeyId) {
      const list = linksByJourney.get(journeyId) ?? [];
      list.push(checked.value);
      linksByJourney.set(journeyId, list);
    } else quarantine("link", "", checked.ok ? NO_JOURNEY : checked.problem, [row]);
  }

  const journeys: Record<Id, Journey> = {};
  const orphanJourneyIds: Id[] = [];
  for (const row of rows.journeys) {
    const checked = checkJourneyRow(row);
    const id = (row as { id?: unknown } | null)?.id;
    const ownId = typeof id === "string" ? id : "";
    if (!checked.ok) {
      quarantine("journey", labelOf(row, "title"), checked.problem, [
        row,
        ...(elementsByJourney.get(ownId) ?? []).map((e) => ({ ...e, journeyId: ownId })),
        ...(linksByJourney.get(ownId) ?? []).map((l) => ({ ...l, journeyId: ownId })),
      ]);
      elementsByJourney.delete(ownId);
      linksByJourney.delete(ownId);
      continue;
    }
    const { journey, strayElements, strayLinks } = assembleJourney(
      checked.value,
      elementsByJourney.get(ownId) ?? [],
      linksByJourney.get(ownId) ?? [],
    );
    elementsByJourney.delete(ownId);
    linksByJourney.delete(ownId);
    for (const { element, problem } of strayElements)
      quarantine("card", element.title.slice(0, 80), problem, [{ ...element, journeyId: ownId }]);
    for (const { link, problem } of strayLinks)
      quarantine("link", "", problem, [{ ...link, journeyId: ownId }]);
    journeys[journey.id] = journey;
    if (!personas[journey.personaId]) orphanJourneyIds.push(journey.id);
  }
  // Cards and links whose journey row is gone entirely.
  for (const [journeyId, elements] of elementsByJourney)
    for (const element of elements)
      quarantine("card", element.title.slice(0, 80), NO_JOURNEY, [{ ...element, journeyId }]);
  for (const [journeyId, links] of linksByJourney)
    for (const link of links) quarantine("link", "", NO_JOURNEY, [{ ...link, journeyId }]);

  return result({ personas, journeys }, setAside, orphanJourneyIds);
}

/** The file format's numbered migrations, applied to the rows in memory. */
function migrateRows(raw: RawRows, fromVersion: number, migrations: readonly Migration[]): RawRows {
  const byJourney = (rows: unknown[]) => {
    const map = new Map<string, unknown[]>();
    for (const row of rows) {
      const id = journeyIdOf(row);
      if (id) map.set(id, [...(map.get(id) ?? []), row]);
    }
    return map;
  };
  const elements = byJourney(raw.elements);
  const links = byJourney(raw.links);
  const document = migrate(
    {
      version: fromVersion,
      personas: raw.personas,
      journeys: raw.journeys.map((row) => {
        const id = (row as { id?: unknown } | null)?.id as string;
        return {
          ...(row as object),
          elements: (elements.get(id) ?? []).map((r) => rowToElement(r as ElementRow)),
          links: (links.get(id) ?? []).map((r) => rowToLink(r as LinkRow)),
        };
      }),
    },
    migrations,
  );
  const migrated: RawRows = { personas: document.personas, journeys: [], elements: [], links: [] };
  for (const journey of document.journeys as (JourneyRow & {
    elements?: object[];
    links?: object[];
    comments?: unknown[];
    plan?: unknown[];
    targets?: unknown[];
    customMetrics?: unknown[];
  })[]) {
    // Rows were written before comments and plans existed: the migrations' empty lists have no
    // row to go to.
    const {
      elements: journeyElements = [],
      links: journeyLinks = [],
      comments: _comments,
      plan: _plan,
      targets: _targets,
      customMetrics: _customMetrics,
      ...row
    } = journey;
    migrated.journeys.push(row);
    for (const e of journeyElements) migrated.elements.push({ ...e, journeyId: row.id });
    for (const l of journeyLinks) migrated.links.push({ ...l, journeyId: row.id });
  }
  // Cards and links of no journey row go on as they are, to be set aside for download after.
  const journeyIds = new Set(raw.journeys.map((row) => (row as { id?: unknown } | null)?.id));
  const stray = (row: unknown) => {
    const id = journeyIdOf(row);
    return !id || !journeyIds.has(id);
  };
  migrated.elements.push(...raw.elements.filter(stray));
  migrated.links.push(...raw.links.filter(stray));
  return migrated;
}
