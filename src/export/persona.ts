import type { Persona } from "../domain";
import { bytesToDataUrl } from "../format";
import { isSafeImageDataUrl } from "./xml";

/** A persona as the poster shows it; the picture already turned into a data URL. */
export interface PosterPersona {
  name: string;
  role: string;
  quote: string;
  goals: string[];
  avatar:
    | { kind: "emoji"; emoji: string }
    | { kind: "initials"; initials: string; color: string }
    | { kind: "image"; dataUrl: string };
}

const PICTURE_TYPES = new Set(["image/png", "image/jpeg", "image/webp"]);

/** The persona as exports show it: the picture as a data URL, only when it is a raster image. */
export async function posterPersona(persona: Persona | undefined): Promise<PosterPersona | null> {
  if (!persona) return null;
  const base = {
    name: persona.name,
    role: persona.role,
    quote: persona.quote,
    goals: persona.goals,
  };
  const avatar = persona.avatar;
  if (avatar.kind !== "image") return { ...base, avatar };
  if (PICTURE_TYPES.has(avatar.image.type)) {
    const dataUrl = bytesToDataUrl(avatar.image.bytes, avatar.image.type);
    if (isSafeImageDataUrl(dataUrl)) return { ...base, avatar: { kind: "image", dataUrl } };
  }
  // A picture we cannot embed safely: initials from the name instead.
  return { ...base, avatar: { kind: "initials", initials: "", color: "#1f2a44" } };
}
