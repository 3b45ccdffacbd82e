import { ArrowLeft, Minus, TrendingDown, TrendingUp } from "lucide-react";
import { useEffect, useId, useMemo, useState } from "react";
import {
  compareJourneys,
  defaultCounterpart,
  higherIsBetter,
  sortMetricIds,
  type ComparedStage,
  type Id,
} from "../../domain";
import { formatNumber, useT } from "../../i18n";
import { openJourney, useDocument, useJourney, useMetricLibrary } from "../../store";
import { Button } from "../../ui/Button";
import { knownMetrics, metricLabel, type KnownMetrics } from "../../ui/metric-labels";
import { CurvesChart } from "./CurvesChart";
import { PersonaOverlay } from "./PersonaOverlay";
import "../../ui/page.css";
import "./compare.css";
// The texts of the views that load when opened arrive with this module (see views-en.ts).
import "../../i18n/views-en";

const figure = (value: number | null | undefined) =>
  value == null ? null : formatNumber(value, { maximumFractionDigits: 1 });

/**
 * Two journeys side by side by stage: their emotion curves over one another, and for each stage
 * satisfaction, the cards with friction and every metric, with what changed and whether for
 * the better. "What does the future state fix?" on one screen.
 */
export function CompareView({ journeyId, onBack }: { journeyId: string; onBack: () => void }) {
  const t = useT();
  const journey = useJourney(journeyId);
  const summaries = useDocument((s) => s.workspace.journeys);
  const personas = useDocument((s) => s.workspace.personas);
  const others = useMemo(
    () => Object.values(summaries).filter((j) => j.id !== journeyId),
    [summaries, journeyId],
  );
  const [chosen, setChosen] = useState<Id | null>(null);
  const otherId =
    chosen ?? (journey ? defaultCounterpart(journey, others) : null) ?? others[0]?.id ?? null;
  const other = useJourney(otherId);
  // The other journey's cards load when it is first compared with (the home page reads none).
  useEffect(() => {
    if (otherId) void openJourney(otherId);
  }, [otherId]);
  const rows = useMemo(
    () => (journey && other ? compareJourneys(journey, other) : null),
    [journey, other],
  );
  const library = useMetricLibrary();
  const known = useMemo(
    () => ({ ...knownMetrics(other ?? null, null), ...knownMetrics(journey ?? null, library) }),
    [journey, other, library],
  );
  const titleId = useId();
  const curvesId = useId();
  const tableId = useId();
  const selectId = useId();
  if (!journey) return null;
  const nameA = journey.title.trim() || t("journey.untitled");
  const nameB = other ? other.title.trim() || t("journey.untitled") : "";

  return (
    <div className="compare wm-page">
      <div className="wm-page__head">
        <h1 id={titleId} dir="auto">
          {other
            ? t("compare.title", { a: nameA, b: nameB })
            : t("compare.titleAlone", { a: nameA })}
        </h1>
        {others.length ? (
          <div className="compare__with">
            <label htmlFor={selectId}>{t("compare.with")}</label>
            <select
              id={selectId}
              className="wm-select"
              value={otherId ?? ""}
              onChange={(event) => setChosen(event.target.value)}
            >
              {others.map((o) => (
                <option key={o.id} value={o.id}>
                  {t("compare.option", {
                    journey: o.title.trim() || t("journey.untitled"),
                    persona: personas[o.personaId]?.name.trim() || t("persona.untitled"),
                    state: t(`journeyState.${o.state}`),
                  })}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <Button
          variant="secondary"
          icon={<ArrowLeft className="wm-page__back-icon" />}
          onClick={onBack}
        >
          {t("compare.back")}
        </Button>
      </div>
      {!others.length ? (
        <p className="compare__empty">{t("compare.none")}</p>
      ) : !rows ? (
        <p className="compare__empty" role="status">
          {t("save.loading")}
        </p>
      ) : (
        <div className="compare__body">
          <section className="wm-panel compare__panel" aria-labelledby={curvesId}>
            <h2 id={curvesId}>{t("compare.curves")}</h2>
            <CurvesChart
              stages={rows.map((row) => row.name)}
              series={[
                { name: nameA, scores: rows.map((row) => row.a?.satisfaction ?? null) },
                { name: nameB, scores: rows.map((row) => row.b?.satisfaction ?? null) },
              ]}
              labelledBy={curvesId}
            />
          </section>
          <section className="wm-panel compare__panel" aria-labelledby={tableId}>
            <h2 id={tableId}>{t("compare.byStage")}</h2>
            <p className="wm-hint">{t("compare.byStageHint")}</p>
            <CompareTable
              rows={rows}
              names={{ a: nameA, b: nameB }}
              labelledBy={tableId}
              known={known}
            />
          </section>
          <PersonaOverlay journey={journey} />
        </div>
      )}
    </div>
  );
}

function Change({ delta, higherIsBetter }: { delta: number | null; higherIsBetter: boolean }) {
  const t = useT();
  if (delta === null) return null;
  const rounded = Math.round(delta * 10) / 10;
  const tone = rounded === 0 ? "same" : rounded > 0 === higherIsBetter ? "better" : "worse";
  const Icon = rounded === 0 ? Minus : rounded > 0 ? TrendingUp : TrendingDown;
  const signed = `${rounded > 0 ? "+" : rounded < 0 ? "−" : ""}${formatNumber(Math.abs(rounded), { maximumFractionDigits: 1 })}`;
  return (
    <span className={`compare__delta compare__delta--${tone}`}>
      <Icon size={16} aria-hidden="true" />
      {rounded === 0 ? null : <span dir="ltr">{signed}</span>} {t(`compare.${tone}`)}
    </span>
  );
}

function CompareTable({
  rows,
  names,
  labelledBy,
  known,
}: {
  rows: readonly ComparedStage[];
  names: { a: string; b: string };
  labelledBy: string;
  /** The custom metrics either journey defines. */
  known: KnownMetrics;
}) {
  const t = useT();
  const pair = (from: string | null, to: string | null) =>
    t("compare.change", { from: from ?? t("compare.notScored"), to: to ?? t("compare.notScored") });
  return (
    <table className="compare__table" aria-labelledby={labelledBy}>
      <thead>
        <tr>
          <th scope="col">{t("compare.stage")}</th>
          <th scope="col">{t("compare.satisfaction")}</th>
          <th scope="col">{t("compare.friction")}</th>
          <th scope="col">{t("compare.metrics")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={index}>
            <th scope="row" dir="auto">
              {row.name}
              {!row.a || !row.b ? (
                <span className="compare__only">
                  {t("compare.onlyIn", { journey: row.a ? names.a : names.b })}
                </span>
              ) : null}
            </th>
            <td>
              {row.a && row.b ? (
                <>
                  {pair(figure(row.a.satisfaction), figure(row.b.satisfaction))}{" "}
                  <Change delta={row.delta.satisfaction} higherIsBetter />
                </>
              ) : (
                (figure((row.a ?? row.b)!.satisfaction) ?? t("compare.notScored"))
              )}
            </td>
            <td>
              {row.a && row.b ? (
                <>
                  {pair(figure(row.a.friction), figure(row.b.friction))}{" "}
                  <Change delta={row.delta.friction} higherIsBetter={false} />
                </>
              ) : (
                figure((row.a ?? row.b)!.friction)
              )}
            </td>
            <td>
              <ul className="compare__metrics">
                {sortMetricIds({ customMetrics: known }, [
                  ...Object.keys(row.a?.metrics ?? {}),
                  ...Object.keys(row.b?.metrics ?? {}),
                ]).map((key) => (
                  <li key={key}>
                    {t("compare.metricChange", {
                      metric: metricLabel(t, key, known),
                      from: figure(row.a?.metrics[key]) ?? "—",
                      to: figure(row.b?.metrics[key]) ?? "—",
                    })}{" "}
                    <Change
                      delta={row.delta.metrics[key] ?? null}
                      higherIsBetter={higherIsBetter({ customMetrics: known }, key)}
                    />
                  </li>
                ))}
              </ul>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
