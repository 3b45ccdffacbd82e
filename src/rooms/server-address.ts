/**
 * Where the room server is. `npm start` serves rooms on the app's own origin, under /rooms; a
 * build for a static host may name another server (VITE_WAYMARK_ROOMS, which the build's
 * Content-Security-Policy then allows), or none, and then rooms are off.
 */
const CONFIGURED: string | undefined = import.meta.env.VITE_WAYMARK_ROOMS;

export function roomServerUrl(membershipServer?: string): string {
  if (membershipServer) return membershipServer;
  if (CONFIGURED) return CONFIGURED;
  const scheme = location.protocol === "https:" ? "wss:" : "ws:";
  return `${scheme}//${location.host}/rooms`;
}

/** The mark the room server puts in the page it serves (a static host serves the page as built). */
export const ROOMS_META = "waymark-rooms";

/** Whether a room server is there: the page came from one, or the build names one. */
export function roomsAvailable(): boolean {
  return Boolean(CONFIGURED) || document.querySelector(`meta[name="${ROOMS_META}"]`) !== null;
}
