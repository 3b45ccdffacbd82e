import { FilePlus2 } from "lucide-react";
import { Field } from "../../ui/Field";
import { useEffect, useId, useMemo, useRef, useState, type FormEvent, type ReactNode } from "react";
import {
  DEFAULT_LANES,
  DEFAULT_STAGES,
  LANE_KINDS,
  newId,
  summarizeJourney,
  type DefaultStage,
  type Id,
  type Journey,
  type LaneKind,
} from "../../domain";
import { LIMITS } from "../../format";
import { t as translate, useT } from "../../i18n";
import { addBlankJourney, addJourney, now } from "../../store";
import { TEMPLATES, type JourneyTemplate, type TemplateId } from "../../templates";
import { Button } from "../../ui/Button";
import { Dialog, DialogCancel } from "../../ui/Dialog";
import { EmotionSparkline } from "./parts";
import { useUnsaved } from "./unsaved";
import "./new-journey.css";

type Choice = "blank" | TemplateId;

const stageNames = (): Record<DefaultStage, string> =>
  Object.fromEntries(DEFAULT_STAGES.map((k) => [k, translate(`stage.${k}`)])) as Record<
    DefaultStage,
    string
  >;
const laneNames = (): Record<LaneKind, string> =>
  Object.fromEntries(LANE_KINDS.map((k) => [k, translate(`lane.${k}`)])) as Record<
    LaneKind,
    string
  >;

/**
 * Adds a journey to a persona: blank (the default stages and lanes) or from a template. A template
 * builds a persona and a journey; only the journey is kept, and it becomes this persona's.
 */
export function createJourneyFor(personaId: Id, choice: Choice, title: string): Id {
  if (choice === "blank") {
    return addBlankJourney({
      personaId,
      title,
      stageNames: stageNames(),
      laneNames: laneNames(),
    });
  }
  const template = TEMPLATES.find((candidate) => candidate.id === choice);
  if (!template) throw new Error(`Unknown template ${choice}`);
  const { journey } = template.build({ newId, now: now(), t: translate });
  return addJourney({ ...journey, personaId, title: title || journey.title });
}

interface Preview {
  template: JourneyTemplate;
  journey: Journey;
  cards: number;
}

export function NewJourneyDialog({
  personaId,
  personaName,
  onClose,
  onCreated,
}: {
  personaId: Id;
  personaName: string;
  onClose: () => void;
  onCreated?: (journeyId: Id) => void;
}) {
  const t = useT();
  const formId = useId();
  const titleErrorId = useId();
  const titleRef = useRef<HTMLInputElement>(null);
  const [choice, setChoice] = useState<Choice>("blank");
  const [title, setTitle] = useState("");
  const [titleTouched, setTitleTouched] = useState(false);
  const [titleError, setTitleError] = useState(false);
  // A typed title or a chosen template is worth asking about before it is thrown away.
  const unsaved = useUnsaved(title.trim() !== "" || choice !== "blank");

  // Built once per opening to show what each template holds; the journey added is built afresh.
  const previews = useMemo<Preview[]>(
    () =>
      TEMPLATES.map((template) => {
        const { journey } = template.build({ newId, now: 0, t: translate });
        return { template, journey, cards: Object.keys(journey.elements).length };
      }),
    [],
  );

  // The native dialog opens after this form mounts; focus the title once it has.
  useEffect(() => titleRef.current?.focus(), []);

  const choose = (next: Choice) => {
    setChoice(next);
    if (titleTouched) return;
    const preview = previews.find((p) => p.template.id === next);
    setTitle(preview ? preview.journey.title : "");
    if (preview) setTitleError(false);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = title.trim();
    if (!trimmed) {
      setTitleError(true);
      titleRef.current?.focus();
      return;
    }
    const id = createJourneyFor(personaId, choice, trimmed);
    onCreated?.(id);
    onClose();
  };

  return (
    <Dialog
      open
      size="lg"
      title={t("newJourney.title", { name: personaName })}
      closeLabel={t("workspace.close")}
      onClose={onClose}
      unsaved={unsaved}
      footer={
        <>
          <DialogCancel>{t("workspace.cancel")}</DialogCancel>
          <Button variant="primary" type="submit" form={formId}>
            {t("newJourney.create")}
          </Button>
        </>
      }
    >
      <form id={formId} className="new-journey" onSubmit={submit} noValidate>
        <Field label={t("journeyList.titleLabel")}>
          {(id) => (
            <>
              <input
                ref={titleRef}
                id={id}
                className="wm-input"
                value={title}
                dir="auto"
                required
                aria-required="true"
                maxLength={LIMITS.shortText}
                aria-invalid={titleError ? true : undefined}
                aria-describedby={titleError ? titleErrorId : undefined}
                autoComplete="off"
                onChange={(event) => {
                  setTitle(event.target.value);
                  setTitleTouched(event.target.value !== "");
                  if (event.target.value.trim()) setTitleError(false);
                }}
              />
              {titleError ? (
                <span id={titleErrorId} className="wm-field__error">
                  {t("journeyList.titleRequired")}
                </span>
              ) : null}
            </>
          )}
        </Field>
        <fieldset className="new-journey__choices">
          <legend>{t("newJourney.start")}</legend>
          <Choice
            group={formId}
            value="blank"
            checked={choice === "blank"}
            onChoose={choose}
            name={t("newJourney.blank")}
            description={t("newJourney.blankDescription")}
            visual={<FilePlus2 aria-hidden="true" size={22} />}
            stats={t("newJourney.blankStats", {
              stages: DEFAULT_STAGES.length,
              lanes: DEFAULT_LANES.length,
            })}
          />
          {previews.map(({ template, journey, cards }) => (
            <Choice
              key={template.id}
              group={formId}
              value={template.id}
              checked={choice === template.id}
              onChoose={choose}
              name={t(template.name)}
              description={t(template.description)}
              visual={<EmotionSparkline satisfaction={summarizeJourney(journey).satisfaction} />}
              stats={t("newJourney.stats", { stages: journey.stages.length, cards })}
            />
          ))}
        </fieldset>
      </form>
    </Dialog>
  );
}

function Choice({
  group,
  value,
  checked,
  onChoose,
  name,
  description,
  stats,
  visual,
}: {
  group: string;
  value: Choice;
  checked: boolean;
  onChoose: (value: Choice) => void;
  name: string;
  description: string;
  stats: string;
  visual: ReactNode;
}) {
  const nameId = useId();
  const descriptionId = useId();
  return (
    <label className="new-journey__choice" data-checked={checked}>
      <input
        type="radio"
        name={`${group}-start`}
        value={value}
        checked={checked}
        aria-labelledby={nameId}
        aria-describedby={descriptionId}
        onChange={() => onChoose(value)}
      />
      <span className="new-journey__visual">{visual}</span>
      <span className="new-journey__text">
        <span id={nameId} className="new-journey__name">
          {name}
        </span>
        <span id={descriptionId} className="new-journey__description">
          {description}
        </span>
        <span className="new-journey__stats">{stats}</span>
      </span>
    </label>
  );
}
