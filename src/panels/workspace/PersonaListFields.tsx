import { useId } from "react";
import { Field } from "../../ui/Field";
import { STANDARD_CHANNELS, type ChannelRef, type StandardChannel } from "../../domain";
import { LIMITS } from "../../format";
import { useT } from "../../i18n";

/** Lines of a text box as a list: trimmed, empty ones dropped, capped as the file format caps them. */
export function linesOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .slice(0, LIMITS.listItems);
}

/** "Podcasts, Newsletter" as custom channels, without repeats of each other or of standard ones. */
export function customChannelsOf(text: string, standardNames: string[]): ChannelRef[] {
  const seen = new Set(standardNames.map((n) => n.toLocaleLowerCase()));
  const result: ChannelRef[] = [];
  for (const part of text.split(/[,،\n]/)) {
    const name = part.trim().slice(0, LIMITS.shortText);
    if (!name || seen.has(name.toLocaleLowerCase())) continue;
    seen.add(name.toLocaleLowerCase());
    result.push({ kind: "custom", name });
  }
  return result;
}

interface Text {
  value: string;
  onChange: (value: string) => void;
}

/** Goals, needs and frustrations: one text box each, one item per line. */
export function MotivationFields({
  goals,
  needs,
  frustrations,
}: {
  goals: Text;
  needs: Text;
  frustrations: Text;
}) {
  const t = useT();
  const hint = useId();
  const ids = { goals: useId(), needs: useId(), frustrations: useId() };
  return (
    <fieldset className="persona-editor__group">
      <legend>{t("personaEditor.motivations")}</legend>
      <p id={hint} className="wm-field__hint persona-editor__legend-hint">
        {t("personaEditor.onePerLine")}
      </p>
      <div className="persona-editor__lists">
        {(
          [
            [ids.goals, "personaEditor.goals", goals],
            [ids.needs, "personaEditor.needs", needs],
            [ids.frustrations, "personaEditor.frustrations", frustrations],
          ] as const
        ).map(([id, label, text]) => (
          <div key={id} className="wm-field">
            <label htmlFor={id}>{t(label)}</label>
            <textarea
              id={id}
              className="wm-textarea"
              value={text.value}
              dir="auto"
              rows={4}
              aria-describedby={hint}
              onChange={(event) => text.onChange(event.target.value)}
            />
          </div>
        ))}
      </div>
    </fieldset>
  );
}

/** The standard channels as check boxes, and any others typed as a comma list. */
export function ChannelFields({
  channels,
  onChannelsChange,
  other,
}: {
  channels: ReadonlySet<StandardChannel>;
  onChannelsChange: (channels: Set<StandardChannel>) => void;
  other: Text;
}) {
  const t = useT();
  const ids = { other: useId(), otherHint: useId() };
  return (
    <fieldset className="persona-editor__group">
      <legend>{t("personaEditor.channels")}</legend>
      <div className="persona-editor__channels">
        {STANDARD_CHANNELS.map((id) => (
          <label key={id} className="persona-editor__check">
            <input
              type="checkbox"
              checked={channels.has(id)}
              onChange={(event) => {
                const next = new Set(channels);
                if (event.target.checked) next.add(id);
                else next.delete(id);
                onChannelsChange(next);
              }}
            />
            <span>{t(`channel.${id}`)}</span>
          </label>
        ))}
      </div>
      <Field label={t("personaEditor.otherChannels")}>
        {(id) => (
          <>
            <input
              id={id}
              className="wm-input"
              value={other.value}
              dir="auto"
              aria-describedby={ids.otherHint}
              autoComplete="off"
              onChange={(event) => other.onChange(event.target.value)}
            />
            <span id={ids.otherHint} className="wm-field__hint">
              {t("personaEditor.otherChannelsHint")}
            </span>
          </>
        )}
      </Field>
    </fieldset>
  );
}
