import {
  STANDARD_METRICS,
  elementsInJourneyOrder,
  sortMetricIds,
  type ChannelRef,
  type DepartmentRef,
  type Journey,
  type Link,
} from "../domain";
import { t } from "../i18n";
import { metricLabel } from "../ui/metric-labels";

/**
 * Every card of a journey as CSV, for spreadsheets: one row per card in journey order. UTF-8
 * with a byte-order mark, so Excel shows Polish and Persian text right; cells that a spreadsheet
 * would run as a formula (=, +, -, @) are defused by papaparse's escapeFormulae (numbers kept).
 */

function channelText(channel: ChannelRef | null): string {
  if (!channel) return "";
  return channel.kind === "standard" ? t(`channel.${channel.id}`) : channel.name;
}

export function ownerText(owner: DepartmentRef | null): string {
  if (!owner) return "";
  return owner.kind === "standard" ? t(`department.${owner.id}`) : owner.name;
}

/**
 * The metric columns: every standard metric (so spreadsheets of different journeys line up), then
 * the journey's custom metrics. Each is headed by the interface's label, naming unit or scale.
 */
export function metricColumns(journey: Journey): { id: string; label: string }[] {
  const ids = sortMetricIds(journey, [...STANDARD_METRICS, ...Object.keys(journey.customMetrics)]);
  return ids.map((id) => ({ id, label: metricLabel(t, id, journey.customMetrics) }));
}

/** A number as a spreadsheet reads it (a dot for decimals, no grouping), or an empty cell. */
const numberCell = (value: number | null | undefined): string =>
  typeof value === "number" ? String(value) : "";

/**
 * The header and one row per card, as plain strings: one column per metric (numbers, so a
 * spreadsheet can sum and chart them), impact and effort, and the arrows leaving the card. A
 * cell of several pain points or arrows holds one per line (a title may hold any punctuation).
 */
export function csvRows(journey: Journey): string[][] {
  const stages = new Map(journey.stages.map((s) => [s.id, s.name]));
  const lanes = new Map(journey.lanes.map((l) => [l.id, l.name]));
  const metrics = metricColumns(journey);
  const header = [
    t("export.csv.stage"),
    t("export.csv.lane"),
    t("export.csv.kind"),
    t("export.csv.title"),
    t("export.csv.satisfaction"),
    t("export.csv.painPoints"),
    ...metrics.map(({ label }) => label),
    t("export.csv.channel"),
    t("export.csv.owner"),
    t("export.csv.confidence"),
    t("export.csv.impact"),
    t("export.csv.effort"),
    t("export.csv.votes"),
    t("export.csv.links"),
  ];
  const linksFrom = new Map<string, Link[]>();
  for (const link of Object.values(journey.links))
    linksFrom.set(link.from, [...(linksFrom.get(link.from) ?? []), link]);
  const rows = elementsInJourneyOrder(journey).map((e) => [
    stages.get(e.stageId) ?? "",
    lanes.get(e.laneId) ?? "",
    t(`kind.${e.kind}`),
    e.title,
    numberCell(e.satisfaction),
    e.painPoints
      .map((p) =>
        t("export.csv.painPoint", { text: p.text, severity: t(`severity.${p.severity}`) }),
      )
      .join("\n"),
    ...metrics.map(({ id }) => numberCell(e.metrics[id])),
    channelText(e.channel),
    ownerText(e.owner),
    e.confidence ? t(`confidence.${e.confidence}`) : "",
    numberCell(e.impact),
    numberCell(e.effort),
    String(e.votes),
    (linksFrom.get(e.id) ?? [])
      .flatMap((link) => {
        const to = journey.elements[link.to];
        return to
          ? [t("export.csv.link", { kind: t(`linkKind.${link.kind}`), title: to.title })]
          : [];
      })
      .join("\n"),
  ]);
  return [header, ...rows];
}

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, a tab or return first) gets a quote
 * in front; a plain number such as an NPS of -12 stays a number.
 */
const FORMULA = /^[=+\-@\t\r](?!\d+(\.\d+)?$)/;

export const CSV_MIME = "text/csv;charset=utf-8";

/** CSV text of rows, starting with a byte-order mark. papaparse is loaded on first use. */
export async function csvText(rows: string[][]): Promise<string> {
  const { default: Papa } = await import("papaparse");
  const text = Papa.unparse(rows, { escapeFormulae: FORMULA, newline: "\r\n" });
  return `\ufeff${text}\r\n`;
}

/** The journey's cards as CSV text. */
export function buildCsv(journey: Journey): Promise<string> {
  return csvText(csvRows(journey));
}
