import { Plus, Trash2 } from "lucide-react";
import { useEffect, useRef } from "react";
import { SEVERITIES, type JourneyElement, type Severity } from "../../domain";
import { LIMITS } from "../../format";
import { useT } from "../../i18n";
import { addCardPainPoint, removeCardPainPoint, updateCardPainPoint } from "../../store";
import { Button } from "../../ui/Button";

/** A card's pain points: each a text with a severity; add, edit and remove. */
export function PainPointsField({
  journeyId,
  element,
}: {
  journeyId: string;
  element: JourneyElement;
}) {
  const t = useT();
  const focusId = useRef<string | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  useEffect(() => {
    if (!focusId.current) return;
    listRef.current
      ?.querySelector<HTMLInputElement>(`[data-pain-id="${CSS.escape(focusId.current)}"]`)
      ?.focus();
    focusId.current = null;
  });
  return (
    <section className="inspector__section" aria-labelledby="pain-points-heading">
      {/* The add button sits above the list, so a pain point arriving from another tab or person
          never moves it from under the pointer. */}
      <div className="inspector__section-head">
        <h3 id="pain-points-heading" className="inspector__label">
          {t("inspector.painPoints")}
        </h3>
        <Button
          size="sm"
          icon={<Plus />}
          onClick={() => {
            focusId.current = addCardPainPoint(journeyId, element.id);
          }}
        >
          {t("inspector.addPainPoint")}
        </Button>
      </div>
      {element.painPoints.length ? (
        <ul className="pain-points" ref={listRef}>
          {element.painPoints.map((pain, index) => (
            <li key={pain.id} className={`pain-point severity-${pain.severity}`}>
              <input
                className="wm-input"
                aria-label={t("inspector.painPoint")}
                aria-description={t("inspector.painPointNumber", { number: index + 1 })}
                data-pain-id={pain.id}
                maxLength={LIMITS.longText}
                value={pain.text}
                dir="auto"
                placeholder={t("inspector.painPointPlaceholder")}
                onChange={(event) =>
                  updateCardPainPoint(journeyId, element.id, pain.id, { text: event.target.value })
                }
              />
              <select
                className="wm-select pain-point__severity"
                aria-label={t("inspector.severity")}
                value={pain.severity}
                onChange={(event) =>
                  updateCardPainPoint(journeyId, element.id, pain.id, {
                    severity: event.target.value as Severity,
                  })
                }
              >
                {SEVERITIES.map((severity) => (
                  <option key={severity} value={severity}>
                    {t(`severity.${severity}`)}
                  </option>
                ))}
              </select>
              <button
                type="button"
                className="icon-button"
                aria-label={t("inspector.removePainPoint", {
                  text: pain.text || t("inspector.painPointNumber", { number: index + 1 }),
                })}
                onClick={() => removeCardPainPoint(journeyId, element.id, pain.id)}
              >
                <Trash2 size={16} aria-hidden="true" />
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="inspector__hint">{t("inspector.noPainPoints")}</p>
      )}
    </section>
  );
}
