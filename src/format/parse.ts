import type { Journey, JourneySnapshot, MetricLibrary, Persona } from "../domain";
import { checkJourney } from "./consistency";
import { journeyFromFile, metricLibraryFromFile, personaFromFile } from "./convert";
import { snapshotFromFile } from "./snapshot";
import { damaged, fail, ok, type FormatError, type Result } from "./errors";
import { LIMITS } from "./limits";
import { migrate, MigrationError, MIGRATIONS, type Migration } from "./migrations";
import { parseJsonSafely } from "./safe-json";
import { envelopeSchema, type Envelope } from "./schema";
import { FILE_TYPE, FORMAT_VERSION } from "./version";
import { damageOf } from "./zod-issues";

export interface ParsedFile {
  kind: "workspace" | "journey";
  /** The version the file was written in (it has been migrated to the current one). */
  writtenVersion: number;
  source: string;
  exportedAt: string;
  personas: Persona[];
  journeys: Journey[];
  /** A backup's snapshots of its journeys (none in other files). */
  snapshots: JourneySnapshot[];
  /** A workspace file's metric library (null in other files, and before version 6). */
  metricLibrary: MetricLibrary | null;
}

/** Checked before a single byte is read, so a huge file never reaches memory. */
export function checkFileSize(bytes: number): FormatError | null {
  return bytes > LIMITS.fileBytes ? { kind: "tooLarge", bytes, limit: LIMITS.fileBytes } : null;
}

export async function readWaymarkFile(file: Blob): Promise<Result<ParsedFile>> {
  const tooLarge = checkFileSize(file.size);
  if (tooLarge) return fail(tooLarge);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const text = decodeUtf8(bytes);
  if (text !== null) return parseWaymarkText(text);
  // A download cut off inside a Persian or Polish letter ends in part of one: without those last
  // bytes it reads, and parsing can then say it is incomplete rather than "not text".
  for (let cut = 1; cut <= 3 && cut < bytes.length; cut++) {
    const head = decodeUtf8(bytes.subarray(0, bytes.length - cut));
    if (head !== null) {
      const parsed = parseWaymarkText(head);
      return parsed.ok ? fail({ kind: "incomplete" }) : parsed;
    }
  }
  return fail({ kind: "unreadable", detail: "not UTF-8 text" });
}

function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** How every Waymark file begins, whatever follows: an object whose first field is its type. */
const WAYMARK_START = new RegExp(`^\\s*\\{\\s*"type"\\s*:\\s*"${FILE_TYPE}"`);

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Untrusted text to a document, or the reason it was refused. Never throws, and builds nothing
 * from the input until all of it is known to be valid.
 */
export function parseWaymarkText(
  text: string,
  migrations: readonly Migration[] = MIGRATIONS,
): Result<ParsedFile> {
  try {
    const tooLarge = checkFileSize(text.length);
    if (tooLarge) return fail(tooLarge);
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    const json = parseJsonSafely(body);
    if (!json.ok) {
      if (json.error.kind !== "unreadable") return json;
      if (!body.trim()) return fail({ kind: "empty" });
      // A cut-off download still says what it is at the top: "damaged", not "not ours".
      return fail({ kind: WAYMARK_START.test(body.slice(0, 400)) ? "incomplete" : "notWaymark" });
    }
    const raw = json.value;
    if (!isObject(raw) || raw.type !== FILE_TYPE) return fail({ kind: "notWaymark" });
    const version = raw.version;
    if (typeof version !== "number" || !Number.isInteger(version) || version < 0) {
      return fail(damaged(["version"], { code: "notFormatVersion" }));
    }
    if (version > FORMAT_VERSION)
      return fail({ kind: "newerVersion", version, supported: FORMAT_VERSION });
    if (!Array.isArray(raw.personas)) return fail(damaged(["personas"], { code: "missing" }));
    if (!Array.isArray(raw.journeys)) return fail(damaged(["journeys"], { code: "missing" }));

    const migrated = migrate(
      { version, personas: raw.personas, journeys: raw.journeys },
      migrations,
    );
    // A backup's snapshots hold journeys of the file's version: they are brought up alike.
    const snapshots = Array.isArray(raw.snapshots)
      ? raw.snapshots.map((snapshot: unknown) =>
          isObject(snapshot)
            ? {
                ...snapshot,
                journey: migrate(
                  { version, personas: [], journeys: [snapshot.journey] },
                  migrations,
                ).journeys[0],
              }
            : snapshot,
        )
      : raw.snapshots;
    const input = {
      ...raw,
      ...migrated,
      ...(snapshots === undefined ? {} : { snapshots }),
    };
    const checked = envelopeSchema.safeParse(input);
    if (!checked.success) {
      const issue = checked.error.issues[0]!;
      return fail(damaged(issue.path, damageOf(issue, input)));
    }
    const problem = checkEnvelope(checked.data);
    if (problem) return fail(problem);

    return ok({
      kind: checked.data.kind,
      writtenVersion: version,
      source: checked.data.source,
      exportedAt: checked.data.exportedAt,
      personas: checked.data.personas.map(personaFromFile),
      journeys: checked.data.journeys.map(journeyFromFile),
      snapshots: (checked.data.snapshots ?? []).map(snapshotFromFile),
      metricLibrary: checked.data.metricLibrary
        ? metricLibraryFromFile(checked.data.metricLibrary)
        : null,
    });
  } catch (error) {
    if (error instanceof MigrationError)
      return fail(damaged(["version"], { code: "cannotUpgrade" }));
    // A stack overflow or similar on pathological input: refuse it rather than crash.
    return fail({
      kind: "unreadable",
      detail: error instanceof Error ? error.message : String(error),
    });
  }
}

function checkEnvelope(envelope: Envelope): FormatError | null {
  const personaIds = new Set<string>();
  for (const [i, p] of envelope.personas.entries()) {
    if (personaIds.has(p.id)) return damaged(["personas", i, "id"], { code: "repeatedId" });
    personaIds.add(p.id);
  }
  const journeyIds = new Set<string>();
  for (const [i, j] of envelope.journeys.entries()) {
    if (journeyIds.has(j.id)) return damaged(["journeys", i, "id"], { code: "repeatedId" });
    journeyIds.add(j.id);
    if (!personaIds.has(j.personaId))
      return damaged(["journeys", i, "personaId"], { code: "unknownPersona" });
    const problem = checkJourney(j);
    if (problem) return damaged(["journeys", i, ...problem.path], problem.damage);
  }
  const snapshotIds = new Set<string>();
  for (const [i, snapshot] of (envelope.snapshots ?? []).entries()) {
    if (snapshotIds.has(snapshot.id))
      return damaged(["snapshots", i, "id"], { code: "repeatedId" });
    snapshotIds.add(snapshot.id);
    // Only a workspace file carries snapshots, each of one of its own journeys.
    if (
      envelope.kind !== "workspace" ||
      snapshot.journey.id !== snapshot.journeyId ||
      !journeyIds.has(snapshot.journeyId)
    )
      return damaged(["snapshots", i, "journeyId"], { code: "unknownJourney" });
    const problem = checkJourney(snapshot.journey);
    if (problem) return damaged(["snapshots", i, "journey", ...problem.path], problem.damage);
  }
  if (
    envelope.kind === "journey" &&
    (envelope.journeys.length !== 1 || envelope.personas.length !== 1)
  ) {
    return damaged(["journeys"], { code: "journeyFileShape" });
  }
  return null;
}
