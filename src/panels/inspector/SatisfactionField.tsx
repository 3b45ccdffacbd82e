import { SATISFACTION_VALUES, type Satisfaction } from "../../domain";
import { formatNumber, useT } from "../../i18n";
import { SATISFACTION_ICON } from "../../ui/kinds";

/**
 * Satisfaction as five faces in a native radio group: arrow keys move between them, each is
 * named by its number then its feeling ("1 Very unhappy"), and "Clear score" unsets it.
 */
export function SatisfactionField({
  name,
  value,
  onChange,
}: {
  name: string;
  value: Satisfaction | null;
  onChange: (value: Satisfaction | null) => void;
}) {
  const t = useT();
  return (
    <fieldset className="satisfaction" role="radiogroup" aria-label={t("inspector.satisfaction")}>
      <legend className="inspector__label">{t("inspector.satisfaction")}</legend>
      <div className="satisfaction__faces">
        {SATISFACTION_VALUES.map((score) => {
          const Face = SATISFACTION_ICON[score];
          return (
            <label
              key={score}
              className={
                value === score ? "satisfaction__face satisfaction__face--on" : "satisfaction__face"
              }
              title={t(`satisfaction.${score}`)}
            >
              <input
                type="radio"
                name={name}
                value={score}
                checked={value === score}
                onChange={() => onChange(score)}
                className="satisfaction__radio"
                aria-label={t("inspector.satisfactionOption", {
                  score,
                  label: t(`satisfaction.${score}`),
                })}
              />
              <Face size={22} aria-hidden="true" />
              <span aria-hidden="true">{formatNumber(score)}</span>
            </label>
          );
        })}
      </div>
      <div className="satisfaction__footer">
        <span className="inspector__hint">
          {value ? t(`satisfaction.${value}`) : t("inspector.unscored")}
        </span>
        <button
          type="button"
          className="link-button"
          onClick={() => onChange(null)}
          disabled={value === null}
        >
          {t("inspector.clearScore")}
        </button>
      </div>
    </fieldset>
  );
}
