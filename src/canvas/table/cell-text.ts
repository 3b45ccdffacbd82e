import {
  METRIC_KEYS,
  type Journey,
  type JourneyElement,
  type Metrics,
  type TableColumn,
} from "../../domain";
import { formatNumber, type Translate } from "../../i18n";
import { channelLabel, departmentLabel } from "../../ui/kinds";

const METRIC_LABEL = {
  csat: "metric.csat",
  nps: "metric.nps",
  ces: "metric.ces",
  ahtSeconds: "metric.aht",
  fcr: "metric.fcr",
} as const;

function metricsText(t: Translate, metrics: Metrics): string {
  return METRIC_KEYS.flatMap((key) => {
    const value = metrics[key];
    if (typeof value !== "number") return [];
    return [t("table.metricValue", { metric: t(METRIC_LABEL[key]), value: formatNumber(value) })];
  }).join(t("table.separator"));
}

/**
 * What a cell of the table says, in words: shown in the cell, read by screen readers, and what
 * text columns sort by. An empty string is a cell with nothing to say.
 */
export function cellText(
  t: Translate,
  journey: Journey,
  column: TableColumn,
  element: JourneyElement,
): string {
  switch (column) {
    case "stage": {
      const stage = journey.stages.find((s) => s.id === element.stageId);
      return stage ? stage.name.trim() || t("stage.untitled") : "";
    }
    case "lane": {
      const lane = journey.lanes.find((l) => l.id === element.laneId);
      return lane ? lane.name.trim() || t("lane.untitled") : "";
    }
    case "kind":
      return t(`kind.${element.kind}`);
    case "title":
      return element.title;
    case "satisfaction":
      return element.satisfaction === null
        ? ""
        : t("table.satisfactionValue", {
            score: formatNumber(element.satisfaction),
            label: t(`satisfaction.${element.satisfaction}`),
          });
    case "painPoints":
      return element.painPoints
        .map((p) =>
          t("table.painPointValue", { text: p.text, severity: t(`severity.${p.severity}`) }),
        )
        .join(t("table.separator"));
    case "metrics":
      return metricsText(t, element.metrics);
    case "channel":
      return element.channel ? channelLabel(t, element.channel) : "";
    case "owner":
      return element.owner ? departmentLabel(t, element.owner) : "";
    case "confidence":
      return element.confidence ? t(`confidence.${element.confidence}`) : "";
    case "votes":
      return element.votes ? formatNumber(element.votes) : "";
  }
}
