import { hasRtlScript } from "./bidi";
import type { Palette } from "./palette";
import type { PosterPersona } from "./persona";
import { TEXT } from "./text-style";
import { isSafeImageDataUrl, num, safeColor, xmlText } from "./xml";

/**
 * A persona's face: picture (clipped to a circle), emoji, or initials on their colour. Drawn in
 * the poster's header and, alone, as the deck's title-slide picture.
 */
export function renderAvatar(
  persona: PosterPersona,
  cx: number,
  cy: number,
  r: number,
  palette: Palette,
): string {
  const avatar = persona.avatar;
  const ring = `<circle cx="${num(cx)}" cy="${num(cy)}" r="${num(r)}" fill="none" stroke="${palette.grid}" stroke-width="2"/>`;
  // Checked again here, not only where the picture was read: this is where it enters the SVG.
  if (avatar.kind === "image" && isSafeImageDataUrl(avatar.dataUrl)) {
    return (
      `<clipPath id="wm-avatar-clip"><circle cx="${num(cx)}" cy="${num(cy)}" r="${num(r)}"/></clipPath>` +
      `<image href="${avatar.dataUrl}" x="${num(cx - r)}" y="${num(cy - r)}" width="${num(r * 2)}" height="${num(r * 2)}" preserveAspectRatio="xMidYMid slice" clip-path="url(#wm-avatar-clip)"/>` +
      ring
    );
  }
  if (avatar.kind === "emoji") {
    return (
      `<circle cx="${num(cx)}" cy="${num(cy)}" r="${num(r)}" fill="${palette.chipFill}"/>` +
      `<text class="${TEXT.avatarEmoji.className}" x="${num(cx)}" y="${num(cy + r * 0.34)}" text-anchor="middle" style="font-size:${num(r)}px">${xmlText(avatar.emoji)}</text>`
    );
  }
  const initials =
    avatar.kind === "initials" && avatar.initials.trim()
      ? avatar.initials
      : initialsFromName(persona.name || "?");
  const color = avatar.kind === "initials" ? safeColor(avatar.color, "#1f2a44") : "#1f2a44";
  const rtl = hasRtlScript(initials);
  return (
    `<circle cx="${num(cx)}" cy="${num(cy)}" r="${num(r)}" fill="${color}"/>` +
    `<text class="${TEXT.avatarInitials.className}" x="${num(cx)}" y="${num(cy + r * 0.24)}" fill="#ffffff" text-anchor="middle" style="font-size:${num(r * 0.68)}px"${rtl ? ` direction="rtl"` : ""}>${xmlText(initials)}</text>`
  );
}

function initialsFromName(name: string): string {
  return name
    .trim()
    .split(/\s+/)
    .slice(0, 2)
    .map((part) => [...part][0] ?? "")
    .join("")
    .toLocaleUpperCase();
}
