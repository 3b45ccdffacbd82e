import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { Field } from "../../ui/Field";
import {
  STANDARD_CHANNELS,
  type ChannelRef,
  type Id,
  type Persona,
  type PersonaChanges,
  type StandardChannel,
} from "../../domain";
import { LIMITS } from "../../format";
import { useT } from "../../i18n";
import { addPersona, editPersona, showNotice } from "../../store";
import { Button } from "../../ui/Button";
import { Dialog, DialogCancel } from "../../ui/Dialog";
import { PersonaAvatar } from "../../ui/PersonaAvatar";
import { AvatarPicker, useAvatarDraft } from "./AvatarPicker";
import { ChannelFields, MotivationFields, customChannelsOf, linesOf } from "./PersonaListFields";
import { undoSavedPersona } from "./persona-undo";
import { useUnsaved } from "./unsaved";
import "./persona-editor.css";
// The texts of the views that load when opened arrive with this module (see views-en.ts).
import "../../i18n/views-en";

interface PersonaEditorProps {
  /** The persona to edit; none to create a new one. */
  persona?: Persona;
  onClose: () => void;
  /** After a successful save, with the persona's id. */
  onSaved?: (personaId: Id) => void;
}

/**
 * Create or edit a persona: a name (required), an avatar, and what drives them. The form works on
 * a draft: nothing reaches the persona until "Save changes", and Cancel, Close or Escape leave it
 * as it was when the editor opened (asking first once something has been changed). A save says
 * so in a notice whose Undo takes it back.
 */
export function PersonaEditor({ persona, onClose, onSaved }: PersonaEditorProps) {
  const t = useT();
  const formId = useId();
  const ids = {
    name: useId(),
    nameError: useId(),
    role: useId(),
    quote: useId(),
    notes: useId(),
  };
  const nameRef = useRef<HTMLInputElement>(null);

  const [name, setName] = useState(persona?.name ?? "");
  const [nameError, setNameError] = useState(false);
  const [role, setRole] = useState(persona?.role ?? "");
  const [quote, setQuote] = useState(persona?.quote ?? "");
  const [goals, setGoals] = useState((persona?.goals ?? []).join("\n"));
  const [needs, setNeeds] = useState((persona?.needs ?? []).join("\n"));
  const [frustrations, setFrustrations] = useState((persona?.frustrations ?? []).join("\n"));
  const [notes, setNotes] = useState(persona?.notes ?? "");
  const [channels, setChannels] = useState<Set<StandardChannel>>(
    () =>
      new Set(
        (persona?.preferredChannels ?? []).flatMap((c) => (c.kind === "standard" ? [c.id] : [])),
      ),
  );
  const [otherChannels, setOtherChannels] = useState(
    (persona?.preferredChannels ?? [])
      .flatMap((c) => (c.kind === "custom" ? [c.name] : []))
      .join(", "),
  );
  const avatarDraft = useAvatarDraft(persona?.avatar, persona?.name ?? "", name);
  const { avatar } = avatarDraft;

  // The form as it is now, to tell whether closing would throw anything away.
  const { fields } = avatarDraft;
  const draft: readonly unknown[] = [
    name,
    role,
    quote,
    goals,
    needs,
    frustrations,
    notes,
    [...channels].sort().join(" "),
    otherChannels,
    fields.kind,
    fields.emoji,
    fields.initials,
    fields.color,
    fields.image,
  ];
  const [opened] = useState(draft);
  const unsaved = useUnsaved(draft.some((value, i) => value !== opened[i]));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) {
      setNameError(true);
      nameRef.current?.focus();
      return;
    }
    if (!avatarDraft.check() || !avatar) return;
    const standardNames = STANDARD_CHANNELS.map((id) => t(`channel.${id}`));
    const changes: PersonaChanges = {
      name: trimmed,
      avatar,
      role: role.trim(),
      quote: quote.trim(),
      goals: linesOf(goals),
      needs: linesOf(needs),
      frustrations: linesOf(frustrations),
      preferredChannels: [
        ...STANDARD_CHANNELS.filter((id) => channels.has(id)).map((id): ChannelRef => ({
          kind: "standard",
          id,
        })),
        ...customChannelsOf(otherChannels, standardNames),
      ].slice(0, LIMITS.listItems),
      notes: notes.trim(),
    };
    let id: Id;
    if (persona) {
      id = persona.id;
      const edit = editPersona(id, changes);
      if (edit) {
        showNotice({
          tone: "success",
          // A later save of this persona takes the notice's place: Undo is of the latest save.
          key: `persona-saved:${id}`,
          message: t("personaEditor.saved", { name: edit.after.name }),
          action: { label: t("workspace.undo"), run: () => undoSavedPersona(edit, t) },
        });
      }
    } else {
      id = addPersona(trimmed, avatar);
      editPersona(id, changes);
    }
    onSaved?.(id);
    onClose();
  };

  // The native dialog opens after this form mounts; focus the first field once it has.
  useEffect(() => nameRef.current?.focus(), []);

  return (
    <Dialog
      open
      size="lg"
      title={
        persona ? t("personaEditor.editTitle", { name: persona.name }) : t("personaEditor.newTitle")
      }
      closeLabel={t("workspace.close")}
      onClose={onClose}
      unsaved={unsaved}
      footer={
        <>
          <DialogCancel>{t("workspace.cancel")}</DialogCancel>
          <Button variant="primary" type="submit" form={formId} disabled={avatarDraft.busy}>
            {persona ? t("personaEditor.saveChanges") : t("personaEditor.create")}
          </Button>
        </>
      }
    >
      <form id={formId} className="persona-editor" onSubmit={submit} noValidate>
        <div className="persona-editor__identity">
          <div className="persona-editor__preview" aria-hidden="true">
            {avatar ? (
              <PersonaAvatar avatar={avatar} name={name} size={88} />
            ) : (
              <span className="persona-editor__preview-empty" />
            )}
          </div>
          <div className="persona-editor__identity-fields">
            <Field label={t("personaEditor.name")}>
              {(id) => (
                <>
                  <input
                    ref={nameRef}
                    id={id}
                    className="wm-input"
                    value={name}
                    dir="auto"
                    required
                    aria-required="true"
                    maxLength={LIMITS.shortText}
                    aria-invalid={nameError ? true : undefined}
                    aria-describedby={nameError ? ids.nameError : undefined}
                    autoComplete="off"
                    onChange={(event) => {
                      setName(event.target.value);
                      if (event.target.value.trim()) setNameError(false);
                    }}
                  />
                  {nameError ? (
                    <span id={ids.nameError} className="wm-field__error">
                      {t("personaEditor.nameRequired")}
                    </span>
                  ) : null}
                </>
              )}
            </Field>
            <Field label={t("personaEditor.role")}>
              {(id) => (
                <input
                  id={id}
                  className="wm-input"
                  value={role}
                  dir="auto"
                  maxLength={LIMITS.shortText}
                  placeholder={t("personaEditor.rolePlaceholder")}
                  autoComplete="off"
                  onChange={(event) => setRole(event.target.value)}
                />
              )}
            </Field>
          </div>
        </div>

        <AvatarPicker draft={avatarDraft} name={name} />

        <Field label={t("personaEditor.quote")}>
          {(id) => (
            <textarea
              id={id}
              className="wm-textarea persona-editor__quote"
              value={quote}
              dir="auto"
              rows={2}
              maxLength={LIMITS.longText}
              placeholder={t("personaEditor.quotePlaceholder")}
              onChange={(event) => setQuote(event.target.value)}
            />
          )}
        </Field>

        <MotivationFields
          goals={{ value: goals, onChange: setGoals }}
          needs={{ value: needs, onChange: setNeeds }}
          frustrations={{ value: frustrations, onChange: setFrustrations }}
        />

        <ChannelFields
          channels={channels}
          onChannelsChange={setChannels}
          other={{ value: otherChannels, onChange: setOtherChannels }}
        />

        <Field label={t("personaEditor.notes")}>
          {(id) => (
            <textarea
              id={id}
              className="wm-textarea"
              value={notes}
              dir="auto"
              rows={3}
              maxLength={LIMITS.longText}
              onChange={(event) => setNotes(event.target.value)}
            />
          )}
        </Field>
      </form>
    </Dialog>
  );
}
