import { elementsInJourneyOrder } from "./cells";
import type { JourneyElement, Metrics, Severity } from "./types";
import { CONFIDENCES, SEVERITIES, type Journey } from "./types";

/** The columns of a journey's table view, in the order they are shown. */
export const TABLE_COLUMNS = [
  "stage",
  "lane",
  "kind",
  "title",
  "satisfaction",
  "painPoints",
  "metrics",
  "channel",
  "owner",
  "confidence",
  "votes",
] as const;
export type TableColumn = (typeof TABLE_COLUMNS)[number];

export type SortDirection = "ascending" | "descending";
export interface TableSort {
  column: TableColumn;
  direction: SortDirection;
}

/** Columns whose order comes from the words shown (translated names, titles), not from numbers. */
export const TEXT_COLUMNS: ReadonlySet<TableColumn> = new Set([
  "kind",
  "title",
  "channel",
  "owner",
]);

const SEVERITY_RANK: Record<Severity, number> = Object.fromEntries(
  SEVERITIES.map((severity, index) => [severity, index + 1]),
) as Record<Severity, number>;

/** A card's worst pain point, 0 for none, then 1 (low) to 3 (high). */
export function worstSeverityRank(element: JourneyElement): number {
  let worst = 0;
  for (const painPoint of element.painPoints)
    worst = Math.max(worst, SEVERITY_RANK[painPoint.severity]);
  return worst;
}

/** How many of a card's metrics are filled in. */
export function metricCount(metrics: Metrics): number {
  return Object.values(metrics).filter((value) => typeof value === "number").length;
}

/**
 * What a column sorts by for one card: a number, or null when the card says nothing there (an
 * empty cell, which sorts last whichever way the column is sorted, as spreadsheets do).
 */
function numericKey(journey: Journey, column: TableColumn, element: JourneyElement) {
  switch (column) {
    case "stage":
      return journey.stages.findIndex((stage) => stage.id === element.stageId);
    case "lane":
      return journey.lanes.findIndex((lane) => lane.id === element.laneId);
    case "satisfaction":
      return element.satisfaction;
    case "painPoints":
      // The worst first, then how many: a card with one high pain point outranks three low ones.
      return element.painPoints.length
        ? worstSeverityRank(element) * 1000 + element.painPoints.length
        : null;
    case "metrics": {
      const count = metricCount(element.metrics);
      return count || null;
    }
    case "confidence":
      return element.confidence ? CONFIDENCES.indexOf(element.confidence) : null;
    case "votes":
      return element.votes || null;
    default:
      return null;
  }
}

/**
 * The cards of a journey in the table's order: by one column (text columns by the words shown,
 * compared the reader's way), cards that leave the column empty last, and ties (or no sort at all)
 * in journey order (stage, lane, place in the cell), so the order never jumps between renders.
 */
export function sortTableRows(
  journey: Journey,
  rows: readonly JourneyElement[],
  sort: TableSort | null,
  textOf: (column: TableColumn, element: JourneyElement) => string,
  compareText: (a: string, b: string) => number,
): JourneyElement[] {
  const reading = new Map(elementsInJourneyOrder(journey).map((e, index) => [e.id, index]));
  const inReading = (a: JourneyElement, b: JourneyElement) =>
    (reading.get(a.id) ?? 0) - (reading.get(b.id) ?? 0);
  if (!sort) return [...rows].sort(inReading);
  const sign = sort.direction === "ascending" ? 1 : -1;
  const text = TEXT_COLUMNS.has(sort.column);
  const keys = new Map<string, string | number | null>(
    rows.map((element) => {
      if (!text) return [element.id, numericKey(journey, sort.column, element)];
      const shown = textOf(sort.column, element).trim();
      return [element.id, shown || null];
    }),
  );
  return [...rows].sort((a, b) => {
    const ka = keys.get(a.id) ?? null;
    const kb = keys.get(b.id) ?? null;
    if (ka === null || kb === null) {
      if (ka !== kb) return ka === null ? 1 : -1;
      return inReading(a, b);
    }
    const by =
      typeof ka === "number" && typeof kb === "number"
        ? ka - kb
        : compareText(String(ka), String(kb));
    return by * sign || inReading(a, b);
  });
}

/** The next sort when a column's header is chosen: ascending, then descending, then none. */
export function nextSort(current: TableSort | null, column: TableColumn): TableSort | null {
  if (current?.column !== column) return { column, direction: "ascending" };
  if (current.direction === "ascending") return { column, direction: "descending" };
  return null;
}
