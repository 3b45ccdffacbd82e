import { Flame } from "lucide-react";
import type { Id, JourneyElement, RankedPainPoint } from "../../domain";
import { formatNumber, useT } from "../../i18n";

/** The pain points that hurt most: by severity, then by the votes on their card. */
export function PainPointRanking({
  ranked,
  stageName,
  onShow,
}: {
  ranked: RankedPainPoint[];
  stageName: (id: Id) => string;
  onShow: (ids: readonly Id[], label: string) => void;
}) {
  const t = useT();
  if (!ranked.length) return <p className="insights__muted">{t("insights.noPainPoints")}</p>;
  return (
    <ol className="insights__ranking">
      {ranked.map(({ painPoint, element, votes }) => {
        const title = element.title.trim() || t("card.untitled");
        return (
          <li key={painPoint.id}>
            <span className={`insights__severity severity-${painPoint.severity}`}>
              <Flame size={14} aria-hidden="true" />
              {t(`severity.${painPoint.severity}`)}
            </span>
            <span className="insights__ranking-text" dir="auto">
              {painPoint.text}
            </span>
            <button
              type="button"
              className="insights__link insights__ranking-card"
              onClick={() => onShow([element.id], title)}
              aria-label={`${title}${t("insights.comma")}${stageName(element.stageId)}. ${t("insights.showOnMap")}`}
              dir="auto"
            >
              {/* Shown as its name begins, comma and all: speech input finds it by what it shows. */}
              {title}
              {t("insights.comma")}
              {stageName(element.stageId)}
            </button>
            <span className="insights__votes">{t("card.describe.votes", { count: votes })}</span>
          </li>
        );
      })}
    </ol>
  );
}

/** The least satisfied touchpoints, most pain points first among equals. */
export function WorstTouchpoints({
  touchpoints,
  stageName,
  onShow,
}: {
  touchpoints: JourneyElement[];
  stageName: (id: Id) => string;
  onShow: (ids: readonly Id[], label: string) => void;
}) {
  const t = useT();
  if (!touchpoints.length) return <p className="insights__muted">{t("insights.noScores")}</p>;
  return (
    <ol className="insights__ranking">
      {touchpoints.map((element) => {
        const title = element.title.trim() || t("card.untitled");
        return (
          <li key={element.id}>
            <span className={`insights__score score-${element.satisfaction}`}>
              {formatNumber(element.satisfaction ?? 0)}
            </span>
            <button
              type="button"
              className="insights__link insights__ranking-card"
              onClick={() => onShow([element.id], title)}
              aria-label={`${title}${t("insights.comma")}${stageName(element.stageId)}${t("insights.comma")}${t("card.describe.satisfaction", { score: element.satisfaction ?? 0, label: t(`satisfaction.${element.satisfaction ?? 3}`) })}. ${t("insights.showOnMap")}`}
              dir="auto"
            >
              {title}
              {t("insights.comma")}
              {stageName(element.stageId)}
            </button>
          </li>
        );
      })}
    </ol>
  );
}
