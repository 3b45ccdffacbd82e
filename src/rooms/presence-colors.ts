import type { MessageKey } from "../i18n";

/**
 * The colours people choose from in a room: dark enough for white text and told apart from each
 * other; a person is also told apart by their name beside every mark, never by colour alone.
 */
export const PRESENCE_COLORS: readonly { hex: string; name: MessageKey }[] = [
  { hex: "#1d4ed8", name: "rooms.color.blue" },
  { hex: "#b91c1c", name: "rooms.color.red" },
  { hex: "#047857", name: "rooms.color.green" },
  { hex: "#7c3aed", name: "rooms.color.violet" },
  { hex: "#c2410c", name: "rooms.color.orange" },
  { hex: "#0f766e", name: "rooms.color.teal" },
  { hex: "#be185d", name: "rooms.color.pink" },
  { hex: "#4d7c0f", name: "rooms.color.olive" },
];

/** A first suggestion, so two people who do not choose still differ, most likely. */
export function randomPresenceColor(): string {
  const index = globalThis.crypto.getRandomValues(new Uint8Array(1))[0]! % PRESENCE_COLORS.length;
  return PRESENCE_COLORS[index]!.hex;
}
