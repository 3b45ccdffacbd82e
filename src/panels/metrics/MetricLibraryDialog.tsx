import { Trash2 } from "lucide-react";
import { useState, type FormEvent } from "react";
import {
  CUSTOM_METRICS_MAX,
  STANDARD_METRICS,
  STANDARD_SCALES,
  isOnCards,
  type CustomMetric,
  type MetricId,
  type MetricScale,
} from "../../domain";
import { formatNumber, parseNumber, useT, type Translate } from "../../i18n";
import { scaleNumber } from "../inspector/metrics";
import {
  defineCustomMetric,
  editCustomMetric,
  removeCustomMetric,
  setMetricOnCards,
  showNotice,
  useMetricLibrary,
} from "../../store";
import { Button } from "../../ui/Button";
import { Dialog } from "../../ui/Dialog";
import { Field } from "../../ui/Field";
import { metricLabel } from "../../ui/metric-labels";
import "./metric-library.css";

function scaleText(t: Translate, scale: MetricScale): string {
  return t(scale.integer ? "metrics.scaleWhole" : "metrics.scale", {
    min: scaleNumber(scale.min),
    max: scaleNumber(scale.max),
    better: t(scale.higherIsBetter ? "metric.higherIsBetter" : "metric.lowerIsBetter"),
  });
}

/**
 * The workspace's metric library: which metrics every card's details offer (standard ones, with
 * their scales: CES as ease 1 to 7 or as effort 1 to 5), and the team's own metrics, with a name,
 * a unit and a scale. Changes are saved as they are made.
 */
export function MetricLibraryDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const library = useMetricLibrary();
  const custom = Object.values(library.custom).sort((a, b) => a.name.localeCompare(b.name));
  return (
    <Dialog
      open={open}
      title={t("metrics.library")}
      closeLabel={t("workspace.close")}
      onClose={onClose}
      size="lg"
    >
      <p className="metric-library__intro">{t("metrics.library.intro")}</p>
      <table className="metric-library__table">
        <caption>{t("metrics.standard")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("metrics.column.metric")}</th>
            <th scope="col">{t("metrics.column.scale")}</th>
            <th scope="col">{t("metrics.column.onCards")}</th>
          </tr>
        </thead>
        <tbody>
          {STANDARD_METRICS.map((id) => (
            <tr key={id}>
              <th scope="row">{metricLabel(t, id, library.custom)}</th>
              <td>{scaleText(t, STANDARD_SCALES[id])}</td>
              <td>
                <OnCards id={id} label={metricLabel(t, id, library.custom)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="metric-library__table">
        <caption>{t("metrics.custom")}</caption>
        {custom.length ? (
          <>
            <thead>
              <tr>
                <th scope="col">{t("metrics.name")}</th>
                <th scope="col">{t("metrics.unit")}</th>
                <th scope="col">{t("metrics.column.scale")}</th>
                <th scope="col">{t("metrics.better")}</th>
                <th scope="col">{t("metrics.column.onCards")}</th>
                <td />
              </tr>
            </thead>
            <tbody>
              {custom.map((metric) => (
                <CustomRow key={metric.id} metric={metric} />
              ))}
            </tbody>
          </>
        ) : (
          <tbody>
            <tr>
              <td>{t("metrics.custom.none")}</td>
            </tr>
          </tbody>
        )}
      </table>
      {custom.length < CUSTOM_METRICS_MAX ? <NewMetricForm /> : null}
    </Dialog>
  );
}

function OnCards({ id, label }: { id: MetricId; label: string }) {
  const t = useT();
  const library = useMetricLibrary();
  return (
    <input
      type="checkbox"
      checked={isOnCards(library, id)}
      aria-label={t("metrics.onCards", { metric: label })}
      onChange={(event) => setMetricOnCards(id, event.target.checked)}
    />
  );
}

function BetterSelect({
  id,
  value,
  label,
  onChange,
}: {
  id?: string;
  value: boolean;
  label?: string;
  onChange: (higherIsBetter: boolean) => void;
}) {
  const t = useT();
  return (
    <select
      id={id}
      className="wm-select"
      aria-label={label}
      value={value ? "higher" : "lower"}
      onChange={(event) => onChange(event.target.value === "higher")}
    >
      <option value="higher">{t("metric.higherIsBetter")}</option>
      <option value="lower">{t("metric.lowerIsBetter")}</option>
    </select>
  );
}

/** A custom metric: its name, unit and good end edit in place; its range stays. */
function CustomRow({ metric }: { metric: CustomMetric }) {
  const t = useT();
  const [name, setName] = useState(metric.name);
  const [unit, setUnit] = useState(metric.unit);
  const label = metric.name;
  return (
    <tr>
      <td>
        <input
          className="wm-input"
          value={name}
          maxLength={60}
          aria-label={t("metrics.rename", { metric: label })}
          aria-invalid={name.trim() === "" ? true : undefined}
          onChange={(event) => {
            setName(event.target.value);
            editCustomMetric(metric.id, { name: event.target.value });
          }}
        />
      </td>
      <td>
        <input
          className="wm-input metric-library__unit"
          value={unit}
          maxLength={20}
          aria-label={t("metrics.unitOf", { metric: label })}
          onChange={(event) => {
            setUnit(event.target.value);
            editCustomMetric(metric.id, { unit: event.target.value });
          }}
        />
      </td>
      <td title={t("metrics.rangeFixed")}>{scaleText(t, metric)}</td>
      <td>
        <BetterSelect
          value={metric.higherIsBetter}
          label={t("metrics.betterOf", { metric: label })}
          onChange={(higherIsBetter) => editCustomMetric(metric.id, { higherIsBetter })}
        />
      </td>
      <td>
        <OnCards id={metric.id} label={label} />
      </td>
      <td>
        <button
          type="button"
          className="icon-button"
          aria-label={t("metrics.remove", { metric: label })}
          onClick={() => {
            if (removeCustomMetric(metric.id))
              showNotice({ message: t("metrics.removed", { metric: label }) });
          }}
        >
          <Trash2 size={16} aria-hidden="true" />
        </button>
      </td>
    </tr>
  );
}

function NewMetricForm() {
  const t = useT();
  const [name, setName] = useState("");
  const [unit, setUnit] = useState("");
  const [min, setMin] = useState(() => formatNumber(0));
  const [max, setMax] = useState(() => formatNumber(100));
  const [integer, setInteger] = useState(false);
  const [higherIsBetter, setHigherIsBetter] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const low = parseNumber(min);
    const high = parseNumber(max);
    const id =
      low === null || high === null
        ? null
        : defineCustomMetric({ name, unit, min: low, max: high, integer, higherIsBetter });
    if (!id) {
      setError(t("metrics.invalid"));
      return;
    }
    showNotice({ message: t("metrics.created", { metric: name.trim() }) });
    setError(null);
    setName("");
    setUnit("");
  };
  return (
    <form className="metric-library__new" onSubmit={submit} aria-labelledby="metric-new-heading">
      <h3 id="metric-new-heading">{t("metrics.add")}</h3>
      <div className="metric-library__fields">
        <Field label={t("metrics.name")}>
          {(id) => (
            <input
              id={id}
              className="wm-input"
              value={name}
              maxLength={60}
              placeholder={t("metrics.namePlaceholder")}
              onChange={(event) => setName(event.target.value)}
            />
          )}
        </Field>
        <Field label={t("metrics.unit")}>
          {(id) => (
            <input
              id={id}
              className="wm-input"
              value={unit}
              maxLength={20}
              placeholder={t("metrics.unitPlaceholder")}
              onChange={(event) => setUnit(event.target.value)}
            />
          )}
        </Field>
        <Field label={t("metrics.min")}>
          {(id) => (
            <input
              id={id}
              className="wm-input"
              inputMode="decimal"
              value={min}
              onChange={(event) => setMin(event.target.value)}
            />
          )}
        </Field>
        <Field label={t("metrics.max")}>
          {(id) => (
            <input
              id={id}
              className="wm-input"
              inputMode="decimal"
              value={max}
              onChange={(event) => setMax(event.target.value)}
            />
          )}
        </Field>
        <Field label={t("metrics.better")}>
          {(id) => <BetterSelect id={id} value={higherIsBetter} onChange={setHigherIsBetter} />}
        </Field>
        <label className="metric-library__check">
          <input
            type="checkbox"
            checked={integer}
            onChange={(event) => setInteger(event.target.checked)}
          />
          {t("metrics.whole")}
        </label>
      </div>
      {error ? (
        <p className="wm-field__error" role="alert">
          {error}
        </p>
      ) : null}
      <Button type="submit" variant="primary">
        {t("metrics.create")}
      </Button>
    </form>
  );
}
