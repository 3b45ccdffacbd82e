import { CircleAlert, CircleCheck } from "lucide-react";
import {
  metricRollups,
  sortMetricIds,
  targetStanding,
  type Journey,
  type JourneyElement,
  type MetricId,
} from "../../domain";
import { formatNumber, useT } from "../../i18n";
import { useKnownMetrics } from "../../store";
import { metricLabel } from "../../ui/metric-labels";

/**
 * Each metric's average for each group of cards (a stage, or an owner department), with how
 * many cards give it. Groups and metrics that no card gives are left out.
 */
export function MetricsTable({
  labelledBy,
  journey,
  groups,
  heading,
  today,
}: {
  /** The heading that names the table. */
  labelledBy: string;
  journey: Journey;
  groups: { key: string; name: string; holds: (element: JourneyElement) => boolean }[];
  heading: string;
  today: string;
}) {
  const t = useT();
  const known = useKnownMetrics(journey);
  const rows = groups
    .map((group) => ({ ...group, rollups: metricRollups(journey, group.holds) }))
    .filter((row) => row.rollups.length > 0);
  if (!rows.length) return <p className="insights__muted">{t("insights.noMetrics")}</p>;
  const shown = sortMetricIds(
    journey,
    rows.flatMap((row) => row.rollups.map((r) => r.key)),
  );
  return (
    <table className="insights__table" aria-labelledby={labelledBy}>
      <thead>
        <tr>
          <th scope="col">{heading}</th>
          {shown.map((key) => (
            <th key={key} scope="col" className="insights__number">
              {metricLabel(t, key, known)}
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
                      <AgainstTarget
                        journey={journey}
                        metric={key}
                        average={rollup.average}
                        today={today}
                      />
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

/** A mark where the journey has a goal for the metric: met, or short of it (icon and words). */
function AgainstTarget({
  journey,
  metric,
  average,
  today,
}: {
  journey: Journey;
  metric: MetricId;
  average: number;
  today: string;
}) {
  const t = useT();
  const known = useKnownMetrics(journey);
  const target = journey.targets[metric];
  if (!target) return null;
  const met = targetStanding({ customMetrics: known }, target, average, today) === "met";
  const words = t(met ? "insights.meetsTarget" : "insights.shortOfTarget", {
    value: formatNumber(target.value),
  });
  const Icon = met ? CircleCheck : CircleAlert;
  return (
    <span className={`insights__against insights__against--${met ? "met" : "short"}`} title={words}>
      <Icon size={14} aria-hidden="true" />
      <span className="visually-hidden">{words}</span>
    </span>
  );
}
