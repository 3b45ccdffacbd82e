import { actionsInPlanOrder, type Journey } from "../domain";
import { t } from "../i18n";
import { metricLabel } from "../ui/metric-labels";
import { csvText, ownerText } from "./csv";
import { dateStamp, safeFileName } from "./download";

/**
 * The action plan as CSV, one row per action in board order (status, then due day): the due day
 * as YYYY-MM-DD and the target as a number, so a spreadsheet sorts and sums them; the cards it
 * fixes one per line, with the stages they are in.
 */
export function planCsvRows(journey: Journey): string[][] {
  const stageName = new Map(journey.stages.map((s) => [s.id, s.name]));
  const header = [
    t("plan.csv.title"),
    t("plan.csv.status"),
    t("plan.csv.owner"),
    t("plan.csv.due"),
    t("plan.csv.metric"),
    t("plan.csv.target"),
    t("plan.csv.cards"),
    t("plan.csv.stages"),
    t("plan.csv.notes"),
  ];
  const rows = actionsInPlanOrder(journey).map((action) => {
    const cards = action.cardIds.flatMap((id) => journey.elements[id] ?? []);
    const stages = [...new Set(cards.map((card) => stageName.get(card.stageId) ?? ""))];
    const metric = action.target
      ? metricLabel(t, action.target.metric, journey.customMetrics)
      : null;
    return [
      action.title,
      t(`plan.status.${action.status}`),
      ownerText(action.owner),
      action.due ?? "",
      metric ?? "",
      action.target ? String(action.target.value) : "",
      cards.map((card) => card.title).join("\n"),
      stages.join("\n"),
      action.notes,
    ];
  });
  return [header, ...rows];
}

export function buildPlanCsv(journey: Journey): Promise<string> {
  return csvText(planCsvRows(journey));
}

/** "Order groceries - action plan 2026-12-04.csv". */
export function planFileName(journeyTitle: string, date: Date): string {
  const title = safeFileName(journeyTitle, t("export.fileName.journey"));
  return `${title} - ${t("plan.fileName")} ${dateStamp(date)}.csv`;
}
