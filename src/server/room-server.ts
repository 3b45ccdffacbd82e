import { Database } from "@hocuspocus/extension-database";
import { Redis } from "@hocuspocus/extension-redis";
import { Server, type Extension } from "@hocuspocus/server";
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import type WebSocket from "ws";
import * as Y from "yjs";
import {
  ROOM_LIMITS,
  ROOM_ROLES,
  isRoomWord,
  parseRoomCredentials,
  parseRoomLead,
  type RoomLead,
  parseRoomRekey,
  tokenHash,
  type RoomRole,
} from "../format/room";
import { addressOf, createAddressCounter, createRateLimit } from "./limits";
import { openRoomStore } from "./room-store";
import { staticFiles } from "./static-files";

/** The path rooms are served on, on the app's own origin. */
export const ROOMS_PATH = "/rooms";

/**
 * How long the server waits after a room's last change before storing it, and the longest it
 * lets changes wait: a `kill -9` loses at most the last STORE_MAX_WAIT_MS on the server, and the
 * clients, who keep everything, send it again when they reconnect.
 */
export const STORE_DEBOUNCE_MS = 500;
export const STORE_MAX_WAIT_MS = 2000;

export interface RoomServerOptions {
  /** The built app to serve, or null for rooms only. */
  dist: string | null;
  /** The folder for the rooms' SQLite file. */
  data: string;
  host: string;
  port: number;
  /** Several server processes serve the same rooms through this Redis. */
  redis?: { host: string; port: number } | null;
  /**
   * Connections allowed from one network address (ROOM_LIMITS' default). Behind a reverse proxy
   * every person comes from the proxy's address: raise it there.
   */
  connectionsPerAddress?: number;
  log?: (line: string) => void;
}

export interface RunningRoomServer {
  port: number;
  dataFile: string;
  /** Stores every open room, closes every connection, and stops. */
  close(): Promise<void>;
}

interface RoomContext {
  role: RoomRole;
  owner: boolean;
  address: string;
}

/** Yjs sync message types (y-protocols): a state vector, the answer with updates, an update. */
const MESSAGE_SYNC = 0;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

/** Reads the type and sync subtype of a Hocuspocus message without trusting it. */
function syncPayloadLength(message: Uint8Array): number {
  // [document name: varString][type: varUint][sync type: varUint][update: varUint8Array]
  let offset = 0;
  const varUint = () => {
    let value = 0;
    let shift = 0;
    for (;;) {
      const byte = message[offset++];
      if (byte === undefined) throw new Error("truncated");
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
      if (byte < 0x80) return value;
      if (shift > 49) throw new Error("varint too long");
    }
  };
  offset += varUint();
  if (varUint() !== MESSAGE_SYNC) return 0;
  const syncType = varUint();
  if (syncType !== SYNC_STEP_2 && syncType !== SYNC_UPDATE) return 0;
  return varUint();
}

class Refusal extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

export async function startRoomServer(options: RoomServerOptions): Promise<RunningRoomServer> {
  const log = options.log ?? ((line: string) => console.warn(line));
  const store = openRoomStore(options.data);
  const serveFile = options.dist ? staticFiles(options.dist) : null;
  const addresses = createAddressCounter(
    options.connectionsPerAddress ?? ROOM_LIMITS.connectionsPerAddress,
  );
  const roomsOfSocket = new Map<string, Set<string>>();
  /** Bytes a room's document may have grown to since it was last measured (an upper bound). */
  const grownTo = new WeakMap<Y.Doc, number>();

  /** The latest lead each room's owner sent, for whoever connects after it. */
  const leads = new Map<string, { lead: RoomLead; at: number }>();

  const rooms: Extension = {
    async onRequest({ request, response }) {
      const url = request.url ?? "/";
      if (url === `${ROOMS_PATH}/health`) {
        response.writeHead(200, {
          "Content-Type": "application/json",
          "Cache-Control": "no-store",
        });
        response.end(JSON.stringify({ rooms: true }));
        throw null;
      }
      if (serveFile?.(request, response)) throw null;
      response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" });
      response.end("Not found");
      throw null;
    },

    async onUpgrade({ request, socket }: { request: IncomingMessage; socket: Duplex }) {
      const path = new URL(request.url ?? "/", "http://x").pathname;
      const address = addressOf(request);
      if (path !== ROOMS_PATH || !addresses.admits(address)) {
        socket.end(
          path !== ROOMS_PATH
            ? "HTTP/1.1 404 Not Found\r\n\r\n"
            : "HTTP/1.1 429 Too Many Requests\r\n\r\n",
        );
        if (path === ROOMS_PATH) log(`refused a connection from ${address}: too many connections`);
        throw null;
      }
    },

    // Whoever comes in (or back, from the map to the presentation) is told the lead at once.
    async connected({ connection, documentName }) {
      const kept = leads.get(documentName);
      if (!kept) return;
      // A running timer has run on since the owner sent it.
      const { lead, at } = kept;
      const { timer } = lead;
      const remainingMs = timer.running
        ? Math.max(0, timer.remainingMs - (Date.now() - at))
        : timer.remainingMs;
      connection.sendStateless(JSON.stringify({ ...lead, timer: { ...timer, remainingMs } }));
    },

    async afterUnloadDocument({ documentName }) {
      leads.delete(documentName);
    },

    async onConnect({ documentName, socketId }) {
      const open = roomsOfSocket.get(socketId) ?? new Set<string>();
      if (!open.has(documentName) && open.size >= ROOM_LIMITS.roomsPerConnection)
        throw new Refusal("too-many-rooms");
      open.add(documentName);
      roomsOfSocket.set(socketId, open);
    },

    async onAuthenticate({ documentName, token, connectionConfig, instance, request }) {
      const address = addressOf(request);
      const refuse = (reason: string) => {
        log(`refused ${address} in room ${documentName.slice(0, 8)}…: ${reason}`);
        return new Refusal(reason);
      };
      if (!isRoomWord(documentName)) throw refuse("no-such-room");
      const credentials = parseRoomCredentials(token);
      if (!credentials) throw refuse("bad-token");
      let keys = store.keys(documentName);
      if (!keys && credentials.create) {
        store.create(documentName, credentials.create);
        keys = store.keys(documentName);
      }
      if (!keys) throw refuse("no-such-room");
      const hash = await tokenHash(credentials.token);
      const role = ROOM_ROLES.find((r) => keys[r] === hash);
      if (!role) throw refuse("link-revoked");
      const owner = credentials.owner ? (await tokenHash(credentials.owner)) === keys.owner : false;
      const people = instance.documents.get(documentName)?.getConnectionsCount() ?? 0;
      if (people >= ROOM_LIMITS.connectionsPerRoom) throw refuse("room-full");
      // The server is what keeps a view-only link from writing, whatever the app does.
      if (role === "view") connectionConfig.readOnly = true;
      return { role, owner, address } satisfies RoomContext;
    },

    async onDisconnect({ socketId, documentName }) {
      const open = roomsOfSocket.get(socketId);
      open?.delete(documentName);
      if (open?.size === 0) roomsOfSocket.delete(socketId);
    },

    async afterStoreDocument({ document }) {
      grownTo.delete(document);
    },

    async beforeHandleMessage({ update, document, context }) {
      const length = syncPayloadLength(update);
      if (!length) return;
      const before = grownTo.get(document) ?? Y.encodeStateAsUpdate(document).byteLength;
      let after = before + length;
      if (after > ROOM_LIMITS.documentBytes) {
        // The bound overcounts what updates overwrote: measure before refusing.
        after = Y.encodeStateAsUpdate(document).byteLength + length;
        if (after > ROOM_LIMITS.documentBytes) {
          log(
            `closed ${(context as RoomContext).address}: the room's document would pass ${ROOM_LIMITS.documentBytes} bytes`,
          );
          throw new Refusal("document-too-large");
        }
      }
      grownTo.set(document, after);
    },

    async onStateless({ payload, connection, document, documentName }) {
      const context = connection.context as RoomContext;
      if (!context.owner) return;
      // The facilitator's lead reaches everyone as the server's word: only the owner's counts.
      const lead = parseRoomLead(payload);
      if (lead) {
        leads.set(documentName, { lead, at: Date.now() });
        document.broadcastStateless(JSON.stringify(lead));
        return;
      }
      const rekey = parseRoomRekey(payload);
      if (!rekey) return;
      store.rekey(documentName, rekey.role, rekey.hash);
      log(`room ${documentName.slice(0, 8)}…: the ${rekey.role} link was changed`);
      // Everyone on that kind of link is let go; those with the new link come straight back.
      for (const { connection: other } of document.connections.values()) {
        const theirs = other.context as RoomContext;
        if (theirs.role === rekey.role && !theirs.owner) other.close();
      }
    },
  };

  const extensions: Extension[] = [
    rooms,
    new Database({
      fetch: async ({ documentName }) => store.load(documentName),
      store: async ({ documentName, state }) => store.save(documentName, state),
    }),
  ];
  if (options.redis)
    extensions.push(new Redis({ host: options.redis.host, port: options.redis.port }));

  const server = new Server(
    {
      name: "waymark",
      port: options.port,
      address: options.host,
      quiet: true,
      stopOnSignals: false,
      debounce: STORE_DEBOUNCE_MS,
      maxDebounce: STORE_MAX_WAIT_MS,
      extensions,
    },
    { maxPayload: ROOM_LIMITS.messageBytes },
  );

  server.webSocketServer.on("connection", (socket: WebSocket, request: IncomingMessage) => {
    const address = addressOf(request);
    addresses.opened(address);
    const allowed = createRateLimit();
    let closing = false;
    socket.on("message", () => {
      if (closing || allowed()) return;
      closing = true;
      log(`closed ${address}: more than ${ROOM_LIMITS.messagesPerSecond} messages a second`);
      socket.close(4429, "rate-limit");
    });
    socket.on("close", () => addresses.closed(address));
  });

  await server.listen(options.port);
  const port = server.address.port;
  return {
    port,
    dataFile: store.file,
    async close() {
      await server.destroy();
      store.close();
    },
  };
}
