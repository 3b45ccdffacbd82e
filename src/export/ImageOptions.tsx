import type { Journey } from "../domain";
import { Field } from "../ui/Field";
import { useT } from "../i18n";
import { IMAGE_FORMATS, SIZES, type ImageFormat, type SizeChoice } from "./image-plan";
import type { ImageSettings, ScopeChoice } from "./images";
import { BACKGROUNDS, type BackgroundChoice } from "./palette";

const SCOPES: ScopeChoice[] = ["journey", "stage", "eachStage"];

/**
 * The image settings column of the Export dialog: format, size, scope (and which stage),
 * background, and what to include. Native selects and checkboxes, so every control has its
 * label, a keyboard path and the platform's own picker.
 */
export function ImageOptions({
  journey,
  settings,
  personaAvailable,
  fieldId,
  onChange,
}: {
  journey: Journey;
  settings: ImageSettings;
  personaAvailable: boolean;
  /** A document-unique id for a named field, so labels and hints point at the right control. */
  fieldId: (name: string) => string;
  onChange: (changes: Partial<ImageSettings>) => void;
}) {
  const t = useT();
  const backgrounds = BACKGROUNDS.filter((b) => b !== "transparent" || settings.format !== "jpeg");
  return (
    <div className="export-dialog__settings">
      <Field label={t("export.format")}>
        {(id) => (
          <select
            id={id}
            className="wm-select"
            value={settings.format}
            onChange={(e) => onChange({ format: e.target.value as ImageFormat })}
          >
            {IMAGE_FORMATS.map((format) => (
              <option key={format} value={format}>
                {t(`export.format.${format}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t("export.size")}>
        {(id) => (
          <select
            id={id}
            className="wm-select"
            value={settings.size}
            onChange={(e) => onChange({ size: e.target.value as SizeChoice })}
          >
            {SIZES.map((size) => (
              <option key={size} value={size}>
                {t(`export.size.${size}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t("export.scope")}>
        {(id) => (
          <select
            id={id}
            className="wm-select"
            value={settings.scope}
            onChange={(e) => onChange({ scope: e.target.value as ScopeChoice })}
          >
            {SCOPES.map((scope) => (
              <option key={scope} value={scope}>
                {t(`export.scope.${scope}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {settings.scope === "stage" ? (
        <Field label={t("export.stage")}>
          {(id) => (
            <select
              id={id}
              className="wm-select"
              value={settings.stageId ?? ""}
              onChange={(e) => onChange({ stageId: e.target.value })}
            >
              {journey.stages.map((stage, i) => (
                <option key={stage.id} value={stage.id} dir="auto">
                  {`${i + 1}. ${stage.name}`}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      <Field label={t("export.background")}>
        {(id) => (
          <>
            <select
              id={id}
              className="wm-select"
              value={settings.background}
              aria-describedby={settings.format === "jpeg" ? fieldId("background-hint") : undefined}
              onChange={(e) => onChange({ background: e.target.value as BackgroundChoice })}
            >
              {backgrounds.map((background) => (
                <option key={background} value={background}>
                  {t(`export.background.${background}`)}
                </option>
              ))}
            </select>
            {settings.format === "jpeg" ? (
              <span id={fieldId("background-hint")} className="wm-field__hint">
                {t("export.background.jpegHint")}
              </span>
            ) : null}
          </>
        )}
      </Field>
      <fieldset className="export-dialog__include">
        <legend>{t("export.include")}</legend>
        <label>
          <input
            type="checkbox"
            checked={settings.personaHeader && personaAvailable}
            disabled={!personaAvailable}
            onChange={(e) => onChange({ personaHeader: e.target.checked })}
          />
          {t("export.personaHeader")}
        </label>
        {!personaAvailable ? (
          <span className="wm-field__hint">{t("export.personaHeader.none")}</span>
        ) : null}
        <label>
          <input
            type="checkbox"
            checked={settings.legend}
            onChange={(e) => onChange({ legend: e.target.checked })}
          />
          {t("export.legend")}
        </label>
        <label>
          <input
            type="checkbox"
            checked={settings.emotionCurve}
            onChange={(e) => onChange({ emotionCurve: e.target.checked })}
          />
          {t("export.emotionCurve")}
        </label>
        <label>
          <input
            type="checkbox"
            checked={settings.comments}
            onChange={(e) => onChange({ comments: e.target.checked })}
          />
          {t("export.comments")}
        </label>
      </fieldset>
    </div>
  );
}
