/**
 * The colours people get in a room: dark enough for white text and told apart from each other;
 * a person is also told apart by their name beside every mark, never by colour alone.
 */
export const PRESENCE_COLORS = [
  "#1d4ed8",
  "#b91c1c",
  "#047857",
  "#7c3aed",
  "#c2410c",
  "#0f766e",
  "#be185d",
  "#4d7c0f",
] as const;

export function randomPresenceColor(): string {
  const index = globalThis.crypto.getRandomValues(new Uint8Array(1))[0]! % PRESENCE_COLORS.length;
  return PRESENCE_COLORS[index]!;
}
