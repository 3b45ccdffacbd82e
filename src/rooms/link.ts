import { ROOM_ROLES, isRoomServerAddress, isRoomWord, type RoomRole } from "../format/room";

/**
 * A room link: the room and the secret ride in the URL's fragment, which browsers never send to a
 * server, so they stay out of every server's logs. A room on a server other than the page's own
 * (started from a static host's copy) carries that server's address too.
 */
export function roomLinkHash(
  room: string,
  role: RoomRole,
  secret: string,
  server?: string,
): string {
  const hash = `#/room/${room}/${role}/${secret}`;
  return server ? `${hash}/${encodeURIComponent(server)}` : hash;
}

export function roomLink(room: string, role: RoomRole, secret: string, server?: string): string {
  const base = `${location.origin}${location.pathname}`;
  return `${base}${roomLinkHash(room, role, secret, server)}`;
}

export interface RoomLinkParts {
  room: string;
  role: RoomRole;
  secret: string;
  server?: string;
}

/**
 * Reads a room link's fragment path (`/room/<room>/<role>/<secret>[/<server>]`); null when it is
 * not one.
 */
export function parseRoomPath(path: string): RoomLinkParts | null {
  const match = /^\/room\/([^/]+)\/([^/]+)\/([^/]+)(?:\/([^/]+))?\/?$/.exec(path);
  if (!match) return null;
  const [, room, role, secret, encodedServer] = match;
  if (!isRoomWord(room) || !isRoomWord(secret) || !ROOM_ROLES.includes(role as RoomRole))
    return null;
  if (encodedServer === undefined) return { room, role: role as RoomRole, secret };
  let server: string;
  try {
    server = decodeURIComponent(encodedServer);
  } catch {
    return null;
  }
  if (!isRoomServerAddress(server)) return null;
  return { room, role: role as RoomRole, secret, server };
}
