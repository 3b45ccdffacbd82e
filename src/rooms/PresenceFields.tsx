import { useId } from "react";
import { useT } from "../i18n";
import { Field } from "../ui/Field";
import { PRESENCE_COLORS } from "./presence-colors";

export interface PresenceChoice {
  name: string;
  color: string;
}

/**
 * Who a person is in rooms: the name and colour others see beside their pointer, selections and
 * changes, asked when they start or join their first room.
 */
export function PresenceFields({
  value,
  onChange,
  autoFocus = false,
}: {
  value: PresenceChoice;
  onChange: (choice: PresenceChoice) => void;
  autoFocus?: boolean;
}) {
  const t = useT();
  const group = useId();
  return (
    <>
      <Field label={t("rooms.yourName")}>
        {(id) => (
          <>
            <input
              id={id}
              className="wm-input"
              value={value.name}
              maxLength={40}
              required
              autoFocus={autoFocus}
              autoComplete="nickname"
              aria-describedby={`${id}-hint`}
              onChange={(event) => onChange({ ...value, name: event.target.value })}
            />
            <p id={`${id}-hint`} className="wm-field__hint">
              {t("rooms.yourNameHint")}
            </p>
          </>
        )}
      </Field>
      <fieldset className="room-colors">
        <legend>{t("rooms.yourColor")}</legend>
        {PRESENCE_COLORS.map(({ hex, name }) => (
          <label key={hex} className="room-colors__swatch" style={{ background: hex }}>
            <input
              type="radio"
              name={`${group}-color`}
              value={hex}
              checked={value.color === hex}
              aria-label={t(name)}
              onChange={() => onChange({ ...value, color: hex })}
            />
          </label>
        ))}
      </fieldset>
    </>
  );
}
