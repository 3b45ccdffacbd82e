import { useT } from "../i18n";
import { Field } from "../ui/Field";

/** The name a person shows in rooms, asked when they start or join their first one. */
export function NameField({
  value,
  onChange,
  autoFocus = false,
}: {
  value: string;
  onChange: (name: string) => void;
  autoFocus?: boolean;
}) {
  const t = useT();
  return (
    <Field label={t("rooms.yourName")}>
      {(id) => (
        <>
          <input
            id={id}
            value={value}
            maxLength={40}
            required
            autoFocus={autoFocus}
            autoComplete="nickname"
            aria-describedby={`${id}-hint`}
            onChange={(event) => onChange(event.target.value)}
          />
          <p id={`${id}-hint`} className="room-dialog__hint">
            {t("rooms.yourNameHint")}
          </p>
        </>
      )}
    </Field>
  );
}
