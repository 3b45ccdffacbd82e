import type { ReactNode } from "react";
import {
  ACTION_STATUSES,
  CONFIDENCES,
  ELEMENT_KINDS,
  SEVERITIES,
  channelKey,
  departmentKey,
  type CardFilter,
  type Satisfaction,
} from "../../domain";
import { formatNumber, useT } from "../../i18n";
import { setFilter, useJourney } from "../../store";
import { KIND_ICON, channelLabel, departmentLabel } from "../../ui/kinds";

const SCORES: readonly Satisfaction[] = [1, 2, 3, 4, 5];

/** Adds a value to a part of the filter, or takes it out again. */
function toggled<T>(values: readonly T[], value: T): T[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
}

function Toggle({
  pressed,
  onClick,
  children,
}: {
  pressed: boolean;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className="filter-facets__toggle"
      aria-pressed={pressed}
      onClick={onClick}
    >
      {children}
    </button>
  );
}

/** A group of toggles for values the map uses (channels, owners), by key and shown name. */
function NamedToggles({
  legend,
  entries,
  chosen,
  onChange,
}: {
  legend: string;
  entries: [string, string][];
  chosen: readonly string[];
  onChange: (keys: string[]) => void;
}) {
  return (
    <fieldset className="filter-facets__group">
      <legend>{legend}</legend>
      {entries.map(([key, label]) => (
        <Toggle
          key={key}
          pressed={chosen.includes(key)}
          onClick={() => onChange(toggled(chosen, key))}
        >
          <span dir="auto">{label}</span>
        </Toggle>
      ))}
    </fieldset>
  );
}

/**
 * The parts of the filter, each a group of toggles: any chosen value of a group will do, and
 * every group narrows. Channels and owners are the ones this map uses.
 */
export function FilterFacets({
  id,
  journeyId,
  filter,
}: {
  id: string;
  journeyId: string;
  filter: CardFilter;
}) {
  const t = useT();
  const journey = useJourney(journeyId);
  if (!journey) return null;
  const cards = Object.values(journey.elements);
  const channels = new Map<string, string>();
  const owners = new Map<string, string>();
  for (const card of cards) {
    channels.set(
      channelKey(card.channel),
      card.channel ? channelLabel(t, card.channel) : t("filter.noChannel"),
    );
    owners.set(
      departmentKey(card.owner),
      card.owner ? departmentLabel(t, card.owner) : t("filter.noOwner"),
    );
  }
  const byLabel = (entries: Map<string, string>) =>
    [...entries].sort(([a, x], [b, y]) =>
      a === "none" ? 1 : b === "none" ? -1 : x.localeCompare(y),
    );
  const set = (change: Partial<CardFilter>) => setFilter(journeyId, change);
  const range = filter.satisfaction;
  const score = (value: string): Satisfaction | null =>
    value ? (Number(value) as Satisfaction) : null;
  // An open end ("–") is 1 or 5; both open is no range at all.
  const setRange = (from: Satisfaction | null, to: Satisfaction | null) => {
    const a = from ?? 1;
    const b = to ?? 5;
    const [min, max] = a <= b ? [a, b] : [b, a];
    set({ satisfaction: min === 1 && max === 5 ? null : { min, max } });
  };
  const from = range && range.min > 1 ? range.min : null;
  const to = range && range.max < 5 ? range.max : null;

  return (
    <div className="filter-facets" id={id}>
      <fieldset className="filter-facets__group">
        <legend>{t("filter.kind")}</legend>
        {ELEMENT_KINDS.map((kind) => {
          const Icon = KIND_ICON[kind];
          return (
            <Toggle
              key={kind}
              pressed={filter.kinds.includes(kind)}
              onClick={() => set({ kinds: toggled(filter.kinds, kind) })}
            >
              <Icon size={14} aria-hidden="true" />
              {t(`kind.${kind}`)}
            </Toggle>
          );
        })}
      </fieldset>
      <NamedToggles
        legend={t("filter.channel")}
        entries={byLabel(channels)}
        chosen={filter.channels}
        onChange={(channelKeys) => set({ channels: channelKeys })}
      />
      <NamedToggles
        legend={t("filter.owner")}
        entries={byLabel(owners)}
        chosen={filter.owners}
        onChange={(ownerKeys) => set({ owners: ownerKeys })}
      />
      <fieldset className="filter-facets__group">
        <legend>{t("filter.severity")}</legend>
        {SEVERITIES.map((severity) => (
          <Toggle
            key={severity}
            pressed={filter.severities.includes(severity)}
            onClick={() => set({ severities: toggled(filter.severities, severity) })}
          >
            <span className={`filter-facets__severity severity-${severity}`} aria-hidden="true" />
            {t(`severity.${severity}`)}
          </Toggle>
        ))}
      </fieldset>
      <fieldset className="filter-facets__group">
        <legend>{t("filter.confidence")}</legend>
        {[...CONFIDENCES, "none" as const].map((confidence) => (
          <Toggle
            key={confidence}
            pressed={filter.confidence.includes(confidence)}
            onClick={() => set({ confidence: toggled(filter.confidence, confidence) })}
          >
            {confidence === "none" ? t("filter.notSaid") : t(`confidence.${confidence}`)}
          </Toggle>
        ))}
      </fieldset>
      <fieldset className="filter-facets__group">
        <legend>{t("filter.satisfaction")}</legend>
        <label className="filter-facets__range">
          {t("filter.satisfactionFrom")}
          <select
            value={from ? String(from) : ""}
            onChange={(event) => setRange(score(event.target.value), to)}
          >
            <option value="">–</option>
            {SCORES.map((value) => (
              <option key={value} value={value}>
                {formatNumber(value)}
              </option>
            ))}
          </select>
        </label>
        <label className="filter-facets__range">
          {t("filter.satisfactionTo")}
          <select
            value={to ? String(to) : ""}
            onChange={(event) => setRange(from, score(event.target.value))}
          >
            <option value="">–</option>
            {SCORES.map((value) => (
              <option key={value} value={value}>
                {formatNumber(value)}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      <fieldset className="filter-facets__group">
        <legend>{t("filter.actions")}</legend>
        {[...ACTION_STATUSES, "none" as const].map((status) => (
          <Toggle
            key={status}
            pressed={filter.actions.includes(status)}
            onClick={() => set({ actions: toggled(filter.actions, status) })}
          >
            {status === "none" ? t("filter.noAction") : t(`plan.status.${status}`)}
          </Toggle>
        ))}
      </fieldset>
      <fieldset className="filter-facets__group">
        <legend>{t("filter.votes")}</legend>
        <label className="filter-facets__check">
          <input
            type="checkbox"
            checked={filter.minVotes > 0}
            onChange={(event) => set({ minVotes: event.target.checked ? 1 : 0 })}
          />
          {t("filter.withVotes")}
        </label>
      </fieldset>
    </div>
  );
}
