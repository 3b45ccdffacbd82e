import * as Y from "yjs";
import {
  PERSONA_FIELDS,
  emptyMetricLibrary,
  type MetricLibrary,
  type Id,
  type JourneySummary,
  type Persona,
  type WorkspaceIndex,
} from "../domain";
import {
  docCustomMetricSchema,
  docDeletedJourneySchema,
  docJourneySummarySchema,
  storedPersonaSchema,
} from "../format";
import { damageOfError, type DamagedRecord } from "./damage";
import { touchedBy } from "./journey-mirror";

/**
 * The workspace document: the personas (one map per persona, a field per entry, so two tabs
 * editing different fields of one persona both keep theirs) and the index of journeys (one entry
 * per journey: its summary for the lists, or the time it was deleted). Journeys themselves live in
 * documents of their own, opened only when needed.
 */
export const WORKSPACE_DOC = "workspace";

export const WS_ROOT = {
  personas: "personas",
  journeys: "journeys",
  /** The custom metrics the workspace defines: metric id → its definition. */
  customMetrics: "customMetrics",
  /** Which metrics every card's details offer: metric id → whether it is shown. */
  metricsOnCards: "metricsOnCards",
} as const;
type WsRoot = (typeof WS_ROOT)[keyof typeof WS_ROOT];

/** A picture's bytes are an entry of their own: Yjs stores bytes, not inside JSON. */
const PICTURE_BYTES = "avatarBytes";

type PersonaEntry = Y.Map<unknown>;

export function workspaceRoots(doc: Y.Doc) {
  return {
    personas: doc.getMap<PersonaEntry>(WS_ROOT.personas),
    journeys: doc.getMap<unknown>(WS_ROOT.journeys),
    customMetrics: doc.getMap<unknown>(WS_ROOT.customMetrics),
    metricsOnCards: doc.getMap<unknown>(WS_ROOT.metricsOnCards),
  };
}

/** Writes what differs between two states of the metric library. */
export function writeMetricLibrary(doc: Y.Doc, before: MetricLibrary, after: MetricLibrary): void {
  const roots = workspaceRoots(doc);
  for (const [id, metric] of Object.entries(after.custom)) {
    if (before.custom[id] === metric) continue;
    const { id: _id, ...fields } = metric;
    if (!sameJson(roots.customMetrics.get(id), fields)) roots.customMetrics.set(id, fields);
  }
  for (const id of Object.keys(before.custom))
    if (!after.custom[id] && roots.customMetrics.has(id)) roots.customMetrics.delete(id);
  for (const [id, shown] of Object.entries(after.onCards))
    if (roots.metricsOnCards.get(id) !== shown) roots.metricsOnCards.set(id, shown);
  for (const id of Object.keys(before.onCards))
    if (after.onCards[id] === undefined && roots.metricsOnCards.has(id))
      roots.metricsOnCards.delete(id);
}

function readMetricLibrary(
  roots: ReturnType<typeof workspaceRoots>,
  damaged: DamagedRecord[],
): MetricLibrary {
  const library = emptyMetricLibrary();
  for (const [id, value] of roots.customMetrics.entries()) {
    const fields = typeof value === "object" && value !== null ? value : {};
    const checked = docCustomMetricSchema.safeParse({ ...fields, id });
    if (checked.success) library.custom[id] = checked.data;
    else
      damaged.push({
        what: "metric",
        label:
          typeof (fields as { name?: unknown }).name === "string"
            ? String((fields as { name: string }).name).slice(0, 80)
            : "",
        problem: damageOfError(checked.error, value),
        record: value,
        where: { root: WS_ROOT.customMetrics, key: id },
      });
  }
  for (const [id, shown] of roots.metricsOnCards.entries())
    if (typeof shown === "boolean") library.onCards[id] = shown;
  return library;
}

/** Fields stored as values (the avatar is stored apart: its picture's bytes are an entry). */
const STORED_FIELDS = [
  ...PERSONA_FIELDS.filter((field) => field !== "avatar"),
  "createdAt",
  "updatedAt",
] as const;

function sameJson(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** Writes what differs between two states of a persona (`before` undefined: all of it). */
export function writePersona(doc: Y.Doc, before: Persona | undefined, after: Persona): void {
  const personas = workspaceRoots(doc).personas;
  let entry = personas.get(after.id);
  if (!entry) {
    personas.set(after.id, new Y.Map());
    entry = personas.get(after.id)!;
    before = undefined;
  }
  for (const field of STORED_FIELDS) {
    if (before && sameJson(before[field], after[field])) continue;
    if (!sameJson(entry.get(field), after[field])) entry.set(field, after[field]);
  }
  if (!before || before.avatar !== after.avatar) {
    const avatar = after.avatar;
    if (avatar.kind === "image") {
      entry.set("avatar", { kind: "image", type: avatar.image.type });
      if (entry.get(PICTURE_BYTES) !== avatar.image.bytes)
        entry.set(PICTURE_BYTES, avatar.image.bytes);
    } else {
      if (!sameJson(entry.get("avatar"), avatar)) entry.set("avatar", { ...avatar });
      if (entry.has(PICTURE_BYTES)) entry.delete(PICTURE_BYTES);
    }
  }
}

export function removePersonaEntry(doc: Y.Doc, personaId: Id): void {
  workspaceRoots(doc).personas.delete(personaId);
}

export function writeSummary(doc: Y.Doc, summary: JourneySummary): void {
  const journeys = workspaceRoots(doc).journeys;
  if (!sameJson(journeys.get(summary.id), summary)) journeys.set(summary.id, { ...summary });
}

/** Marks a journey deleted; its document is kept a while (see the engine's purge). */
export function markJourneyDeleted(doc: Y.Doc, journeyId: Id, at: number): void {
  workspaceRoots(doc).journeys.set(journeyId, { deletedAt: at });
}

/** Journeys marked deleted, with when. */
export function deletedJourneys(doc: Y.Doc): Map<Id, number> {
  const deleted = new Map<Id, number>();
  for (const [id, value] of workspaceRoots(doc).journeys.entries()) {
    const checked = docDeletedJourneySchema.safeParse(value);
    if (checked.success) deleted.set(id, checked.data.deletedAt);
  }
  return deleted;
}

function readPersona(id: Id, entry: unknown, damaged: DamagedRecord[]): Persona | null {
  if (!(entry instanceof Y.Map)) return null;
  const fields: Record<string, unknown> = { id };
  // A stored "__proto__" is read as nothing: assigned, it would set the object's prototype.
  (entry as PersonaEntry).forEach((value, key) => {
    if (key !== "__proto__") fields[key] = value;
  });
  const bytes = fields[PICTURE_BYTES];
  delete fields[PICTURE_BYTES];
  const avatar = fields.avatar as { kind?: unknown; type?: unknown } | undefined;
  if (avatar?.kind === "image")
    fields.avatar = { kind: "image", image: { type: avatar.type, bytes } };
  const result = storedPersonaSchema.safeParse(fields);
  if (result.success) return result.data as Persona;
  damaged.push({
    what: "persona",
    label: typeof fields.name === "string" ? fields.name.slice(0, 80) : "",
    problem: damageOfError(result.error, fields),
    record: fields,
    where: { root: WS_ROOT.personas, key: id },
  });
  return null;
}

function readSummary(id: Id, value: unknown, damaged: DamagedRecord[]): JourneySummary | null {
  if (docDeletedJourneySchema.safeParse(value).success) return null;
  const result = docJourneySummarySchema.safeParse(value);
  if (result.success && result.data.id === id) return result.data;
  damaged.push({
    what: "journey",
    label:
      typeof (value as { title?: unknown } | null)?.title === "string"
        ? (value as { title: string }).title.slice(0, 80)
        : "",
    problem: result.success
      ? { at: ["id"], damage: { code: "invalid" } }
      : damageOfError(result.error, value),
    record: value,
  });
  return null;
}

/** Keeps the workspace index read from its document, re-reading only what a transaction touched. */
export class WorkspaceMirror {
  private readonly roots: ReturnType<typeof workspaceRoots>;
  private readonly rootNames: Map<unknown, WsRoot>;
  index: WorkspaceIndex = { personas: {}, journeys: {}, metrics: emptyMetricLibrary() };

  constructor(
    readonly doc: Y.Doc,
    damaged: DamagedRecord[],
  ) {
    this.roots = workspaceRoots(doc);
    this.rootNames = new Map<unknown, WsRoot>([
      [this.roots.personas, WS_ROOT.personas],
      [this.roots.journeys, WS_ROOT.journeys],
      [this.roots.customMetrics, WS_ROOT.customMetrics],
      [this.roots.metricsOnCards, WS_ROOT.metricsOnCards],
    ]);
    this.index = this.readAll(damaged);
  }

  /** Reads everything again (after the stored document was read in), reporting what fails. */
  reload(damaged: DamagedRecord[]): void {
    this.index = this.readAll(damaged);
  }

  private readAll(damaged: DamagedRecord[]): WorkspaceIndex {
    const personas: Record<Id, Persona> = {};
    for (const [id, entry] of this.roots.personas.entries()) {
      const persona = readPersona(id, entry, damaged);
      if (persona) personas[id] = persona;
    }
    const journeys: Record<Id, JourneySummary> = {};
    for (const [id, value] of this.roots.journeys.entries()) {
      const summary = readSummary(id, value, damaged);
      if (summary) journeys[id] = summary;
    }
    return { personas, journeys, metrics: readMetricLibrary(this.roots, damaged) };
  }

  /**
   * Takes a transaction in; returns whether the index changed. A persona or summary that does not
   * read (arrived in part) keeps what it read before until the rest arrives.
   */
  update(transaction: Y.Transaction): boolean {
    const touched = touchedBy(transaction, this.rootNames);
    if (touched.roots.size === 0) return false;
    const unread: DamagedRecord[] = [];
    let { personas, journeys } = this.index;
    const personaKeys = touched.keys.get(WS_ROOT.personas);
    if (personaKeys) {
      personas = { ...personas };
      for (const id of personaKeys) {
        const entry = this.roots.personas.get(id);
        const persona = entry === undefined ? null : readPersona(id, entry, unread);
        if (persona) personas[id] = persona;
        else if (entry === undefined) delete personas[id];
      }
    }
    const journeyKeys = touched.keys.get(WS_ROOT.journeys);
    if (journeyKeys) {
      journeys = { ...journeys };
      for (const id of journeyKeys) {
        const value = this.roots.journeys.get(id);
        const summary = value === undefined ? null : readSummary(id, value, unread);
        if (summary) journeys[id] = summary;
        else if (value === undefined || docDeletedJourneySchema.safeParse(value).success)
          delete journeys[id];
      }
    }
    let metrics = this.index.metrics;
    if (touched.roots.has(WS_ROOT.customMetrics) || touched.roots.has(WS_ROOT.metricsOnCards)) {
      // A definition that does not read (arrived in part) keeps what was read before.
      const read = readMetricLibrary(this.roots, unread);
      metrics = { custom: { ...metrics.custom, ...read.custom }, onCards: read.onCards };
      for (const id of Object.keys(metrics.custom))
        if (!this.roots.customMetrics.has(id)) delete metrics.custom[id];
    }
    if (
      personas === this.index.personas &&
      journeys === this.index.journeys &&
      metrics === this.index.metrics
    )
      return false;
    this.index = { personas, journeys, metrics };
    return true;
  }
}
