import { useId, useMemo } from "react";
import {
  compareJourneys,
  diffJourneys,
  isDiffEmpty,
  type Journey,
  type JourneyElement,
  type JourneySnapshot,
} from "../../domain";
import { formatNumber, useT, type MessageKey } from "../../i18n";
import { KIND_ICON } from "../../ui/kinds";
import { CurvesChart } from "../compare/CurvesChart";
import { metricLabel } from "../../ui/metric-labels";
import { snapshotLabel } from "./snapshot-label";

const FIELD_LABEL: Record<string, MessageKey> = {
  title: "damage.field.title",
  kind: "damage.field.kind",
  notes: "damage.field.notes",
  stageId: "damage.field.stageId",
  laneId: "damage.field.laneId",
  channel: "damage.field.channel",
  owner: "damage.field.owner",
  confidence: "damage.field.confidence",
  impact: "damage.field.impact",
  effort: "damage.field.effort",
  painPoints: "damage.field.painPoints",
  tags: "damage.field.tags",
};

/**
 * A snapshot beside the journey now: the emotion curve then and now, and the cards added,
 * removed and changed, the scores and metrics that moved, and the stages that came and went.
 */
export function SnapshotDetails({
  snapshot,
  journey,
}: {
  snapshot: JourneySnapshot;
  journey: Journey;
}) {
  const t = useT();
  const curvesId = useId();
  const diff = useMemo(() => diffJourneys(snapshot.journey, journey), [snapshot, journey]);
  const rows = useMemo(() => compareJourneys(snapshot.journey, journey), [snapshot, journey]);
  const titleOf = (card: JourneyElement) => card.title.trim() || t("card.untitled");
  const score = (value: number | null) =>
    value === null ? t("snapshot.notScored") : formatNumber(value, { maximumFractionDigits: 1 });

  return (
    <>
      <h3 id={curvesId}>{t("snapshot.curves")}</h3>
      <CurvesChart
        stages={rows.map((row) => row.name)}
        series={[
          {
            name: t("snapshot.then", { name: snapshotLabel(t, snapshot) }),
            scores: rows.map((row) => row.a?.satisfaction ?? null),
          },
          { name: t("snapshot.now"), scores: rows.map((row) => row.b?.satisfaction ?? null) },
        ]}
        labelledBy={curvesId}
      />
      <h3>{t("snapshot.compared")}</h3>
      {isDiffEmpty(diff) ? (
        <p className="wm-hint">{t("snapshot.same")}</p>
      ) : (
        <div className="snapshots__diff">
          <CardList title={t("snapshot.added", { count: diff.added.length })} cards={diff.added} />
          <CardList
            title={t("snapshot.removed", { count: diff.removed.length })}
            cards={diff.removed}
          />
          {diff.changed.length ? (
            <section>
              <h4>{t("snapshot.changed", { count: diff.changed.length })}</h4>
              <ul>
                {diff.changed.map(({ after, fields }) => (
                  <li key={after.id} dir="auto">
                    {t("snapshot.fieldsChanged", {
                      title: titleOf(after),
                      fields: fields.map((field) => t(FIELD_LABEL[field]!)).join(", "),
                    })}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {diff.scores.length ? (
            <section>
              <h4>{t("snapshot.scores")}</h4>
              <ul>
                {diff.scores.map(({ after, from, to }) => (
                  <li key={after.id} dir="auto">
                    {t("snapshot.move", {
                      title: titleOf(after),
                      from: score(from),
                      to: score(to),
                    })}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {diff.metrics.length ? (
            <section>
              <h4>{t("snapshot.metrics")}</h4>
              <ul>
                {diff.metrics.map(({ after, metric, from, to }) => (
                  <li key={`${after.id}/${metric}`} dir="auto">
                    {t("snapshot.metricMove", {
                      title: titleOf(after),
                      metric: metricLabel(t, metric, {
                        ...snapshot.journey.customMetrics,
                        ...journey.customMetrics,
                      }),
                      from: from === null ? "—" : formatNumber(from),
                      to: to === null ? "—" : formatNumber(to),
                    })}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {diff.stagesAdded.length ? (
            <section>
              <h4>{t("snapshot.stagesAdded")}</h4>
              <p dir="auto">{diff.stagesAdded.join(", ")}</p>
            </section>
          ) : null}
          {diff.stagesRemoved.length ? (
            <section>
              <h4>{t("snapshot.stagesRemoved")}</h4>
              <p dir="auto">{diff.stagesRemoved.join(", ")}</p>
            </section>
          ) : null}
        </div>
      )}
    </>
  );
}

function CardList({ title, cards }: { title: string; cards: readonly JourneyElement[] }) {
  const t = useT();
  if (!cards.length) return null;
  return (
    <section>
      <h4>{title}</h4>
      <ul>
        {cards.map((card) => {
          const Icon = KIND_ICON[card.kind];
          return (
            <li key={card.id} className="snapshots__card" dir="auto">
              <Icon size={14} aria-hidden="true" />
              {`${t(`kind.${card.kind}`)}: ${card.title.trim() || t("card.untitled")}`}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
