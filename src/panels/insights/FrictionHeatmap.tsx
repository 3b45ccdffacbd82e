import type { CSSProperties } from "react";
import type { HeatRow, Id, Journey, Severity } from "../../domain";
import { formatNumber, useT } from "../../i18n";
import { channelLabel, departmentLabel } from "../../ui/kinds";

/**
 * Stages across, channels (or owner departments) down: each cell the number of cards with
 * friction there, shaded by how many, marked with the worst pain point's severity by shape as
 * well as colour (square low, circle medium, triangle high). A cell leads to its cards.
 */
export function FrictionHeatmap({
  labelledBy,
  journey,
  rows,
  by,
  onShow,
}: {
  /** The heading that names the table. */
  labelledBy: string;
  journey: Journey;
  rows: HeatRow[];
  by: "channel" | "owner";
  onShow: (ids: readonly Id[], label: string) => void;
}) {
  const t = useT();
  if (!rows.length) return <p className="insights__muted">{t("insights.noFriction")}</p>;
  const most = Math.max(...rows.flatMap((row) => row.cells.map((cell) => cell.cardIds.length)));
  const rowName = (row: HeatRow) =>
    by === "channel"
      ? row.channel
        ? channelLabel(t, row.channel)
        : t("filter.noChannel")
      : row.owner
        ? departmentLabel(t, row.owner)
        : t("filter.noOwner");
  const stageName = (i: number) => journey.stages[i]!.name.trim() || t("stage.untitled");
  const severityName = (severity: Severity) => t(`severity.${severity}`);
  return (
    <div className="heatmap__scroll">
      <table className="insights__table heatmap" aria-labelledby={labelledBy}>
        <thead>
          <tr>
            <th scope="col">{by === "channel" ? t("insights.channel") : t("insights.owner")}</th>
            {journey.stages.map((stage, i) => (
              <th key={stage.id} scope="col" dir="auto">
                {stageName(i)}
              </th>
            ))}
            <th scope="col" className="insights__number">
              {t("insights.total")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const name = rowName(row);
            return (
              <tr key={row.key}>
                <th scope="row" dir="auto">
                  {name}
                </th>
                {row.cells.map((cell, i) => {
                  const count = cell.cardIds.length;
                  if (!count)
                    return (
                      <td
                        key={journey.stages[i]!.id}
                        className="heatmap__cell heatmap__cell--empty"
                      />
                    );
                  const label = [
                    t("insights.cellCount", { count, stage: stageName(i), row: name }),
                    cell.worst
                      ? t("insights.cellWorst", { severity: severityName(cell.worst) })
                      : null,
                  ]
                    .filter(Boolean)
                    .join(t("insights.comma"));
                  return (
                    <td key={journey.stages[i]!.id} className="heatmap__cell">
                      <button
                        type="button"
                        className="heatmap__button"
                        style={{ "--heat": count / most } as CSSProperties}
                        aria-label={`${label}. ${t("insights.showOnMap")}`}
                        title={label}
                        onClick={() => onShow(cell.cardIds, `${stageName(i)} · ${name}`)}
                      >
                        {formatNumber(count)}
                        {cell.worst ? (
                          <span
                            className={`heatmap__severity severity-${cell.worst}`}
                            aria-hidden="true"
                          />
                        ) : null}
                      </button>
                    </td>
                  );
                })}
                <td className="insights__number">{formatNumber(row.total)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
