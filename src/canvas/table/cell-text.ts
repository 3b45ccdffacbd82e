import { type Journey, type JourneyElement, type TableColumn } from "../../domain";
import { formatNumber, type Translate } from "../../i18n";
import { figuresText } from "../../ui/metric-labels";
import { channelLabel, departmentLabel } from "../../ui/kinds";

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
      return figuresText(t, element.metrics, journey.customMetrics, t("table.separator"));
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
