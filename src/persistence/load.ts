import type { Id, Journey, JourneyElement, Link, Persona, Workspace } from "../domain";
import { FORMAT_VERSION, MIGRATIONS, formatPath, migrate, type Migration } from "../format";
import type { WaymarkDatabase } from "./database";
import {
  elementToRow,
  linkToRow,
  rowToElement,
  rowToLink,
  type ElementRow,
  type JourneyRow,
  type LinkRow,
  type MetaRow,
  type PersonaRow,
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

export interface LoadedWorkspace {
  workspace: Workspace;
  meta: MetaRow | null;
  /** Everything set aside so far, this load included. */
  quarantined: QuarantineRow[];
  /** Journeys whose persona is missing or was set aside; the app gives them a home. */
  orphanJourneyIds: Id[];
  /** The stored session, unchecked: the session store merges it over its defaults. */
  session: unknown;
  /** The rows were written by a newer Waymark; this one must not write over them. */
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

/**
 * Reads the whole workspace, migrating it when it was written in an older format, and checks
 * every record. A damaged record does not stop the load: it is moved to the quarantine table
 * (kept whole, for download) and the rest opens.
 */
export async function loadWorkspace(
  db: WaymarkDatabase,
  options: { now?: number; migrations?: readonly Migration[] } = {},
): Promise<LoadedWorkspace> {
  const at = options.now ?? Date.now();
  const [meta, raw, sessionRow] = await db.transaction(
    "r",
    [db.meta, db.personas, db.journeys, db.elements, db.links, db.session],
    async () => {
      const metaRow = (await db.meta.get("workspace")) ?? null;
      const rows: RawRows = {
        personas: await db.personas.toArray(),
        journeys: await db.journeys.toArray(),
        elements: await db.elements.toArray(),
        links: await db.links.toArray(),
      };
      return [metaRow, rows, await db.session.get("session")] as const;
    },
  );

  const storedVersion = meta?.formatVersion ?? FORMAT_VERSION;
  if (storedVersion > FORMAT_VERSION) {
    return {
      workspace: { personas: {}, journeys: {} },
      meta,
      quarantined: await db.quarantine.toArray(),
      orphanJourneyIds: [],
      session: sessionRow?.value,
      writtenByNewerVersion: true,
    };
  }
  let rows = raw;
  if (meta && storedVersion < FORMAT_VERSION) {
    rows = await migrateStoredRows(db, raw, storedVersion, options.migrations ?? MIGRATIONS, meta);
  }

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
  const toDelete = {
    personas: [] as Id[],
    journeys: [] as Id[],
    elements: [] as [Id, Id][],
    links: [] as [Id, Id][],
  };

  const personas: Record<Id, Persona> = {};
  for (const row of rows.personas) {
    const checked = checkPersonaRow(row);
    if (checked.ok) personas[checked.value.id] = checked.value;
    else {
      quarantine("persona", labelOf(row, "name"), checked.problem, [row]);
      const id = (row as { id?: unknown } | null)?.id;
      if (typeof id === "string") toDelete.personas.push(id);
    }
  }

  const elementsByJourney = new Map<Id, JourneyElement[]>();
  for (const row of rows.elements) {
    const journeyId = journeyIdOf(row);
    const checked = checkElementRow(row);
    if (checked.ok && journeyId) {
      const list = elementsByJourney.get(journeyId) ?? [];
      list.push(checked.value);
      elementsByJourney.set(journeyId, list);
    } else {
      quarantine("card", labelOf(row, "title"), checked.ok ? NO_JOURNEY : checked.problem, [row]);
      const id = (row as { id?: unknown } | null)?.id;
      if (journeyId && typeof id === "string") toDelete.elements.push([journeyId, id]);
    }
  }
  const linksByJourney = new Map<Id, Link[]>();
  for (const row of rows.links) {
    const journeyId = journeyIdOf(row);
    const checked = checkLinkRow(row);
    if (checked.ok && journeyId) {
      const list = linksByJourney.get(journeyId) ?? [];
      list.push(checked.value);
      linksByJourney.set(journeyId, list);
    } else {
      quarantine("link", "", checked.ok ? NO_JOURNEY : checked.problem, [row]);
      const id = (row as { id?: unknown } | null)?.id;
      if (journeyId && typeof id === "string") toDelete.links.push([journeyId, id]);
    }
  }

  const journeys: Record<Id, Journey> = {};
  const orphanJourneyIds: Id[] = [];
  for (const row of rows.journeys) {
    const checked = checkJourneyRow(row);
    const id = (row as { id?: unknown } | null)?.id;
    if (!checked.ok) {
      const ownId = typeof id === "string" ? id : "";
      const ownElements = (elementsByJourney.get(ownId) ?? []).map((e) => elementToRow(ownId, e));
      const ownLinks = (linksByJourney.get(ownId) ?? []).map((l) => linkToRow(ownId, l));
      quarantine("journey", labelOf(row, "title"), checked.problem, [
        row,
        ...ownElements,
        ...ownLinks,
      ]);
      if (ownId) toDelete.journeys.push(ownId);
      elementsByJourney.delete(ownId);
      linksByJourney.delete(ownId);
      continue;
    }
    const { journey, strayElements, strayLinks } = assembleJourney(
      checked.value,
      elementsByJourney.get(checked.value.id) ?? [],
      linksByJourney.get(checked.value.id) ?? [],
    );
    elementsByJourney.delete(journey.id);
    linksByJourney.delete(journey.id);
    for (const { element, problem } of strayElements) {
      quarantine("card", element.title.slice(0, 80), problem, [elementToRow(journey.id, element)]);
      toDelete.elements.push([journey.id, element.id]);
    }
    for (const { link, problem } of strayLinks) {
      quarantine("link", "", problem, [linkToRow(journey.id, link)]);
      toDelete.links.push([journey.id, link.id]);
    }
    journeys[journey.id] = journey;
    if (!personas[journey.personaId]) orphanJourneyIds.push(journey.id);
  }
  // Cards and links whose journey row is gone entirely.
  for (const [journeyId, elements] of elementsByJourney) {
    for (const element of elements) {
      quarantine("card", element.title.slice(0, 80), NO_JOURNEY, [
        elementToRow(journeyId, element),
      ]);
      toDelete.elements.push([journeyId, element.id]);
    }
  }
  for (const [journeyId, links] of linksByJourney) {
    for (const link of links) {
      quarantine("link", "", NO_JOURNEY, [linkToRow(journeyId, link)]);
      toDelete.links.push([journeyId, link.id]);
    }
  }

  if (setAside.length) {
    await db.transaction(
      "rw",
      [db.quarantine, db.personas, db.journeys, db.elements, db.links],
      async () => {
        await db.quarantine.bulkAdd(setAside);
        await db.personas.bulkDelete(toDelete.personas);
        await db.journeys.bulkDelete(toDelete.journeys);
        await db.elements.bulkDelete(toDelete.elements);
        await db.links.bulkDelete(toDelete.links);
      },
    );
  }

  return {
    workspace: { personas, journeys },
    meta,
    quarantined: await db.quarantine.toArray(),
    orphanJourneyIds,
    session: sessionRow?.value,
    writtenByNewerVersion: false,
  };
}

/**
 * Runs the file format's migrations over what IndexedDB holds, then rewrites it: the same
 * numbered steps as on import, so stored work and old files age the same way.
 */
async function migrateStoredRows(
  db: WaymarkDatabase,
  raw: RawRows,
  fromVersion: number,
  migrations: readonly Migration[],
  meta: MetaRow,
): Promise<RawRows> {
  const byJourney = (rows: unknown[]) => {
    const map = new Map<string, unknown[]>();
    for (const row of rows) {
      const id = journeyIdOf(row);
      if (!id) continue;
      map.set(id, [...(map.get(id) ?? []), row]);
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
    elements?: JourneyElement[];
    links?: Link[];
  })[]) {
    const { elements: journeyElements = [], links: journeyLinks = [], ...row } = journey;
    migrated.journeys.push(row);
    for (const e of journeyElements) migrated.elements.push(elementToRow(row.id, e));
    for (const l of journeyLinks) migrated.links.push(linkToRow(row.id, l));
  }
  await db.transaction(
    "rw",
    [db.personas, db.journeys, db.elements, db.links, db.meta],
    async () => {
      await Promise.all([
        db.personas.clear(),
        db.journeys.clear(),
        db.elements.clear(),
        db.links.clear(),
      ]);
      await db.personas.bulkPut(migrated.personas as PersonaRow[]);
      await db.journeys.bulkPut(migrated.journeys as JourneyRow[]);
      await db.elements.bulkPut(migrated.elements as ElementRow[]);
      await db.links.bulkPut(migrated.links as LinkRow[]);
      await db.meta.put({ ...meta, formatVersion: FORMAT_VERSION });
    },
  );
  return migrated;
}
