import { useId } from "react";
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

/**
 * The same face drawn in SVG, centred on (x, y), for charts: a picture clipped to a circle, an
 * emoji on a soft disc, or initials on their colour. Decorative, like the HTML one.
 */
export function PersonaAvatarMark({
  avatar,
  x,
  y,
  size,
}: {
  avatar: AvatarData;
  x: number;
  y: number;
  size: number;
}) {
  const r = size / 2;
  const clipId = useId();
  if (avatar.kind === "image") {
    return (
      <g aria-hidden="true" data-avatar-kind="image">
        <clipPath id={clipId}>
          <circle cx={x} cy={y} r={r} />
        </clipPath>
        <image
          href={urlOf(avatar.image)}
          x={x - r}
          y={y - r}
          width={size}
          height={size}
          preserveAspectRatio="xMidYMid slice"
          clipPath={`url(#${clipId})`}
        />
        <circle cx={x} cy={y} r={r} fill="none" stroke="var(--surface)" strokeWidth={1.5} />
      </g>
    );
  }
  const emoji = avatar.kind === "emoji";
  return (
    <g aria-hidden="true" data-avatar-kind={avatar.kind}>
      <circle
        cx={x}
        cy={y}
        r={r}
        fill={emoji ? "var(--accent-soft)" : avatar.color}
        stroke="var(--surface)"
        strokeWidth={1.5}
      />
      <text
        x={x}
        y={y}
        textAnchor="middle"
        dominantBaseline="central"
        fontSize={size * (emoji ? 0.55 : 0.42)}
        fontWeight={700}
        fill={emoji ? undefined : "#fff"}
      >
        {emoji ? avatar.emoji : avatar.initials}
      </text>
    </g>
  );
}
