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

let available: Promise<boolean> | null = null;

/** Whether a room server answers (asked once per page). */
export function roomsAvailable(): Promise<boolean> {
  if (CONFIGURED) return Promise.resolve(true);
  available ??= fetch("rooms/health", { cache: "no-store" })
    .then(
      async (response) =>
        response.ok && ((await response.json()) as { rooms?: unknown }).rooms === true,
    )
    .catch(() => false);
  return available;
}
