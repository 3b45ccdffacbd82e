import type { CSSProperties } from "react";
import type { Id, StageProfile } from "../../domain";
import { formatNumber, useT } from "../../i18n";

/** Where a score sits on the 1–5 track, as a share of its width. */
const at = (score: number) => `${((score - 1) / 4) * 100}%`;

/**
 * Each stage's touchpoints as a row: the spread from the lowest to the highest score as a bar on
 * a 1–5 track, the average as a diamond with its number, and how many are not scored. A table,
 * so it reads as one to a screen reader; the bar is drawn beside the numbers, never instead.
 */
export function SatisfactionProfile({
  labelledBy,
  profile,
  stageName,
  onShow,
}: {
  /** The heading that names the table. */
  labelledBy: string;
  profile: StageProfile[];
  stageName: (id: Id) => string;
  onShow: (ids: readonly Id[], label: string) => void;
}) {
  const t = useT();
  const one = { maximumFractionDigits: 1, minimumFractionDigits: 1 };
  return (
    <table className="insights__table satisfaction-profile" aria-labelledby={labelledBy}>
      <thead>
        <tr>
          <th scope="col">{t("insights.stage")}</th>
          <th scope="col">{t("insights.average")}</th>
          <th scope="col" className="satisfaction-profile__track-head">
            {t("insights.spread")}
          </th>
          <th scope="col">{t("insights.unscored")}</th>
        </tr>
      </thead>
      <tbody>
        {profile.map((stage) => {
          const name = stageName(stage.stageId);
          return (
            <tr key={stage.stageId}>
              <th scope="row">
                <button
                  type="button"
                  className="insights__link"
                  disabled={!stage.cardIds.length}
                  onClick={() => onShow(stage.cardIds, name)}
                  aria-label={`${name}. ${t("insights.showOnMap")}`}
                  dir="auto"
                >
                  {name}
                </button>
              </th>
              <td className="insights__number">
                {stage.average === null ? (
                  <span className="insights__muted">{t("insights.noScore")}</span>
                ) : (
                  formatNumber(stage.average, one)
                )}
              </td>
              <td>
                {stage.average !== null && stage.lowest !== null && stage.highest !== null ? (
                  <span
                    className="satisfaction-profile__track"
                    aria-label={`${formatNumber(stage.lowest)}–${formatNumber(stage.highest)}`}
                    role="img"
                    style={
                      {
                        "--from": at(stage.lowest),
                        "--to": at(stage.highest),
                        "--average": at(stage.average),
                      } as CSSProperties
                    }
                  >
                    <span className="satisfaction-profile__spread" />
                    <span
                      className={`satisfaction-profile__average score-${Math.round(stage.average)}`}
                    />
                  </span>
                ) : null}
              </td>
              <td className="insights__number">{formatNumber(stage.unscored)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
