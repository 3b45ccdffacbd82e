import { ArrowLeft } from "lucide-react";
import { useMemo, type ReactNode } from "react";
import {
  EMPTY_FILTER,
  calendarDay,
  departmentKey,
  evidenceByStage,
  frictionByStageAndChannel,
  frictionByStageAndOwner,
  painPointsBySeverity,
  satisfactionProfile,
  worstRatedTouchpoints,
  type Id,
  type JourneyElement,
} from "../../domain";
import { useT } from "../../i18n";
import { departmentLabel } from "../../ui/kinds";
import { setFilter, useJourney } from "../../store";
import { Button } from "../../ui/Button";
import { EvidenceTable } from "./EvidenceTable";
import { MetricsTable } from "./MetricsTable";
import { TargetsPanel } from "./TargetsPanel";
import { FrictionHeatmap } from "./FrictionHeatmap";
import { PainPointRanking, WorstTouchpoints } from "./Rankings";
import { SatisfactionProfile } from "./SatisfactionProfile";
import "../../ui/page.css";
import "./insights.css";
// The texts of the views that load when opened arrive with this module (see views-en.ts).
import "../../i18n/views-en";

/**
 * What a journey's map says, on one page: satisfaction by stage, where the friction is (by
 * channel and by owner), the pain points that matter most, the worst-rated touchpoints and how
 * well each stage is backed. Every figure leads to its cards: choosing one opens the map with
 * exactly those cards shown and the rest dimmed.
 */
export function InsightsView({
  journeyId,
  onShowOnMap,
  actions,
}: {
  journeyId: string;
  onShowOnMap: () => void;
  /** What the page offers beside going back (saving it as an image). */
  actions?: ReactNode;
}) {
  const t = useT();
  const journey = useJourney(journeyId);
  const figures = useMemo(
    () =>
      journey && {
        profile: satisfactionProfile(journey),
        byChannel: frictionByStageAndChannel(journey),
        byOwner: frictionByStageAndOwner(journey),
        painPoints: painPointsBySeverity(journey, 10),
        worst: worstRatedTouchpoints(journey, 5),
        evidence: evidenceByStage(journey),
      },
    [journey],
  );
  if (!journey || !figures) return null;
  const today = calendarDay(new Date());
  const show = (ids: readonly Id[], label: string) => {
    setFilter(journeyId, { ...EMPTY_FILTER, cards: { ids, label } });
    onShowOnMap();
  };
  const stageName = (id: Id) =>
    journey.stages.find((s) => s.id === id)?.name.trim() || t("stage.untitled");
  const stageGroups = journey.stages.map((stage) => ({
    key: stage.id,
    name: stageName(stage.id),
    holds: (e: JourneyElement) => e.stageId === stage.id,
  }));
  const owners = new Map<string, string>();
  for (const element of Object.values(journey.elements))
    owners.set(
      departmentKey(element.owner),
      element.owner ? departmentLabel(t, element.owner) : t("filter.noOwner"),
    );
  const ownerGroups = [...owners].map(([key, name]) => ({
    key,
    name,
    holds: (e: JourneyElement) => departmentKey(e.owner) === key,
  }));

  return (
    <div className="insights wm-page" data-undo="journey">
      <div className="wm-page__head">
        <h1 id="insights-title" dir="auto">
          {t("insights.title", { journey: journey.title.trim() || t("journey.untitled") })}
        </h1>
        {actions}
        <Button
          variant="secondary"
          icon={<ArrowLeft className="wm-page__back-icon" />}
          onClick={onShowOnMap}
        >
          {t("insights.back")}
        </Button>
      </div>
      <div className="insights__grid">
        <section className="wm-panel insights__panel" aria-labelledby="insights-satisfaction">
          <h2 id="insights-satisfaction">{t("insights.satisfaction")}</h2>
          <p className="wm-hint">{t("insights.satisfactionHint")}</p>
          <SatisfactionProfile
            labelledBy="insights-satisfaction"
            profile={figures.profile}
            stageName={stageName}
            onShow={show}
          />
        </section>
        <section className="wm-panel insights__panel" aria-labelledby="insights-evidence">
          <h2 id="insights-evidence">{t("insights.evidence")}</h2>
          <p className="wm-hint">{t("insights.evidenceHint")}</p>
          <EvidenceTable
            labelledBy="insights-evidence"
            evidence={figures.evidence}
            stageName={stageName}
            onShow={show}
          />
        </section>
        <section
          className="wm-panel insights__panel insights__panel--wide"
          aria-labelledby="insights-by-channel"
        >
          <h2 id="insights-by-channel">{t("insights.frictionByChannel")}</h2>
          <p className="wm-hint">{t("insights.frictionHint")}</p>
          <FrictionHeatmap
            labelledBy="insights-by-channel"
            journey={journey}
            rows={figures.byChannel}
            by="channel"
            onShow={show}
          />
        </section>
        <section
          className="wm-panel insights__panel insights__panel--wide"
          aria-labelledby="insights-by-owner"
        >
          <h2 id="insights-by-owner">{t("insights.frictionByOwner")}</h2>
          <FrictionHeatmap
            labelledBy="insights-by-owner"
            journey={journey}
            rows={figures.byOwner}
            by="owner"
            onShow={show}
          />
        </section>
        <section
          className="wm-panel insights__panel insights__panel--wide"
          aria-labelledby="insights-targets"
        >
          <h2 id="insights-targets">{t("insights.targets")}</h2>
          <p className="wm-hint">{t("insights.targetsHint")}</p>
          <TargetsPanel journey={journey} today={today} />
        </section>
        <section className="wm-panel insights__panel" aria-labelledby="insights-metrics-stage">
          <h2 id="insights-metrics-stage">{t("insights.metricsByStage")}</h2>
          <p className="wm-hint">{t("insights.metricsHint")}</p>
          <MetricsTable
            labelledBy="insights-metrics-stage"
            journey={journey}
            groups={stageGroups}
            heading={t("insights.stage")}
            today={today}
          />
        </section>
        <section className="wm-panel insights__panel" aria-labelledby="insights-metrics-owner">
          <h2 id="insights-metrics-owner">{t("insights.metricsByOwner")}</h2>
          <p className="wm-hint">{t("insights.metricsHint")}</p>
          <MetricsTable
            labelledBy="insights-metrics-owner"
            journey={journey}
            groups={ownerGroups}
            heading={t("insights.owner")}
            today={today}
          />
        </section>
        <section className="wm-panel insights__panel" aria-labelledby="insights-pain-points">
          <h2 id="insights-pain-points">{t("insights.painPoints")}</h2>
          <PainPointRanking ranked={figures.painPoints} stageName={stageName} onShow={show} />
        </section>
        <section className="wm-panel insights__panel" aria-labelledby="insights-worst">
          <h2 id="insights-worst">{t("insights.worstTouchpoints")}</h2>
          <WorstTouchpoints touchpoints={figures.worst} stageName={stageName} onShow={show} />
        </section>
      </div>
    </div>
  );
}
