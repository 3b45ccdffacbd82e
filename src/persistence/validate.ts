import { z } from "../format/zod-config";
import type { Journey, JourneyElement, Link, Persona } from "../domain";
import {
  elementSchema,
  formatPath,
  journeyMetaShape,
  linkSchema,
  storedPersonaSchema,
} from "../format";
import {
  rowToElement,
  rowToLink,
  type ElementRow,
  type JourneyRow,
  type LinkRow,
  type PersonaRow,
} from "./rows";

/** The same strict schemas as file import, applied record by record to what IndexedDB holds. */

const journeyRowSchema = z.strictObject(journeyMetaShape);

export type Checked<T> = { ok: true; value: T } | { ok: false; reason: string };

function describe(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${formatPath(issue.path)} ${issue.message}` : "does not match the format";
}

export function checkPersonaRow(row: unknown): Checked<Persona> {
  const result = storedPersonaSchema.safeParse(row);
  return result.success
    ? { ok: true, value: result.data as PersonaRow }
    : { ok: false, reason: describe(result.error) };
}

export function checkJourneyRow(row: unknown): Checked<JourneyRow> {
  const result = journeyRowSchema.safeParse(row);
  return result.success
    ? { ok: true, value: result.data as JourneyRow }
    : { ok: false, reason: describe(result.error) };
}

export function checkElementRow(row: unknown): Checked<JourneyElement> {
  if (typeof row !== "object" || row === null) return { ok: false, reason: "is not a record" };
  const result = elementSchema.safeParse(rowToElement(row as ElementRow));
  return result.success
    ? { ok: true, value: result.data as JourneyElement }
    : { ok: false, reason: describe(result.error) };
}

export function checkLinkRow(row: unknown): Checked<Link> {
  if (typeof row !== "object" || row === null) return { ok: false, reason: "is not a record" };
  const result = linkSchema.safeParse(rowToLink(row as LinkRow));
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, reason: describe(result.error) };
}

/** Builds a journey from checked rows, returning cards and links that do not fit it. */
export function assembleJourney(
  meta: JourneyRow,
  elements: JourneyElement[],
  links: Link[],
): {
  journey: Journey;
  strayElements: { element: JourneyElement; reason: string }[];
  strayLinks: { link: Link; reason: string }[];
} {
  const stageIds = new Set(meta.stages.map((s) => s.id));
  const laneKinds = new Map(meta.lanes.map((l) => [l.id, l.kind]));
  const journey: Journey = { ...meta, elements: {}, links: {} };
  const strayElements: { element: JourneyElement; reason: string }[] = [];
  for (const element of elements) {
    if (!stageIds.has(element.stageId))
      strayElements.push({ element, reason: "stageId names a stage that does not exist" });
    else if (!laneKinds.has(element.laneId))
      strayElements.push({ element, reason: "laneId names a lane that does not exist" });
    else if (laneKinds.get(element.laneId) === "emotionCurve")
      strayElements.push({ element, reason: "laneId puts a card in the emotion curve lane" });
    else journey.elements[element.id] = element;
  }
  const strayLinks: { link: Link; reason: string }[] = [];
  for (const link of links) {
    if (!journey.elements[link.from] || !journey.elements[link.to]) {
      strayLinks.push({ link, reason: "joins a card that does not exist" });
    } else journey.links[link.id] = link;
  }
  return { journey, strayElements, strayLinks };
}
