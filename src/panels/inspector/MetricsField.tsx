import { useState } from "react";
import type { JourneyElement, Metrics } from "../../domain";
import { useT } from "../../i18n";
import { updateCard } from "../../store";
import { METRIC_KEYS, METRIC_RULES, parseMetric, type MetricKey } from "./metrics";

/**
 * The measured figures. What a person types stays in the box even when it is out of range, with
 * the reason beside it; only valid values reach the card.
 */
export function MetricsField({
  journeyId,
  element,
}: {
  journeyId: string;
  element: JourneyElement;
}) {
  const t = useT();
  return (
    <section className="inspector__section" aria-labelledby="metrics-heading">
      <h3 id="metrics-heading" className="inspector__label">
        {t("inspector.metrics")}
      </h3>
      <div className="metrics">
        {METRIC_KEYS.map((key) => (
          <MetricInput
            key={`${element.id}:${key}`}
            journeyId={journeyId}
            element={element}
            metric={key}
          />
        ))}
      </div>
    </section>
  );
}

function MetricInput({
  journeyId,
  element,
  metric,
}: {
  journeyId: string;
  element: JourneyElement;
  metric: MetricKey;
}) {
  const t = useT();
  const rule = METRIC_RULES[metric];
  const stored = element.metrics[metric];
  const [text, setText] = useState(stored === undefined ? "" : String(stored));
  const [error, setError] = useState<string | null>(null);
  // The box keeps what was typed ("5,5", or an out-of-range value with its reason), but when the
  // stored figure changes from elsewhere (undo, redo, another tab) the box shows the new figure.
  const [seen, setSeen] = useState(stored);
  if (seen !== stored) {
    setSeen(stored);
    const typed = parseMetric(metric, text);
    if (!typed.ok || typed.value !== stored) {
      setText(stored === undefined ? "" : String(stored));
      setError(null);
    }
  }
  const id = `metric-${metric}`;
  return (
    <div className="wm-field metric">
      <label htmlFor={id}>{t(rule.label)}</label>
      <input
        id={id}
        className="wm-input"
        inputMode="decimal"
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
        onChange={(event) => {
          setText(event.target.value);
          const parsed = parseMetric(metric, event.target.value);
          if (!parsed.ok) {
            setError(t(parsed.error));
            return;
          }
          setError(null);
          const metrics: Metrics = { ...element.metrics };
          if (parsed.value === undefined) delete metrics[metric];
          else metrics[metric] = parsed.value;
          updateCard(journeyId, element.id, { metrics }, `metric:${metric}`);
        }}
      />
      <span id={`${id}-hint`} className="wm-field__hint">
        {t(rule.hint)}
      </span>
      {error ? (
        <span id={`${id}-error`} className="wm-field__error" role="alert">
          {error}
        </span>
      ) : null}
    </div>
  );
}
