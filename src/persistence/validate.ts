import { z } from "../format/zod-config";
import type { Journey, Link, Persona } from "../domain";
import {
  damageOf,
  elementSchema,
  journeyFromFile,
  journeyMetaShape,
  linkSchema,
  storedPersonaSchema,
  type Damage,
  type DamagePath,
  type ElementFile,
} from "../format";
import { rowToElement, rowToLink, type ElementRow, type JourneyRow, type LinkRow } from "./rows";

/**
 * The rows of database version 1, checked record by record with the same strict schemas as file
 * import, once, when the documents are built from them. Rows place cards by numbers and count
 * votes, as files do, so a checked journey is turned into the document's shape as a file is.
 */

const journeyRowSchema = z.strictObject(journeyMetaShape);

/** What is wrong with a stored record, and where in it: worded by the interface. */
export interface RecordProblem {
  at: DamagePath;
  damage: Damage;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; problem: RecordProblem };

function describe(error: z.core.$ZodError, input: unknown): RecordProblem {
  const issue = error.issues[0];
  if (!issue) return { at: [], damage: { code: "invalid" } };
  const at = issue.path.map((p) => (typeof p === "number" ? p : String(p)));
  return { at, damage: damageOf(issue, input) };
}

const NOT_A_RECORD: RecordProblem = { at: [], damage: { code: "notARecord" } };

export function checkPersonaRow(row: unknown): Checked<Persona> {
  const result = storedPersonaSchema.safeParse(row);
  return result.success
    ? { ok: true, value: result.data as Persona }
    : { ok: false, problem: describe(result.error, row) };
}

export function checkJourneyRow(row: unknown): Checked<JourneyRow> {
  const result = journeyRowSchema.safeParse(row);
  return result.success
    ? { ok: true, value: result.data as JourneyRow }
    : { ok: false, problem: describe(result.error, row) };
}

export function checkElementRow(row: unknown): Checked<ElementFile> {
  if (typeof row !== "object" || row === null) return { ok: false, problem: NOT_A_RECORD };
  const element = rowToElement(row as ElementRow);
  const result = elementSchema.safeParse(element);
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, problem: describe(result.error, element) };
}

export function checkLinkRow(row: unknown): Checked<Link> {
  if (typeof row !== "object" || row === null) return { ok: false, problem: NOT_A_RECORD };
  const link = rowToLink(row as LinkRow);
  const result = linkSchema.safeParse(link);
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, problem: describe(result.error, link) };
}

/** Builds a journey from checked rows, returning cards and links that do not fit it. */
export function assembleJourney(
  meta: JourneyRow,
  elements: ElementFile[],
  links: Link[],
): {
  journey: Journey;
  strayElements: { element: ElementFile; problem: RecordProblem }[];
  strayLinks: { link: Link; problem: RecordProblem }[];
} {
  const stageIds = new Set(meta.stages.map((s) => s.id));
  const laneKinds = new Map(meta.lanes.map((l) => [l.id, l.kind]));
  const kept: ElementFile[] = [];
  const keptIds = new Set<string>();
  const strayElements: { element: ElementFile; problem: RecordProblem }[] = [];
  const stray = (element: ElementFile, at: string, code: Damage["code"]) =>
    strayElements.push({ element, problem: { at: [at], damage: { code } as Damage } });
  for (const element of elements) {
    if (!stageIds.has(element.stageId)) stray(element, "stageId", "unknownStage");
    else if (!laneKinds.has(element.laneId)) stray(element, "laneId", "unknownLane");
    else if (laneKinds.get(element.laneId) === "emotionCurve")
      stray(element, "laneId", "cardInCurveLane");
    else if (keptIds.has(element.id)) stray(element, "id", "repeatedId");
    else {
      kept.push(element);
      keptIds.add(element.id);
    }
  }
  const keptLinks: Link[] = [];
  const strayLinks: { link: Link; problem: RecordProblem }[] = [];
  for (const link of links) {
    const end = !keptIds.has(link.from) ? "from" : !keptIds.has(link.to) ? "to" : null;
    if (end) strayLinks.push({ link, problem: { at: [end], damage: { code: "unknownCard" } } });
    else keptLinks.push(link);
  }
  const journey = journeyFromFile({
    ...meta,
    elements: kept,
    links: keptLinks,
    comments: [],
    plan: [],
    targets: [],
    customMetrics: [],
  });
  return { journey, strayElements, strayLinks };
}
