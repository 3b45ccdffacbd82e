import { ImageUp, LoaderCircle } from "lucide-react";
import { Field } from "../../ui/Field";
import { useId, useState } from "react";
import { AVATAR_COLORS, initialsOf, type Avatar, type AvatarPicture } from "../../domain";
import { getLocale, useT, type MessageKey, type Translate } from "../../i18n";
import { AVATAR_MAX_BYTES, prepareAvatarImage, type AvatarImageError } from "./avatar-image";

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

type PictureState =
  | { state: "idle" }
  | { state: "working" }
  | { state: "ready" }
  | { state: "error"; message: string };

/** The avatar being chosen in the persona editor, before it is saved. */
export interface AvatarDraft {
  /** The avatar as chosen so far; null while the chosen kind has nothing to show yet. */
  avatar: Avatar | null;
  /** A picture is being decoded and resized. */
  busy: boolean;
  /** Whether there is an avatar to save; if not, says why next to the avatar fields. */
  check: () => boolean;
  /** For the picker. */
  fields: AvatarFields;
}

interface AvatarFields {
  kind: AvatarKind;
  setKind: (kind: AvatarKind) => void;
  emoji: string;
  setEmoji: (emoji: string) => void;
  emojiError: boolean;
  setEmojiError: (error: boolean) => void;
  initials: string;
  setInitials: (initials: string) => void;
  color: string;
  setColor: (color: string) => void;
  image: AvatarPicture | null;
  picture: PictureState;
  onFile: (file: File) => Promise<void>;
}

/**
 * The avatar's state for the editor: opens on the persona's avatar (or an emoji for a new one);
 * initials typed by hand are kept, those taken from the name follow the name.
 */
export function useAvatarDraft(initial: Avatar | undefined, initialName: string, name: string) {
  const t = useT();
  const [kind, setKind] = useState<AvatarKind>(initial?.kind ?? "emoji");
  const [emoji, setEmoji] = useState(
    initial?.kind === "emoji" ? initial.emoji : EMOJI_SUGGESTIONS[0]!,
  );
  const [emojiError, setEmojiError] = useState(false);
  const [initials, setInitials] = useState(
    initial?.kind === "initials" && initial.initials !== initialsOf(initialName)
      ? initial.initials
      : "",
  );
  const [color, setColor] = useState(
    initial?.kind === "initials" ? initial.color : AVATAR_COLORS[0]!,
  );
  const [image, setImage] = useState<AvatarPicture | null>(
    initial?.kind === "image" ? initial.image : null,
  );
  const [picture, setPicture] = useState<PictureState>({ state: "idle" });

  const avatar: Avatar | null =
    kind === "emoji"
      ? firstGrapheme(emoji)
        ? { kind: "emoji", emoji: firstGrapheme(emoji) }
        : null
      : kind === "initials"
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

  const check = () => {
    if (avatar) return true;
    if (kind === "emoji") setEmojiError(true);
    else setPicture({ state: "error", message: t("personaEditor.pictureNeeded") });
    return false;
  };

  const draft: AvatarDraft = {
    avatar,
    busy: picture.state === "working",
    check,
    fields: {
      kind,
      setKind,
      emoji,
      setEmoji,
      emojiError,
      setEmojiError,
      initials,
      setInitials,
      color,
      setColor,
      image,
      picture,
      onFile,
    },
  };
  return draft;
}

/** Emoji, initials on a colour, or an uploaded picture. */
export function AvatarPicker({ draft, name }: { draft: AvatarDraft; name: string }) {
  const t = useT();
  const group = useId();
  const ids = {
    emoji: useId(),
    initials: useId(),
    initialsHint: useId(),
    file: useId(),
    fileHint: useId(),
  };
  const { kind, emoji, emojiError, initials, color, image, picture } = draft.fields;
  const { setKind, setEmoji, setEmojiError, setInitials, setColor, onFile } = draft.fields;
  const pictureBusy = draft.busy;

  return (
    <fieldset className="persona-editor__group">
      <legend>{t("personaEditor.avatar")}</legend>
      <div className="ws-segmented">
        {AVATAR_KINDS.map((k) => (
          <label key={k} className="ws-segmented__option">
            <input
              type="radio"
              name={`${group}-avatar`}
              value={k}
              checked={kind === k}
              onChange={() => setKind(k)}
            />
            <span>{t(`personaEditor.avatar.${k}`)}</span>
          </label>
        ))}
      </div>

      {kind === "emoji" ? (
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
          <Field label={t("personaEditor.emojiInput")} className="persona-editor__narrow">
            {(id) => (
              <>
                <input
                  id={id}
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
              </>
            )}
          </Field>
        </div>
      ) : null}

      {kind === "initials" ? (
        <div className="persona-editor__avatar-panel">
          <Field label={t("personaEditor.initialsInput")} className="persona-editor__narrow">
            {(id) => (
              <>
                <input
                  id={id}
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
              </>
            )}
          </Field>
          <div
            className="persona-editor__colors"
            role="radiogroup"
            aria-label={t("personaEditor.color")}
          >
            {AVATAR_COLORS.map((c, i) => (
              <label key={c} className="persona-editor__color" style={{ background: c }}>
                <input
                  type="radio"
                  name={`${group}-color`}
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

      {kind === "image" ? (
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
  );
}
