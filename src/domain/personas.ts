import type { IdFactory } from "./ids";
import type { Avatar, Id, Persona, Timestamp } from "./types";

/** Initials from a name in any script: the first letter of up to two words. */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/u).filter(Boolean);
  const letters = words.slice(0, 2).map((w) => Array.from(w)[0] ?? "");
  return letters.join("").toLocaleUpperCase();
}

/** Colours for initials avatars: dark enough that white initials pass WCAG AA. */
export const AVATAR_COLORS = [
  "#1d4ed8",
  "#7e22ce",
  "#be123c",
  "#0f766e",
  "#b45309",
  "#334155",
  "#15803d",
  "#a21caf",
];

export function createPersona(id: Id, name: string, now: Timestamp, avatar?: Avatar): Persona {
  return {
    id,
    name,
    avatar: avatar ?? { kind: "initials", initials: initialsOf(name), color: AVATAR_COLORS[0]! },
    role: "",
    quote: "",
    goals: [],
    needs: [],
    frustrations: [],
    preferredChannels: [],
    notes: "",
    createdAt: now,
    updatedAt: now,
  };
}

export type PersonaChanges = Partial<Omit<Persona, "id" | "createdAt" | "updatedAt">>;

/** The fields of a persona a person edits: every one but its id and its times. */
export const PERSONA_FIELDS = [
  "name",
  "avatar",
  "role",
  "quote",
  "goals",
  "needs",
  "frustrations",
  "preferredChannels",
  "notes",
] as const satisfies readonly (keyof PersonaChanges)[];

export function updatePersona(persona: Persona, changes: PersonaChanges, now: Timestamp): void {
  for (const [key, value] of Object.entries(changes) as [keyof PersonaChanges, unknown][]) {
    if (value === undefined) continue;
    (persona as unknown as Record<string, unknown>)[key] = value;
  }
  persona.updatedAt = now;
}

export function duplicatePersona(
  persona: Persona,
  newId: IdFactory,
  name: string,
  now: Timestamp,
): Persona {
  // Pictures are never changed in place (a new one is a new object), so the copy can share it.
  const avatar: Avatar = { ...persona.avatar };
  return {
    ...persona,
    id: newId(),
    name,
    avatar,
    goals: [...persona.goals],
    needs: [...persona.needs],
    frustrations: [...persona.frustrations],
    preferredChannels: persona.preferredChannels.map((c) => ({ ...c })),
    createdAt: now,
    updatedAt: now,
  };
}
