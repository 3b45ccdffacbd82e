import { METRIC_KEYS, metricRollups, type Journey, type JourneyElement } from "../../domain";
import { formatNumber, useT } from "../../i18n";

const LABEL = {
  csat: "metric.csat",
  nps: "metric.nps",
  ces: "metric.ces",
  ahtSeconds: "metric.aht",
  fcr: "metric.fcr",
} as const;

/**
 * Each metric's average for each group of cards (a stage, or an owner department), with how
 * many cards give it. Groups and metrics that no card gives are left out.
 */
export function MetricsTable({
  labelledBy,
  journey,
  groups,
  heading,
}: {
  /** The heading that names the table. */
  labelledBy: string;
  journey: Journey;
  groups: { key: string; name: string; holds: (element: JourneyElement) => boolean }[];
  heading: string;
}) {
  const t = useT();
  const rows = groups
    .map((group) => ({ ...group, rollups: metricRollups(journey, group.holds) }))
    .filter((row) => row.rollups.length > 0);
  if (!rows.length) return <p className="insights__muted">{t("insights.noMetrics")}</p>;
  const shown = METRIC_KEYS.filter((key) =>
    rows.some((row) => row.rollups.some((r) => r.key === key)),
  );
  return (
    <table className="insights__table" aria-labelledby={labelledBy}>
      <thead>
        <tr>
          <th scope="col">{heading}</th>
          {shown.map((key) => (
            <th key={key} scope="col" className="insights__number">
              {t(LABEL[key])}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row" dir="auto">
              {row.name}
            </th>
            {shown.map((key) => {
              const rollup = row.rollups.find((r) => r.key === key);
              return (
                <td key={key} className="insights__number">
                  {rollup ? (
                    <>
                      {formatNumber(rollup.average, { maximumFractionDigits: 1 })}{" "}
                      <span className="insights__muted insights__count">
                        {t("insights.metricCount", { count: rollup.count })}
                      </span>
                    </>
                  ) : (
                    <span className="insights__muted">–</span>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
