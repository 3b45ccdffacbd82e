// Room clients in Node for the benchmarks: the real Hocuspocus provider over `ws`, with the
// app's credentials. The token rules are the app's (src/format/room.ts), written again here
// because the benchmarks run as plain Node modules; a wrong rule shows as a refused connection.
import { HocuspocusProvider } from "@hocuspocus/provider";
import { webcrypto } from "node:crypto";
import WebSocket from "ws";
import * as Y from "yjs";

const base64url = (bytes) => Buffer.from(bytes).toString("base64url");
const sha256 = async (text) =>
  base64url(
    new Uint8Array(await webcrypto.subtle.digest("SHA-256", new TextEncoder().encode(text))),
  );
export const roomToken = (secret) => sha256(`waymark-room-key:${secret}`);
export const tokenHash = (token) => sha256(`waymark-room-token:${token}`);
export const newRoomWord = () => base64url(webcrypto.getRandomValues(new Uint8Array(16)));

export function newRoom() {
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

async function credentials(room, { create = false } = {}) {
  const token = await roomToken(room.secrets.edit);
  if (!create) return JSON.stringify({ token });
  const keys = {};
  for (const [role, secret] of Object.entries(room.secrets))
    keys[role] = await tokenHash(await roomToken(secret));
  return JSON.stringify({ token, owner: await roomToken(room.secrets.owner), create: keys });
}

/** Reads a room link's parts (`…#/room/<room>/<role>/<secret>`). */
export function parseLink(link) {
  const [, room, role, secret] = /#\/room\/([^/]+)\/([^/]+)\/([^/]+)$/.exec(link);
  return { room, role, secret };
}

/** Connects one client to a room; resolves once it is in step with the server. */
export function connect(url, room, { create = false, doc = new Y.Doc(), token } = {}) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      provider.destroy();
      reject(new Error(`room client did not sync within 30 s (${url})`));
    }, 30_000);
    const provider = new HocuspocusProvider({
      url,
      name: room.room,
      document: doc,
      WebSocketPolyfill: WebSocket,
      token: token ?? (() => credentials(room, { create })),
      onSynced: () => (clearTimeout(timer), resolve({ provider, doc })),
      onAuthenticationFailed: ({ reason }) => (
        clearTimeout(timer),
        reject(new Error(`refused: ${reason}`))
      ),
    });
  });
}
