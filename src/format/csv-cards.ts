import {
  STANDARD_METRICS,
  fitsScale,
  foldForSearch,
  type CustomMetric,
  type ChannelRef,
  type Confidence,
  type DepartmentRef,
  type ElementKind,
  type Journey,
  type JourneyElement,
  type LaneKind,
  type LinkKind,
  type Severity,
  type StandardChannel,
  type StandardDepartment,
  LANE_NATURAL_KIND,
} from "../domain";
import { damaged, ok, type Damage, type FormatError, type Result } from "./errors";
import { LIMITS } from "./limits";
import { elementSchema } from "./schema";
import { damageOf } from "./zod-issues";

/** The columns a CSV of cards may have (what Waymark's own CSV export writes). */
export const CSV_COLUMNS = [
  "stage",
  "lane",
  "kind",
  "title",
  "satisfaction",
  "painPoints",
  ...STANDARD_METRICS,
  "channel",
  "owner",
  "confidence",
  "impact",
  "effort",
  "votes",
  "links",
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/**
 * The words a CSV may use, by their folded form (see foldForSearch): column names and values as
 * the export writes them in each language the interface speaks. The interface builds it from its
 * catalogues; the format only reads.
 */
export interface CsvVocabulary {
  columns: ReadonlyMap<string, CsvColumn>;
  kinds: ReadonlyMap<string, ElementKind>;
  channels: ReadonlyMap<string, StandardChannel>;
  departments: ReadonlyMap<string, StandardDepartment>;
  confidences: ReadonlyMap<string, Confidence>;
  severities: ReadonlyMap<string, Severity>;
  linkKinds: ReadonlyMap<string, LinkKind>;
  /** The custom metrics a column may name (by name, or name and unit as the export writes). */
  customMetrics: ReadonlyMap<string, CustomMetric>;
}

/** A card read from a row, and what it carries besides its fields. */
export interface CsvCard {
  element: JourneyElement;
  votes: number;
  /** Arrows leaving it, to cards of the same file named by title. */
  links: { kind: LinkKind; toTitle: string }[];
}

const fold = (text: string) => foldForSearch(text.trim());

/** The spreadsheet row a data row sits on (the header is row 1), as a damage place. */
const rowAt = (index: number, column?: string) =>
  column ? ["rows", index + 1, column] : ["rows", index + 1];

function fault(index: number, column: string | undefined, damage: Damage): Result<never> {
  return { ok: false, error: damaged(rowAt(index, column), damage) };
}

/** A cell of several values holds one per line, as the export writes them. */
const linesOf = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);

function numberOf(text: string): number | null | undefined {
  const trimmed = text.trim();
  if (!trimmed) return null;
  const value = Number(trimmed.replace(",", "."));
  return Number.isFinite(value) ? value : undefined;
}

/** "Fee shown late (High)", one per line: pain points with their severity (medium if unsaid). */
function painPointsOf(
  text: string,
  vocabulary: CsvVocabulary,
): { text: string; severity: Severity }[] {
  return linesOf(text).map((part) => {
    const match = /^(.*)\(([^()]*)\)$/s.exec(part);
    const severity = match ? vocabulary.severities.get(fold(match[2]!)) : undefined;
    return match && severity
      ? { text: match[1]!.trim(), severity }
      : { text: part, severity: "medium" as const };
  });
}

function refOf<Id extends string>(
  text: string,
  standard: ReadonlyMap<string, Id>,
): { kind: "standard"; id: Id } | { kind: "custom"; name: string } | null {
  const name = text.trim();
  if (!name) return null;
  const id = standard.get(fold(name));
  return id ? { kind: "standard", id } : { kind: "custom", name };
}

/**
 * Cards from the rows of a CSV file (header first), for one journey: each row's stage and lane
 * must be one of the journey's, by name; every value must be one Waymark can hold. The whole file
 * is refused at its first problem, with its row and column, so nothing half-imports.
 */
export function cardsFromCsv(
  rows: readonly (readonly string[])[],
  journey: Journey,
  vocabulary: CsvVocabulary,
  newId: () => string,
): Result<CsvCard[], FormatError> {
  const [header, ...data] = rows.filter((row) => row.some((cell) => cell.trim()));
  if (!header || !data.length) return { ok: false, error: { kind: "empty" } };
  const columnAt = new Map<CsvColumn, number>();
  // By metric id: a metric may answer to two names (the journey's, and the library's renamed).
  const customAt = new Map<string, { metric: CustomMetric; at: number }>();
  header.forEach((name, index) => {
    const column = vocabulary.columns.get(fold(name));
    if (column && !columnAt.has(column)) columnAt.set(column, index);
    const custom = column ? undefined : vocabulary.customMetrics.get(fold(name));
    if (custom && !customAt.has(custom.id)) customAt.set(custom.id, { metric: custom, at: index });
  });
  for (const required of ["stage", "lane", "title"] as const)
    if (!columnAt.has(required))
      return { ok: false, error: damaged(["columns", required], { code: "missing" }) };
  const room = LIMITS.elementsPerJourney - Object.keys(journey.elements).length;
  if (data.length > room)
    return { ok: false, error: damaged(["rows"], { code: "tooMany", max: room }) };

  const stages = new Map(journey.stages.map((s) => [fold(s.name), s]));
  const lanes = new Map(journey.lanes.map((l) => [fold(l.name), l]));
  const cards: CsvCard[] = [];
  for (const [index, row] of data.entries()) {
    const cell = (column: CsvColumn) => {
      const at = columnAt.get(column);
      return at === undefined ? "" : (row[at] ?? "");
    };
    const stage = stages.get(fold(cell("stage")));
    if (!stage) return fault(index, "stageId", { code: "unknownStage" });
    const lane = lanes.get(fold(cell("lane")));
    if (!lane) return fault(index, "laneId", { code: "unknownLane" });
    if (lane.kind === "emotionCurve") return fault(index, "laneId", { code: "cardInCurveLane" });
    const kindText = cell("kind").trim();
    const kind = kindText
      ? vocabulary.kinds.get(fold(kindText))
      : LANE_NATURAL_KIND[lane.kind as LaneKind];
    if (!kind) return fault(index, "kind", { code: "notAllowed" });

    const numbers: Partial<Record<CsvColumn, number | null>> = {};
    for (const column of [
      "satisfaction",
      ...STANDARD_METRICS,
      "impact",
      "effort",
      "votes",
    ] as const) {
      const value = numberOf(cell(column));
      if (value === undefined)
        return fault(index, column === "ahtSeconds" ? "aht" : column, { code: "wrongType" });
      numbers[column] = value;
    }
    const confidenceText = cell("confidence").trim();
    const confidence = confidenceText ? vocabulary.confidences.get(fold(confidenceText)) : null;
    if (confidence === undefined) return fault(index, "confidence", { code: "notAllowed" });

    const metrics: JourneyElement["metrics"] = {};
    for (const key of STANDARD_METRICS) {
      const value = numbers[key];
      if (typeof value === "number") metrics[key] = value;
    }
    // A custom metric's figure is checked against its scale (the schema knows standard ones).
    const custom: JourneyElement["metrics"] = {};
    for (const { metric, at } of customAt.values()) {
      const value = numberOf(row[at] ?? "");
      if (value === undefined) return fault(index, metric.name, { code: "wrongType" });
      if (value === null) continue;
      if (!fitsScale(metric, value)) return fault(index, metric.name, { code: "outsideScale" });
      custom[metric.id] = value;
    }
    const candidate = {
      id: newId(),
      kind,
      stageId: stage.id,
      laneId: lane.id,
      order: 0,
      title: cell("title").trim(),
      notes: "",
      satisfaction: numbers.satisfaction ?? null,
      painPoints: painPointsOf(cell("painPoints"), vocabulary).map((p) => ({
        id: newId(),
        ...p,
      })),
      metrics,
      channel: refOf(cell("channel"), vocabulary.channels) as ChannelRef | null,
      owner: refOf(cell("owner"), vocabulary.departments) as DepartmentRef | null,
      confidence,
      impact: numbers.impact ?? null,
      effort: numbers.effort ?? null,
      votes: numbers.votes ?? 0,
      tags: [],
    };
    // The file format's own rules decide what a card may hold, as for a .waymark.json file.
    const checked = elementSchema.safeParse(candidate);
    if (!checked.success) {
      const issue = checked.error.issues[0]!;
      const field = typeof issue.path[0] === "string" ? issue.path[0] : undefined;
      return fault(index, field, damageOf(issue, candidate));
    }
    const { votes, ...element } = checked.data;
    const links = linesOf(cell("links")).flatMap((part) => {
      const split = part.indexOf(":");
      const kindOf = split > 0 ? vocabulary.linkKinds.get(fold(part.slice(0, split))) : undefined;
      return kindOf ? [{ kind: kindOf, toTitle: part.slice(split + 1).trim() }] : [];
    });
    cards.push({
      element: { ...element, metrics: { ...element.metrics, ...custom }, order: "", votes: 0 },
      votes,
      links,
    });
  }
  return ok(cards);
}
