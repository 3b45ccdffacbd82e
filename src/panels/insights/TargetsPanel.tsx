import { CircleAlert, CircleCheck, CircleDashed, Clock, Library } from "lucide-react";
import { useId, useState } from "react";
import {
  isCalendarDay,
  isOnCards,
  metricCatalogue,
  metricIdOf,
  metricRollups,
  sortMetricIds,
  targetGap,
  targetStanding,
  type Journey,
  type MetricTarget,
} from "../../domain";
import { formatDay, formatNumber, localDigits, useT } from "../../i18n";
import { setJourneyTarget, useKnownMetrics, useMetricLibrary } from "../../store";
import { Button } from "../../ui/Button";
import { metricRule, parseMetric, type MetricRule } from "../inspector/metrics";
import { MetricLibraryDialog } from "../metrics/MetricLibraryDialog";

const figure = (value: number) => formatNumber(value, { maximumFractionDigits: 1 });

/**
 * The journey's goals, one per metric (a SMART goal: a value, by a day), each beside where the
 * journey stands now: the average over every card that gives the metric. Goals are set here.
 */
export function TargetsPanel({ journey, today }: { journey: Journey; today: string }) {
  const t = useT();
  const library = useMetricLibrary();
  const known = useKnownMetrics(journey);
  const [libraryOpen, setLibraryOpen] = useState(false);
  const now = new Map(metricRollups(journey, () => true).map((r) => [r.key, r]));
  // The metrics cards are offered, and any other this journey measures or aims at.
  const metrics = sortMetricIds({ customMetrics: known }, [
    ...metricCatalogue(library, null)
      .map(metricIdOf)
      .filter((id) => isOnCards(library, id)),
    ...now.keys(),
    ...Object.keys(journey.targets),
  ]);
  return (
    <>
      <table className="insights__table insights__targets" aria-labelledby="insights-targets">
        <thead>
          <tr>
            <th scope="col">{t("insights.metric")}</th>
            <th scope="col" className="insights__number">
              {t("insights.targetNow")}
            </th>
            <th scope="col">{t("insights.target")}</th>
            <th scope="col">{t("insights.targetBy")}</th>
            <th scope="col">{t("insights.targetStanding")}</th>
          </tr>
        </thead>
        <tbody>
          {metrics.map((metric) => {
            const rollup = now.get(metric);
            const target = journey.targets[metric];
            const rule = metricRule(t, metric, known);
            if (!rule) return null;
            return (
              <tr key={metric}>
                <th scope="row">{rule.label}</th>
                <td className="insights__number">
                  {rollup ? (
                    <>
                      {figure(rollup.average)}{" "}
                      <span className="insights__muted insights__count">
                        {t("insights.metricCount", { count: rollup.count })}
                      </span>
                    </>
                  ) : (
                    <span className="insights__muted">–</span>
                  )}
                </td>
                <td>
                  <TargetValue journey={journey} rule={rule} target={target ?? null} />
                </td>
                <td>
                  <input
                    type="date"
                    className="wm-input insights__target-by"
                    aria-label={t("insights.targetByFor", { metric: rule.label })}
                    value={target?.by ?? ""}
                    disabled={!target}
                    onChange={(event) => {
                      if (!target) return;
                      const day = event.target.value;
                      if (day === "" || isCalendarDay(day))
                        setJourneyTarget(journey.id, metric, { ...target, by: day || null }, "by");
                    }}
                  />
                </td>
                <td>
                  {target ? (
                    <Standing
                      scales={{ customMetrics: known }}
                      target={target}
                      average={rollup?.average ?? null}
                      today={today}
                    />
                  ) : (
                    <span className="insights__muted">{t("insights.noTarget")}</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <Button variant="ghost" icon={<Library />} onClick={() => setLibraryOpen(true)}>
        {t("metrics.library.open")}
      </Button>
      <MetricLibraryDialog open={libraryOpen} onClose={() => setLibraryOpen(false)} />
    </>
  );
}

/** The value aimed at: what is typed stays, with its reason, until it is in the metric's range. */
function TargetValue({
  journey,
  rule,
  target,
}: {
  journey: Journey;
  rule: MetricRule;
  target: MetricTarget | null;
}) {
  const t = useT();
  const metric = rule.id;
  const stored = target?.value;
  const shown = (value: number | undefined) =>
    value === undefined ? "" : localDigits(formatNumber(value, { useGrouping: false }));
  const [text, setText] = useState(shown(stored));
  const [error, setError] = useState<string | null>(null);
  // A change from elsewhere (undo, another tab) shows in the box.
  const [seen, setSeen] = useState(stored);
  if (seen !== stored) {
    setSeen(stored);
    const typed = parseMetric(t, rule, text);
    if (!typed.ok || typed.value !== stored) {
      setText(shown(stored));
      setError(null);
    }
  }
  const label = rule.label;
  const errorId = useId();
  return (
    <>
      <input
        className="wm-input insights__target-value"
        inputMode="decimal"
        aria-label={t("insights.targetFor", { metric: label })}
        aria-invalid={error !== null}
        aria-describedby={error ? `${errorId}` : undefined}
        value={text}
        onChange={(event) => {
          const typed = event.target.value;
          setText(typed);
          const parsed = parseMetric(t, rule, typed);
          if (!parsed.ok) {
            setError(parsed.error);
            return;
          }
          setError(null);
          setJourneyTarget(
            journey.id,
            metric,
            parsed.value === undefined
              ? null
              : { metric, value: parsed.value, by: target?.by ?? null },
            "value",
          );
        }}
      />
      {error ? (
        <span id={errorId} className="insights__target-error" role="alert">
          {error}
        </span>
      ) : null}
    </>
  );
}

function Standing({
  scales,
  target,
  average,
  today,
}: {
  /** Metrics' scales as the library has them now (a good end may have been turned). */
  scales: Pick<Journey, "customMetrics">;
  target: MetricTarget;
  average: number | null;
  today: string;
}) {
  const t = useT();
  const standing = targetStanding(scales, target, average, today);
  const gap = average === null ? 0 : targetGap(scales, target, average);
  const Icon = { met: CircleCheck, short: CircleAlert, late: Clock, unmeasured: CircleDashed }[
    standing
  ];
  return (
    <span className={`insights__standing insights__standing--${standing}`}>
      <Icon size={16} aria-hidden="true" />
      {standing === "met"
        ? t("insights.targetMet")
        : standing === "unmeasured"
          ? t("insights.targetUnmeasured")
          : t(standing === "late" ? "insights.targetLate" : "insights.targetShort", {
              gap: figure(gap),
            })}
      {target.by ? (
        <span className="insights__muted">
          {" "}
          {t("insights.targetByDay", { date: formatDay(target.by) })}
        </span>
      ) : null}
    </span>
  );
}
