import { useState } from "react";
import { Field } from "../../ui/Field";
import { LIMITS } from "../../format";
import { useT, type MessageKey } from "../../i18n";

type Ref<Id extends string> = { kind: "standard"; id: Id } | { kind: "custom"; name: string };

const NONE = "";
const CUSTOM = "__custom__";

function encode<Id extends string>(ref: Ref<Id> | null): string {
  if (!ref) return NONE;
  return ref.kind === "standard" ? `standard:${ref.id}` : `custom:${ref.name}`;
}

/**
 * A choice among the values already used on this map (standard or custom, listed first: on a
 * map, the channel wanted is usually one already there), the standard list, and a new custom
 * value typed by the person (channels and owner departments).
 */
export function RefSelect<Id extends string>({
  label,
  value,
  standard,
  labelOf,
  inUse,
  customLabel,
  onChange,
}: {
  label: string;
  value: Ref<Id> | null;
  standard: readonly Id[];
  labelOf: (id: Id) => string;
  inUse: readonly Ref<Id>[];
  customLabel: MessageKey;
  onChange: (value: Ref<Id> | null) => void;
}) {
  const t = useT();
  const [typing, setTyping] = useState(false);
  const [draft, setDraft] = useState("");
  const nameOf = (ref: Ref<Id>) => (ref.kind === "standard" ? labelOf(ref.id) : ref.name);
  const onMap = [
    ...new Map(
      [...inUse, ...(value?.kind === "custom" ? [value] : [])].map((ref) => [encode(ref), ref]),
    ).entries(),
  ].sort(([, a], [, b]) => nameOf(a).localeCompare(nameOf(b)));
  // Each value once: a standard one already on the map is listed there, not again below.
  const listed = new Set(onMap.map(([key]) => key));
  const rest = standard.filter((s) => !listed.has(`standard:${s}`));
  return (
    <Field label={label}>
      {(id) => (
        <>
          <select
            id={id}
            className="wm-select"
            value={typing ? CUSTOM : encode(value)}
            onChange={(event) => {
              const v = event.target.value;
              if (v === CUSTOM) {
                setTyping(true);
                setDraft("");
                return;
              }
              setTyping(false);
              if (v === NONE) onChange(null);
              else if (v.startsWith("standard:"))
                onChange({ kind: "standard", id: v.slice("standard:".length) as Id });
              else onChange({ kind: "custom", name: v.slice("custom:".length) });
            }}
          >
            <option value={NONE}>{t("inspector.none")}</option>
            {onMap.length ? (
              <optgroup label={t("inspector.onThisMap")}>
                {onMap.map(([key, ref]) => (
                  <option key={key} value={key}>
                    {nameOf(ref)}
                  </option>
                ))}
              </optgroup>
            ) : null}
            {rest.length ? (
              <optgroup label={t("inspector.standard")}>
                {rest.map((s) => (
                  <option key={s} value={`standard:${s}`}>
                    {labelOf(s)}
                  </option>
                ))}
              </optgroup>
            ) : null}
            <option value={CUSTOM}>{t("inspector.custom")}</option>
          </select>
          {typing ? (
            <form
              className="ref-select__custom"
              onSubmit={(event) => {
                event.preventDefault();
                const name = draft.trim();
                if (!name) return;
                onChange({ kind: "custom", name });
                setTyping(false);
              }}
            >
              <input
                className="wm-input"
                aria-label={t(customLabel)}
                data-undo="field"
                value={draft}
                dir="auto"
                maxLength={LIMITS.shortText}
                autoFocus
                onChange={(event) => setDraft(event.target.value)}
                onKeyDown={(event) => {
                  if (event.key === "Escape") {
                    event.stopPropagation();
                    setTyping(false);
                  }
                }}
              />
              <button type="submit" className="wm-button wm-button--sm">
                {t("inspector.useCustom")}
              </button>
            </form>
          ) : null}
        </>
      )}
    </Field>
  );
}
