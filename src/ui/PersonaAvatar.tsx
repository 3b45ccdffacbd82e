import type { AvatarPicture } from "../domain";
import "./persona-avatar.css";

/**
 * One object URL per picture, kept for the life of the page: pictures are few and small (256 px),
 * and revoking on unmount breaks React's double-mounting in development.
 */
const objectUrls = new WeakMap<AvatarPicture, string>();
function urlOf(image: AvatarPicture): string {
  let url = objectUrls.get(image);
  if (!url) {
    url = URL.createObjectURL(
      new Blob([image.bytes as Uint8Array<ArrayBuffer>], { type: image.type }),
    );
    objectUrls.set(image, url);
  }
  return url;
}

type AvatarData =
  | { kind: "emoji"; emoji: string }
  | { kind: "initials"; initials: string; color: string }
  | { kind: "image"; image: AvatarPicture };

/** A persona's face: emoji, initials on a colour, or their picture. Decorative: the name is beside it. */
export function PersonaAvatar({
  avatar,
  name,
  size = 40,
}: {
  avatar: AvatarData;
  name: string;
  size?: number;
}) {
  const style = { width: size, height: size, fontSize: size * 0.45 };
  if (avatar.kind === "image") {
    return (
      <img
        className="persona-avatar"
        src={urlOf(avatar.image)}
        alt=""
        style={style}
        data-avatar-kind="image"
        data-name={name}
      />
    );
  }
  if (avatar.kind === "emoji") {
    return (
      <span
        className="persona-avatar persona-avatar--emoji"
        style={style}
        aria-hidden="true"
        data-avatar-kind="emoji"
      >
        {avatar.emoji}
      </span>
    );
  }
  return (
    <span
      className="persona-avatar persona-avatar--initials"
      style={{ ...style, background: avatar.color }}
      aria-hidden="true"
      data-avatar-kind="initials"
    >
      {avatar.initials}
    </span>
  );
}
