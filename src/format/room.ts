/**
 * What a room is on the wire, shared by the app and the room server: its id, the secrets its
 * links carry, the tokens derived from them, and the limits the server holds every client to.
 *
 * A room link carries the room id and a secret in the URL fragment, which browsers never send to a
 * server. The app sends a token derived from the secret (SHA-256); the server keeps only the hash
 * of each token, so neither its logs nor its database hold anything that opens a room.
 */

/** What a link lets a person do: everything, add and edit cards and vote, or only look. */
export type RoomRole = "edit" | "contribute" | "view";
export const ROOM_ROLES: readonly RoomRole[] = ["edit", "contribute", "view"];

/** A room's id and secrets: 128 random bits in base64url (22 characters). */
const ROOM_WORD = /^[A-Za-z0-9_-]{22}$/;

export function isRoomWord(value: unknown): value is string {
  return typeof value === "string" && ROOM_WORD.test(value);
}

function base64url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** A new room id or secret. */
export function newRoomWord(): string {
  return base64url(globalThis.crypto.getRandomValues(new Uint8Array(16)));
}

async function sha256(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return base64url(new Uint8Array(digest));
}

/** The token a client sends for a secret. */
export function roomToken(secret: string): Promise<string> {
  return sha256(`waymark-room-key:${secret}`);
}

/** What the server keeps of a token: its hash. */
export function tokenHash(token: string): Promise<string> {
  return sha256(`waymark-room-token:${token}`);
}

/** The hashes of a room's link tokens, and of its owner's token (who may change the links). */
export type RoomKeys = Record<RoomRole | "owner", string>;

/**
 * What a client sends to authenticate: the token of its link; the owner's token when it owns the
 * room; and, when it starts the room, the hashes that will open it from then on.
 */
export interface RoomCredentials {
  token: string;
  owner?: string;
  create?: RoomKeys;
}

function isKeys(value: unknown): value is RoomKeys {
  if (!value || typeof value !== "object") return false;
  const keys = value as Record<string, unknown>;
  return (["edit", "contribute", "view", "owner"] as const).every(
    (role) => typeof keys[role] === "string" && (keys[role] as string).length === 43,
  );
}

/** Reads what a client sent as its token; null when it is not credentials. */
export function parseRoomCredentials(text: string): RoomCredentials | null {
  if (text.length > 1000) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!value || typeof value !== "object") return null;
  const { token, owner, create } = value as Record<string, unknown>;
  if (typeof token !== "string" || token.length !== 43) return null;
  if (owner !== undefined && (typeof owner !== "string" || owner.length !== 43)) return null;
  if (create !== undefined && !isKeys(create)) return null;
  return {
    token,
    ...(owner === undefined ? {} : { owner }),
    ...(create === undefined ? {} : { create }),
  };
}

/** The owner's request to give one kind of link a new secret (the old link stops working). */
export interface RoomRekey {
  type: "rekey";
  role: RoomRole;
  hash: string;
}

export function parseRoomRekey(text: string): RoomRekey | null {
  if (text.length > 300) return null;
  try {
    const value = JSON.parse(text) as Record<string, unknown>;
    if (
      value.type === "rekey" &&
      ROOM_ROLES.includes(value.role as RoomRole) &&
      typeof value.hash === "string" &&
      value.hash.length === 43
    )
      return { type: "rekey", role: value.role as RoomRole, hash: value.hash };
  } catch {
    // not a rekey
  }
  return null;
}

/**
 * The facilitator's lead, which the room server relays from the room's owner only: whose lead it
 * is, the stage they are on, whether views follow it, and a count that moves every view there once
 * each time it goes up ("bring everyone here").
 */
export interface RoomLead {
  type: "lead";
  name: string;
  stage: string | null;
  following: boolean;
  summon: number;
  /** The facilitator's workshop timer, as it stood when sent: the room runs on one clock. */
  timer: RoomTimer;
  /** What participants may not change for now: nothing locked, stages and lanes, or all but votes. */
  lock: RoomLock;
}

export const ROOM_LOCKS = ["none", "structure", "map"] as const;
export type RoomLock = (typeof ROOM_LOCKS)[number];

/** Times in milliseconds; what is left counts from the moment the message arrives. */
export interface RoomTimer {
  durationMs: number;
  remainingMs: number;
  running: boolean;
}

/** The longest timer a facilitator can set (three hours). */
const TIMER_MAX_MS = 180 * 60_000;

function readRoomTimer(value: unknown): RoomTimer | null {
  if (!value || typeof value !== "object") return null;
  const { durationMs, remainingMs, running } = value as Record<string, unknown>;
  if (
    !Number.isSafeInteger(durationMs) ||
    (durationMs as number) < 60_000 ||
    (durationMs as number) > TIMER_MAX_MS ||
    typeof remainingMs !== "number" ||
    !Number.isFinite(remainingMs) ||
    remainingMs < 0 ||
    remainingMs > (durationMs as number) ||
    typeof running !== "boolean"
  )
    return null;
  return { durationMs: durationMs as number, remainingMs, running };
}

export function parseRoomLead(text: string): RoomLead | null {
  if (text.length > 400) return null;
  try {
    const value = JSON.parse(text) as Record<string, unknown>;
    if (
      value.type === "lead" &&
      typeof value.name === "string" &&
      value.name.trim().length > 0 &&
      value.name.length <= 40 &&
      (value.stage === null ||
        (typeof value.stage === "string" && /^[A-Za-z0-9_-]{1,64}$/.test(value.stage))) &&
      typeof value.following === "boolean" &&
      Number.isSafeInteger(value.summon) &&
      (value.summon as number) >= 0 &&
      readRoomTimer(value.timer) &&
      ROOM_LOCKS.includes(value.lock as RoomLock)
    )
      return {
        type: "lead",
        name: value.name.trim(),
        stage: value.stage,
        following: value.following,
        summon: value.summon as number,
        timer: readRoomTimer(value.timer)!,
        lock: value.lock as RoomLock,
      };
  } catch {
    // not a lead
  }
  return null;
}

/**
 * The limits one client is held to, so it cannot hurt a room. A workshop is six to thirty people;
 * a 5,000-card journey's whole document is about 2 MB, so a message (a first sync sends the
 * document whole) and a document have room to spare.
 */
export const ROOM_LIMITS = {
  /** Largest WebSocket message, in bytes. */
  messageBytes: 8 * 1024 * 1024,
  /** Largest a room's document may grow to, in bytes (encoded). */
  documentBytes: 32 * 1024 * 1024,
  /** People (connections) in one room at once. */
  connectionsPerRoom: 200,
  /** Connections from one network address at once. */
  connectionsPerAddress: 64,
  /** Rooms one connection may open. */
  roomsPerConnection: 4,
  /** Messages a connection may send each second, sustained, and in a burst. */
  messagesPerSecond: 100,
  messageBurst: 400,
} as const;

/**
 * This browser's place in a room, for one journey: which room, through which kind of link, and
 * (for the person who started it) every link's secret. Kept in this browser only, never in the
 * journey's document, which everyone in the room shares.
 */
export interface RoomMembership {
  room: string;
  role: RoomRole;
  secret: string;
  /** The owner keeps every link's secret, and the one that lets them change the links. */
  secrets?: Record<RoomRole | "owner", string>;
  /** The room server, when it is not the app's own origin. */
  server?: string;
  /** Who this browser is in the room's record of who added which card (never a secret). */
  author: string;
}

export function isRoomMembership(value: unknown): value is RoomMembership {
  if (!value || typeof value !== "object") return false;
  const m = value as Record<string, unknown>;
  if (!isRoomWord(m.room) || !isRoomWord(m.secret) || !isRoomWord(m.author)) return false;
  if (!ROOM_ROLES.includes(m.role as RoomRole)) return false;
  if (m.server !== undefined && !isRoomServerAddress(m.server)) return false;
  if (m.secrets === undefined) return true;
  const secrets = m.secrets as Record<string, unknown> | null;
  return (
    !!secrets &&
    (["edit", "contribute", "view", "owner"] as const).every((role) => isRoomWord(secrets[role]))
  );
}

/** The longest room server address accepted, from a person or from a link. */
const MAX_SERVER_ADDRESS = 300;

/**
 * A room server's address as the app connects to it: a ws: or wss: URL with a host and no user
 * or password, query or fragment. Anything else (from a link someone sent, or a saved setting) is
 * not one.
 */
export function isRoomServerAddress(value: unknown): value is string {
  if (typeof value !== "string" || value.length > MAX_SERVER_ADDRESS) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return (
    (url.protocol === "ws:" || url.protocol === "wss:") &&
    url.hostname !== "" &&
    url.username === "" &&
    url.password === "" &&
    url.search === "" &&
    url.hash === "" &&
    url.href === value
  );
}

/**
 * What a person types as a room server's address, as the app connects to it: the address
 * `npm start` prints (http://192.168.1.20:4173) or a bare host and port mean its rooms path; http
 * becomes ws and https wss. Null when it cannot be one.
 */
export function roomServerAddress(typed: string): string | null {
  const text = typed.trim();
  if (!text || text.length > MAX_SERVER_ADDRESS) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `ws://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return null;
  }
  if (url.protocol === "http:") url.protocol = "ws:";
  else if (url.protocol === "https:") url.protocol = "wss:";
  if (url.pathname === "" || url.pathname === "/") url.pathname = "/rooms";
  const address = url.href.replace(/\/$/, "");
  return isRoomServerAddress(address) ? address : null;
}
