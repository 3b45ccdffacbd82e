import { CONFIDENCES, type Id, type StageEvidence } from "../../domain";
import { formatNumber, useT } from "../../i18n";

const LEVELS = [...CONFIDENCES, "none"] as const;

/**
 * How each stage's cards are backed: counts of assumed, partly backed, validated and not said,
 * and the share validated. Each count leads to its cards on the map.
 */
export function EvidenceTable({
  labelledBy,
  evidence,
  stageName,
  onShow,
}: {
  /** The heading that names the table. */
  labelledBy: string;
  evidence: StageEvidence[];
  stageName: (id: Id) => string;
  onShow: (ids: readonly Id[], label: string) => void;
}) {
  const t = useT();
  const levelName = (level: (typeof LEVELS)[number]) =>
    level === "none" ? t("filter.notSaid") : t(`confidence.${level}`);
  return (
    <table className="insights__table" aria-labelledby={labelledBy}>
      <thead>
        <tr>
          <th scope="col">{t("insights.stage")}</th>
          {LEVELS.map((level) => (
            <th key={level} scope="col" className="insights__number">
              {levelName(level)}
            </th>
          ))}
          <th scope="col" className="insights__number">
            {t("insights.validatedColumn")}
          </th>
        </tr>
      </thead>
      <tbody>
        {evidence.map((row) => {
          const name = stageName(row.stageId);
          const total = LEVELS.reduce((sum, level) => sum + row.counts[level], 0);
          return (
            <tr key={row.stageId}>
              <th scope="row" dir="auto">
                {name}
              </th>
              {LEVELS.map((level) => (
                <td key={level} className="insights__number">
                  {row.counts[level] ? (
                    <button
                      type="button"
                      className="insights__link"
                      aria-label={`${name}${t("insights.comma")}${levelName(level)}: ${formatNumber(row.counts[level])}. ${t("insights.showOnMap")}`}
                      onClick={() => onShow(row.cardIds[level], `${name} · ${levelName(level)}`)}
                    >
                      {formatNumber(row.counts[level])}
                    </button>
                  ) : (
                    <span className="insights__muted">{formatNumber(0)}</span>
                  )}
                </td>
              ))}
              <td className="insights__number">
                {total ? formatNumber(row.counts.validated / total, { style: "percent" }) : "–"}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
