import { HocuspocusProvider } from "@hocuspocus/provider";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import WebSocket from "ws";
import * as Y from "yjs";
import {
  newRoomWord,
  roomToken,
  tokenHash,
  type RoomKeys,
  type RoomRole,
} from "../../src/format/room";
import { startRoomServer, type RunningRoomServer } from "../../src/server/room-server";

/** A room's secrets as its owner holds them. */
export interface RoomSecrets {
  room: string;
  secrets: Record<RoomRole | "owner", string>;
}

export function newRoomSecrets(): RoomSecrets {
  return {
    room: newRoomWord(),
    secrets: {
      edit: newRoomWord(),
      contribute: newRoomWord(),
      view: newRoomWord(),
      owner: newRoomWord(),
    },
  };
}

export async function roomKeys(secrets: RoomSecrets["secrets"]): Promise<RoomKeys> {
  const hash = async (secret: string) => tokenHash(await roomToken(secret));
  return {
    edit: await hash(secrets.edit),
    contribute: await hash(secrets.contribute),
    view: await hash(secrets.view),
    owner: await hash(secrets.owner),
  };
}

export function tempDataFolder(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "waymark-rooms-"));
}

export async function startTestServer(data = tempDataFolder(), log: string[] = []) {
  const server: RunningRoomServer = await startRoomServer({
    dist: null,
    data,
    host: "127.0.0.1",
    port: 0,
    log: (line) => log.push(line),
  });
  return { server, data, log, url: `ws://127.0.0.1:${server.port}/rooms` };
}

export interface Joined {
  provider: HocuspocusProvider;
  doc: Y.Doc;
  /** Resolves with true once synced, false when the server refused. */
  ready: Promise<boolean>;
  refusal: () => string | null;
}

/** Connects a real provider to a room with a link of one kind (as an owner creating it, or not). */
export function join(
  url: string,
  room: RoomSecrets,
  role: RoomRole,
  { create = false, owner = false, doc = new Y.Doc() } = {},
): Joined {
  let refusal: string | null = null;
  let settle!: (ok: boolean) => void;
  const ready = new Promise<boolean>((resolve) => (settle = resolve));
  const provider = new HocuspocusProvider({
    url,
    name: room.room,
    document: doc,
    // Passed on to the provider's socket, which Node needs (its types leave it out).
    ...({ WebSocketPolyfill: WebSocket } as object),
    token: async () =>
      JSON.stringify({
        token: await roomToken(room.secrets[role]),
        ...(owner ? { owner: await roomToken(room.secrets.owner) } : {}),
        ...(create ? { create: await roomKeys(room.secrets) } : {}),
      }),
    onSynced: () => settle(true),
    onAuthenticationFailed: ({ reason }) => {
      refusal = reason;
      settle(false);
    },
  });
  return { provider, doc, ready, refusal: () => refusal };
}

/** Resolves once the predicate holds on the document (checked on each of its updates). */
export function until(doc: Y.Doc, holds: () => boolean, ms = 5000): Promise<void> {
  return new Promise((resolve, reject) => {
    if (holds()) return resolve();
    const timer = setTimeout(() => {
      doc.off("update", check);
      reject(new Error("timed out waiting for the document"));
    }, ms);
    const check = () => {
      if (!holds()) return;
      clearTimeout(timer);
      doc.off("update", check);
      resolve();
    };
    doc.on("update", check);
  });
}
