import {
  elementsInJourneyOrder,
  type ChannelRef,
  type DepartmentRef,
  type Journey,
  type Metrics,
} from "../domain";
import { t } from "../i18n";

/**
 * Every card of a journey as CSV, for spreadsheets: one row per card in journey order. UTF-8
 * with a byte-order mark, so Excel shows Polish and Persian text right; cells that a spreadsheet
 * would run as a formula (=, +, -, @) are defused by papaparse's escapeFormulae.
 */

function channelText(channel: ChannelRef | null): string {
  if (!channel) return "";
  return channel.kind === "standard" ? t(`channel.${channel.id}`) : channel.name;
}

function ownerText(owner: DepartmentRef | null): string {
  if (!owner) return "";
  return owner.kind === "standard" ? t(`department.${owner.id}`) : owner.name;
}

function duration(seconds: number): string {
  const whole = Math.round(seconds);
  const minutes = Math.floor(whole / 60);
  return `${minutes}:${String(whole % 60).padStart(2, "0")}`;
}

export function metricsText(metrics: Metrics): string {
  const parts: string[] = [];
  if (metrics.csat !== undefined) parts.push(t("export.metric.csat", { value: metrics.csat }));
  if (metrics.nps !== undefined) parts.push(t("export.metric.nps", { value: metrics.nps }));
  if (metrics.ces !== undefined) parts.push(t("export.metric.ces", { value: metrics.ces }));
  if (metrics.ahtSeconds !== undefined)
    parts.push(t("export.metric.aht", { value: duration(metrics.ahtSeconds) }));
  if (metrics.fcr !== undefined) parts.push(t("export.metric.fcr", { value: metrics.fcr }));
  return parts.join("; ");
}

/** The header and one row per card, as plain strings. */
export function csvRows(journey: Journey): string[][] {
  const stages = new Map(journey.stages.map((s) => [s.id, s.name]));
  const lanes = new Map(journey.lanes.map((l) => [l.id, l.name]));
  const header = [
    t("export.csv.stage"),
    t("export.csv.lane"),
    t("export.csv.kind"),
    t("export.csv.title"),
    t("export.csv.satisfaction"),
    t("export.csv.painPoints"),
    t("export.csv.metrics"),
    t("export.csv.channel"),
    t("export.csv.owner"),
    t("export.csv.votes"),
  ];
  const rows = elementsInJourneyOrder(journey).map((e) => [
    stages.get(e.stageId) ?? "",
    lanes.get(e.laneId) ?? "",
    t(`kind.${e.kind}`),
    e.title,
    e.satisfaction === null ? "" : String(e.satisfaction),
    e.painPoints
      .map((p) =>
        t("export.csv.painPoint", { text: p.text, severity: t(`severity.${p.severity}`) }),
      )
      .join("; "),
    metricsText(e.metrics),
    channelText(e.channel),
    ownerText(e.owner),
    String(e.votes),
  ]);
  return [header, ...rows];
}

export const CSV_MIME = "text/csv;charset=utf-8";

/** The CSV text, starting with a byte-order mark. papaparse is loaded on first use. */
export async function buildCsv(journey: Journey): Promise<string> {
  const { default: Papa } = await import("papaparse");
  const text = Papa.unparse(csvRows(journey), { escapeFormulae: true, newline: "\r\n" });
  return `\ufeff${text}\r\n`;
}
