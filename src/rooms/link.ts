import { ROOM_ROLES, isRoomWord, type RoomRole } from "../format/room";

/**
 * A room link: the room and the secret ride in the URL's fragment, which browsers never send to a
 * server, so they stay out of every server's logs.
 */
export function roomLinkHash(room: string, role: RoomRole, secret: string): string {
  return `#/room/${room}/${role}/${secret}`;
}

export function roomLink(room: string, role: RoomRole, secret: string): string {
  const base = `${location.origin}${location.pathname}`;
  return `${base}${roomLinkHash(room, role, secret)}`;
}

export interface RoomLinkParts {
  room: string;
  role: RoomRole;
  secret: string;
}

/** Reads a room link's fragment path (`/room/<room>/<role>/<secret>`); null when it is not one. */
export function parseRoomPath(path: string): RoomLinkParts | null {
  const match = /^\/room\/([^/]+)\/([^/]+)\/([^/]+)\/?$/.exec(path);
  if (!match) return null;
  const [, room, role, secret] = match;
  if (!isRoomWord(room) || !isRoomWord(secret) || !ROOM_ROLES.includes(role as RoomRole))
    return null;
  return { room, role: role as RoomRole, secret };
}
