import { ImageUp, LoaderCircle } from "lucide-react";
import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import {
  AVATAR_COLORS,
  STANDARD_CHANNELS,
  initialsOf,
  type Avatar,
  type ChannelRef,
  type Id,
  type Persona,
  type PersonaChanges,
  type StandardChannel,
} from "../../domain";
import { LIMITS } from "../../format";
import { getLocale, useT, type MessageKey, type Translate } from "../../i18n";
import { addPersona, editPersona } from "../../store";
import { Button } from "../../ui/Button";
import { Dialog } from "../../ui/Dialog";
import { PersonaAvatar } from "../../ui/PersonaAvatar";
import { AVATAR_MAX_BYTES, prepareAvatarImage, type AvatarImageError } from "./avatar-image";
import "./persona-editor.css";

type AvatarKind = Avatar["kind"];
const AVATAR_KINDS: AvatarKind[] = ["emoji", "initials", "image"];

export const EMOJI_SUGGESTIONS = [
  "🧑‍💼",
  "👩‍💻",
  "👨‍🔧",
  "👩‍🍳",
  "🧑‍🎓",
  "👩‍⚕️",
  "👨‍👧",
  "👵",
  "🧔",
  "👩🏾‍🦱",
  "🧑‍🦽",
  "🧑‍🌾",
  "🛍️",
  "✈️",
  "🏦",
  "🚀",
];

const COLOR_NAMES: MessageKey[] = [
  "avatarColor.blue",
  "avatarColor.purple",
  "avatarColor.rose",
  "avatarColor.teal",
  "avatarColor.amber",
  "avatarColor.slate",
  "avatarColor.green",
  "avatarColor.magenta",
];

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

/** The first character as a person sees it (an emoji with skin tone or family joiners is one). */
export function firstGrapheme(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) return "";
  const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });
  for (const { segment } of segmenter.segment(trimmed)) return segment;
  return "";
}

function megabytes(bytes: number): string {
  return new Intl.NumberFormat(getLocale(), {
    style: "unit",
    unit: "megabyte",
    maximumFractionDigits: 1,
  }).format(bytes / (1024 * 1024));
}

export function describeAvatarError(t: Translate, error: AvatarImageError, file: string): string {
  switch (error.kind) {
    case "tooLarge":
      return t("personaEditor.pictureError.tooLarge", {
        file,
        size: megabytes(error.bytes),
        limit: megabytes(AVATAR_MAX_BYTES),
      });
    case "empty":
      return t("personaEditor.pictureError.empty", { file });
    case "notImage":
      return t("personaEditor.pictureError.notImage", { file });
    case "broken":
      return t("personaEditor.pictureError.broken", { file });
    case "encodeFailed":
      return t("personaEditor.pictureError.encodeFailed", { file });
  }
}

interface PersonaEditorProps {
  /** The persona to edit; none to create a new one. */
  persona?: Persona;
  onClose: () => void;
  /** After a successful save, with the persona's id. */
  onSaved?: (personaId: Id) => void;
}

/** Create or edit a persona: a name (required), an avatar, and what drives them. */
export function PersonaEditor({ persona, onClose, onSaved }: PersonaEditorProps) {
  const t = useT();
  const formId = useId();
  const ids = {
    name: useId(),
    nameError: useId(),
    role: useId(),
    quote: useId(),
    goals: useId(),
    needs: useId(),
    frustrations: useId(),
    listHint: useId(),
    other: useId(),
    otherHint: useId(),
    notes: useId(),
    emoji: useId(),
    initials: useId(),
    initialsHint: useId(),
    file: useId(),
    fileHint: useId(),
  };
  const nameRef = useRef<HTMLInputElement>(null);
  const initialAvatar = persona?.avatar;

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

  const [avatarKind, setAvatarKind] = useState<AvatarKind>(initialAvatar?.kind ?? "emoji");
  const [emoji, setEmoji] = useState(
    initialAvatar?.kind === "emoji" ? initialAvatar.emoji : EMOJI_SUGGESTIONS[0]!,
  );
  const [emojiError, setEmojiError] = useState(false);
  const [initials, setInitials] = useState(
    initialAvatar?.kind === "initials" && initialAvatar.initials !== initialsOf(persona?.name ?? "")
      ? initialAvatar.initials
      : "",
  );
  const [color, setColor] = useState(
    initialAvatar?.kind === "initials" ? initialAvatar.color : AVATAR_COLORS[0]!,
  );
  const [image, setImage] = useState<Blob | null>(
    initialAvatar?.kind === "image" ? initialAvatar.image : null,
  );
  const [picture, setPicture] = useState<
    | { state: "idle" }
    | { state: "working" }
    | { state: "ready" }
    | { state: "error"; message: string }
  >({ state: "idle" });

  const avatar: Avatar | null =
    avatarKind === "emoji"
      ? firstGrapheme(emoji)
        ? { kind: "emoji", emoji: firstGrapheme(emoji) }
        : null
      : avatarKind === "initials"
        ? { kind: "initials", initials: initials.trim() || initialsOf(name) || "?", color }
        : image
          ? { kind: "image", image }
          : null;

  const onFile = async (file: File) => {
    setPicture({ state: "working" });
    const result = await prepareAvatarImage(file);
    if (result.ok) {
      setImage(result.image);
      setPicture({ state: "ready" });
    } else {
      setPicture({ state: "error", message: describeAvatarError(t, result.error, file.name) });
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) {
      setNameError(true);
      nameRef.current?.focus();
      return;
    }
    if (!avatar) {
      if (avatarKind === "emoji") setEmojiError(true);
      else setPicture({ state: "error", message: t("personaEditor.pictureNeeded") });
      return;
    }
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
      editPersona(id, changes);
    } else {
      id = addPersona(trimmed, avatar);
      editPersona(id, changes);
    }
    onSaved?.(id);
    onClose();
  };

  // The native dialog opens after this form mounts; focus the first field once it has.
  useEffect(() => nameRef.current?.focus(), []);

  const pictureBusy = picture.state === "working";

  return (
    <Dialog
      open
      size="lg"
      title={
        persona ? t("personaEditor.editTitle", { name: persona.name }) : t("personaEditor.newTitle")
      }
      closeLabel={t("workspace.close")}
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>{t("workspace.cancel")}</Button>
          <Button variant="primary" type="submit" form={formId} disabled={pictureBusy}>
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
            <div className="wm-field">
              <label htmlFor={ids.name}>{t("personaEditor.name")}</label>
              <input
                ref={nameRef}
                id={ids.name}
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
            </div>
            <div className="wm-field">
              <label htmlFor={ids.role}>{t("personaEditor.role")}</label>
              <input
                id={ids.role}
                className="wm-input"
                value={role}
                dir="auto"
                maxLength={LIMITS.shortText}
                placeholder={t("personaEditor.rolePlaceholder")}
                autoComplete="off"
                onChange={(event) => setRole(event.target.value)}
              />
            </div>
          </div>
        </div>

        <fieldset className="persona-editor__group">
          <legend>{t("personaEditor.avatar")}</legend>
          <div className="ws-segmented">
            {AVATAR_KINDS.map((kind) => (
              <label key={kind} className="ws-segmented__option">
                <input
                  type="radio"
                  name={`${formId}-avatar`}
                  value={kind}
                  checked={avatarKind === kind}
                  onChange={() => setAvatarKind(kind)}
                />
                <span>{t(`personaEditor.avatar.${kind}`)}</span>
              </label>
            ))}
          </div>

          {avatarKind === "emoji" ? (
            <div className="persona-editor__avatar-panel">
              <div
                className="persona-editor__emojis"
                role="group"
                aria-label={t("personaEditor.emojiSuggestions")}
              >
                {EMOJI_SUGGESTIONS.map((e) => (
                  <button
                    key={e}
                    type="button"
                    className="persona-editor__emoji"
                    aria-pressed={firstGrapheme(emoji) === e}
                    onClick={() => {
                      setEmoji(e);
                      setEmojiError(false);
                    }}
                  >
                    {e}
                  </button>
                ))}
              </div>
              <div className="wm-field persona-editor__narrow">
                <label htmlFor={ids.emoji}>{t("personaEditor.emojiInput")}</label>
                <input
                  id={ids.emoji}
                  className="wm-input"
                  value={emoji}
                  maxLength={32}
                  aria-invalid={emojiError ? true : undefined}
                  autoComplete="off"
                  onChange={(event) => {
                    setEmoji(event.target.value);
                    if (firstGrapheme(event.target.value)) setEmojiError(false);
                  }}
                />
                {emojiError ? (
                  <span className="wm-field__error" role="alert">
                    {t("personaEditor.emojiRequired")}
                  </span>
                ) : null}
              </div>
            </div>
          ) : null}

          {avatarKind === "initials" ? (
            <div className="persona-editor__avatar-panel">
              <div className="wm-field persona-editor__narrow">
                <label htmlFor={ids.initials}>{t("personaEditor.initialsInput")}</label>
                <input
                  id={ids.initials}
                  className="wm-input"
                  value={initials}
                  dir="auto"
                  maxLength={4}
                  placeholder={initialsOf(name)}
                  aria-describedby={ids.initialsHint}
                  autoComplete="off"
                  onChange={(event) => setInitials(event.target.value)}
                />
                <span id={ids.initialsHint} className="wm-field__hint">
                  {t("personaEditor.initialsHint")}
                </span>
              </div>
              <div
                className="persona-editor__colors"
                role="radiogroup"
                aria-label={t("personaEditor.color")}
              >
                {AVATAR_COLORS.map((c, i) => (
                  <label key={c} className="persona-editor__color" style={{ background: c }}>
                    <input
                      type="radio"
                      name={`${formId}-color`}
                      value={c}
                      checked={color === c}
                      aria-label={t(COLOR_NAMES[i] ?? "avatarColor.slate")}
                      onChange={() => setColor(c)}
                    />
                  </label>
                ))}
              </div>
            </div>
          ) : null}

          {avatarKind === "image" ? (
            <div className="persona-editor__avatar-panel persona-editor__avatar-panel--picture">
              <input
                id={ids.file}
                type="file"
                className="visually-hidden persona-editor__file"
                accept="image/png,image/jpeg,image/webp,image/gif,image/avif,image/bmp"
                aria-describedby={ids.fileHint}
                disabled={pictureBusy}
                onChange={(event) => {
                  const file = event.target.files?.[0];
                  event.target.value = "";
                  if (file) void onFile(file);
                }}
              />
              <label htmlFor={ids.file} className="wm-button wm-button--secondary wm-button--md">
                <span className="wm-button__icon" aria-hidden="true">
                  {pictureBusy ? <LoaderCircle className="ws-spin" /> : <ImageUp />}
                </span>
                {image ? t("personaEditor.uploadAnother") : t("personaEditor.upload")}
              </label>
              <p id={ids.fileHint} className="wm-field__hint">
                {t("personaEditor.pictureHint")}
              </p>
              <div aria-live="polite" className="persona-editor__picture-status">
                {picture.state === "working" ? t("personaEditor.pictureWorking") : null}
                {picture.state === "ready" ? t("personaEditor.pictureReady") : null}
              </div>
              {picture.state === "error" ? (
                <p className="persona-editor__picture-error" role="alert" dir="auto">
                  {picture.message}
                </p>
              ) : null}
            </div>
          ) : null}
        </fieldset>

        <div className="wm-field">
          <label htmlFor={ids.quote}>{t("personaEditor.quote")}</label>
          <textarea
            id={ids.quote}
            className="wm-textarea persona-editor__quote"
            value={quote}
            dir="auto"
            rows={2}
            maxLength={LIMITS.longText}
            placeholder={t("personaEditor.quotePlaceholder")}
            onChange={(event) => setQuote(event.target.value)}
          />
        </div>

        <fieldset className="persona-editor__group">
          <legend>{t("personaEditor.motivations")}</legend>
          <p id={ids.listHint} className="wm-field__hint persona-editor__legend-hint">
            {t("personaEditor.onePerLine")}
          </p>
          <div className="persona-editor__lists">
            {(
              [
                [ids.goals, "personaEditor.goals", goals, setGoals],
                [ids.needs, "personaEditor.needs", needs, setNeeds],
                [ids.frustrations, "personaEditor.frustrations", frustrations, setFrustrations],
              ] as const
            ).map(([id, label, value, set]) => (
              <div key={id} className="wm-field">
                <label htmlFor={id}>{t(label)}</label>
                <textarea
                  id={id}
                  className="wm-textarea"
                  value={value}
                  dir="auto"
                  rows={4}
                  aria-describedby={ids.listHint}
                  onChange={(event) => set(event.target.value)}
                />
              </div>
            ))}
          </div>
        </fieldset>

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
                    setChannels(next);
                  }}
                />
                <span>{t(`channel.${id}`)}</span>
              </label>
            ))}
          </div>
          <div className="wm-field">
            <label htmlFor={ids.other}>{t("personaEditor.otherChannels")}</label>
            <input
              id={ids.other}
              className="wm-input"
              value={otherChannels}
              dir="auto"
              aria-describedby={ids.otherHint}
              autoComplete="off"
              onChange={(event) => setOtherChannels(event.target.value)}
            />
            <span id={ids.otherHint} className="wm-field__hint">
              {t("personaEditor.otherChannelsHint")}
            </span>
          </div>
        </fieldset>

        <div className="wm-field">
          <label htmlFor={ids.notes}>{t("personaEditor.notes")}</label>
          <textarea
            id={ids.notes}
            className="wm-textarea"
            value={notes}
            dir="auto"
            rows={3}
            maxLength={LIMITS.longText}
            onChange={(event) => setNotes(event.target.value)}
          />
        </div>
      </form>
    </Dialog>
  );
}
