import { Library } from "lucide-react";
import { useState } from "react";
import {
  isOnCards,
  metricCatalogue,
  metricIdOf,
  sortMetricIds,
  type Journey,
  type JourneyElement,
} from "../../domain";
import { useT } from "../../i18n";
import { setCardFigure, useKnownMetrics, useMetricLibrary } from "../../store";
import { Button } from "../../ui/Button";
import { MetricLibraryDialog } from "../metrics/MetricLibraryDialog";
import { metricRule, parseMetric, type MetricRule } from "./metrics";

/**
 * The measured figures: a box for each metric the workspace offers on cards, and for any other
 * the card has a figure for. What a person types stays in the box even when it is out of range,
 * with the reason beside it; only valid values reach the card.
 */
export function MetricsField({ journey, element }: { journey: Journey; element: JourneyElement }) {
  const t = useT();
  const library = useMetricLibrary();
  const known = useKnownMetrics(journey);
  const [libraryOpen, setLibraryOpen] = useState(false);
  // What the library offers on cards, and whatever else this card has a figure for.
  const offered = metricCatalogue(library, null)
    .map(metricIdOf)
    .filter((id) => isOnCards(library, id));
  const shown = sortMetricIds({ customMetrics: known }, [
    ...offered,
    ...Object.keys(element.metrics),
  ]);
  return (
    <section className="inspector__section" aria-labelledby="metrics-heading">
      <h3 id="metrics-heading" className="inspector__label">
        {t("inspector.metrics")}
      </h3>
      <div className="metrics">
        {shown.map((id) => {
          const rule = metricRule(t, id, known);
          return rule ? (
            <MetricInput
              key={`${element.id}:${id}`}
              journeyId={journey.id}
              element={element}
              rule={rule}
            />
          ) : null;
        })}
      </div>
      <Button variant="ghost" icon={<Library />} onClick={() => setLibraryOpen(true)}>
        {t("metrics.library.open")}
      </Button>
      <MetricLibraryDialog open={libraryOpen} onClose={() => setLibraryOpen(false)} />
    </section>
  );
}

function MetricInput({
  journeyId,
  element,
  rule,
}: {
  journeyId: string;
  element: JourneyElement;
  rule: MetricRule;
}) {
  const t = useT();
  const metric = rule.id;
  const stored = element.metrics[metric];
  const [text, setText] = useState(stored === undefined ? "" : String(stored));
  const [error, setError] = useState<string | null>(null);
  // The box keeps what was typed ("5,5", or an out-of-range value with its reason), but when the
  // stored figure changes from elsewhere (undo, redo, another tab) the box shows the new figure.
  const [seen, setSeen] = useState(stored);
  if (seen !== stored) {
    setSeen(stored);
    const typed = parseMetric(t, rule, text);
    if (!typed.ok || typed.value !== stored) {
      setText(stored === undefined ? "" : String(stored));
      setError(null);
    }
  }
  const id = `metric-${metric}`;
  return (
    <div className="wm-field metric">
      <label htmlFor={id}>{rule.label}</label>
      <input
        id={id}
        className="wm-input"
        inputMode="decimal"
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
        onChange={(event) => {
          setText(event.target.value);
          const parsed = parseMetric(t, rule, event.target.value);
          if (!parsed.ok) {
            setError(parsed.error);
            return;
          }
          setError(null);
          setCardFigure(journeyId, element.id, metric, parsed.value);
        }}
      />
      <span id={`${id}-hint`} className="wm-field__hint">
        {rule.hint}
      </span>
      {error ? (
        <span id={`${id}-error`} className="wm-field__error" role="alert">
          {error}
        </span>
      ) : null}
    </div>
  );
}
