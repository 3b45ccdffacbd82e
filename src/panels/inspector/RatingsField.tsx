import { RATING_VALUES, type JourneyElement, type Rating } from "../../domain";
import { useT } from "../../i18n";
import { updateCard } from "../../store";
import { Field } from "../../ui/Field";

/**
 * Impact and effort, 1 to 5: where the card stands on the opportunity matrix. Asked of
 * opportunities and friction points (and of any card that has them already).
 */
export function RatingsField({
  journeyId,
  element,
}: {
  journeyId: string;
  element: JourneyElement;
}) {
  const t = useT();
  const weighed =
    element.kind === "opportunity" ||
    element.kind === "frictionPoint" ||
    element.impact !== null ||
    element.effort !== null;
  if (!weighed) return null;
  const select = (field: "impact" | "effort") => (
    <Field label={t(field === "impact" ? "inspector.impact" : "inspector.effort")}>
      {(id) => (
        <select
          id={id}
          className="wm-select"
          value={element[field] ?? ""}
          onChange={(event) =>
            updateCard(journeyId, element.id, {
              [field]: event.target.value ? (Number(event.target.value) as Rating) : null,
            })
          }
        >
          <option value="">{t("inspector.none")}</option>
          {RATING_VALUES.map((rating) => (
            <option key={rating} value={rating}>
              {t(`rating.${rating}`)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
  return (
    <div className="inspector__row">
      {select("impact")}
      {select("effort")}
    </div>
  );
}
