import type { MessageKey } from "../i18n";

const KNOWN = ["link-revoked", "no-such-room", "room-full"] as const;

/** What to tell a person the room server refused them for. */
export function refusalMessage(reason: string): MessageKey {
  return (KNOWN as readonly string[]).includes(reason)
    ? (`rooms.refusal.${reason}` as MessageKey)
    : "rooms.refusal.other";
}
