// @vitest-environment node
import * as encoding from "lib0/encoding";
import WebSocket from "ws";
import * as awarenessProtocol from "y-protocols/awareness";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";
import { roomToken } from "../../src/format/room";
import { join, newRoomSecrets, roomKeys, startTestServer, until } from "./room-harness";

/**
 * 10,000 random and mutated Hocuspocus protocol messages against a running room server: it must
 * stay up, close only the connections that sent them, and keep every room's document intact.
 */
const MESSAGES = 10_000;
const TYPE = { sync: 0, awareness: 1, auth: 2, queryAwareness: 3, stateless: 5 } as const;

/** A seeded generator, so a failure can be replayed from the seed it prints. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function message(room: string, type: number, write: (encoder: encoding.Encoder) => void) {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, room);
  encoding.writeVarUint(encoder, type);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

/** Well-formed messages of every kind, for a room: what mutations start from. */
function wellFormed(room: string, token: string): Uint8Array[] {
  const doc = new Y.Doc();
  doc.getMap("cards").set("fuzz", "touchpoint");
  const awareness = new awarenessProtocol.Awareness(doc);
  awareness.setLocalState({ user: { name: "Fuzz", color: "#1d4ed8" } });
  return [
    message(
      room,
      TYPE.auth,
      (e) => (encoding.writeVarUint(e, 0), encoding.writeVarString(e, token)),
    ),
    message(room, TYPE.sync, (e) => syncProtocol.writeSyncStep1(e, doc)),
    message(room, TYPE.sync, (e) => syncProtocol.writeSyncStep2(e, doc)),
    message(room, TYPE.sync, (e) => syncProtocol.writeUpdate(e, Y.encodeStateAsUpdate(doc))),
    message(room, TYPE.awareness, (e) =>
      encoding.writeVarUint8Array(
        e,
        awarenessProtocol.encodeAwarenessUpdate(awareness, [doc.clientID]),
      ),
    ),
    message(room, TYPE.queryAwareness, () => {}),
    message(room, TYPE.stateless, (e) => encoding.writeVarString(e, '{"type":"rekey"}')),
  ];
}

function mutate(source: Uint8Array, next: () => number): Uint8Array {
  const bytes = Array.from(source);
  const edits = 1 + Math.floor(next() * 4);
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(next() * (bytes.length + 1));
    const choice = next();
    if (choice < 0.4) bytes[at % Math.max(1, bytes.length)] = Math.floor(next() * 256);
    else if (choice < 0.55) bytes.splice(at, Math.floor(next() * 8));
    else if (choice < 0.7)
      bytes.splice(
        at,
        0,
        ...Array.from({ length: 1 + Math.floor(next() * 8) }, () => Math.floor(next() * 256)),
      );
    else if (choice < 0.8) bytes.length = at;
    else if (choice < 0.9) bytes.splice(at, 0, 0xff, 0xff, 0xff, 0xff, 0x0f);
    else bytes.reverse();
  }
  return Uint8Array.from(bytes);
}

function randomBytes(next: () => number): Uint8Array {
  return Uint8Array.from({ length: Math.floor(next() * 64) }, () => Math.floor(next() * 256));
}

/** Sends messages over one connection until they run out or the server closes it. */
function send(url: string, messages: Uint8Array[]): Promise<number> {
  return new Promise((resolve) => {
    const socket = new WebSocket(url);
    let sent = 0;
    const done = () => resolve(sent);
    socket.on("error", done);
    socket.on("close", done);
    socket.on("open", () => {
      for (const bytes of messages) {
        if (socket.readyState !== WebSocket.OPEN) break;
        socket.send(bytes);
        sent++;
      }
      // A moment for the server to handle them, then leave.
      setTimeout(() => socket.close(), 50);
    });
  });
}

describe("the room server under hostile messages", () => {
  it("stays up and keeps every room's document intact through 10,000 random and mutated messages", async () => {
    const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000);
    // Hocuspocus logs each message it could not decode before closing that connection; thousands
    // of them would bury the test's own output. They are counted instead.
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const next = random(seed);
    const { server, url, log } = await startTestServer();
    try {
      // A room others use, which the fuzzer has no link to...
      const kept = newRoomSecrets();
      const owner = join(url, kept, "edit", { create: true, owner: true });
      expect(await owner.ready).toBe(true);
      owner.doc.getMap("cards").set("a", "Instagram ad");
      owner.doc.getMap("stages").set("s", "Discover");
      // ...and one it has an edit link to, so its messages get past authentication.
      const target = newRoomSecrets();
      const targetOwner = join(url, target, "edit", { create: true, owner: true });
      expect(await targetOwner.ready).toBe(true);
      targetOwner.doc.getMap("cards").set("b", "Review site");
      await new Promise((resolve) => setTimeout(resolve, 100));
      const keptBefore = Y.encodeStateVector(owner.doc);
      targetOwner.provider.destroy();

      const credentials = JSON.stringify({ token: await roomToken(target.secrets.edit) });
      const forged = JSON.stringify({
        token: await roomToken("forged"),
        create: await roomKeys(newRoomSecrets().secrets),
      });
      const sources = [
        ...wellFormed(target.room, credentials),
        ...wellFormed(kept.room, forged),
        ...wellFormed("x".repeat(5000), credentials),
      ];
      const auth = sources[0]!;

      let total = 0;
      while (total < MESSAGES) {
        const batch: Uint8Array[] = [auth];
        const size = Math.min(1 + Math.floor(next() * 200), MESSAGES - total);
        for (let i = 0; i < size; i++) {
          const choice = next();
          batch.push(
            choice < 0.2
              ? randomBytes(next)
              : mutate(sources[Math.floor(next() * sources.length)]!, next),
          );
        }
        await send(url, batch);
        total += size;
      }

      const health = await fetch(`http://127.0.0.1:${server.port}/rooms/health`);
      expect(health.ok, `the server is down after the fuzz (seed ${seed})`).toBe(true);
      // A newcomer to the kept room gets exactly what it held, and the room still syncs.
      const newcomer = join(url, kept, "view");
      expect(await newcomer.ready).toBe(true);
      await until(newcomer.doc, () => newcomer.doc.getMap("cards").get("a") === "Instagram ad");
      expect(Y.encodeStateVector(newcomer.doc), `seed ${seed}`).toEqual(keptBefore);
      expect(newcomer.doc.getMap("cards").toJSON()).toEqual({ a: "Instagram ad" });
      owner.doc.getMap("cards").set("after", "still live");
      await until(newcomer.doc, () => newcomer.doc.getMap("cards").get("after") === "still live");
      // The fuzzed room still opens, with what its owner put there.
      const back = join(url, target, "edit");
      expect(await back.ready).toBe(true);
      await until(back.doc, () => back.doc.getMap("cards").get("b") === "Review site");
      for (const client of [owner, newcomer, back]) client.provider.destroy();
      expect(log.join("\n")).toMatch(/refused|closed/);
      expect(logged.mock.calls.length, "malformed messages were noticed").toBeGreaterThan(100);
    } finally {
      await server.close();
    }
  }, 120_000);
});
