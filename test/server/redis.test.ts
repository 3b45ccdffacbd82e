// @vitest-environment node
import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import { startRoomServer, type RunningRoomServer } from "../../src/server/room-server";
import { join, newRoomSecrets, tempDataFolder, until, type Joined } from "./room-harness";

/**
 * Scaling out with the engine's own means: two room server processes' worth of Hocuspocus, on two
 * ports, share rooms through a real Redis (Debian's redis-server), and a client on each converges.
 */

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function startRedis(port: number): Promise<ChildProcess> {
  const redis = spawn(
    "redis-server",
    ["--port", String(port), "--save", "", "--appendonly", "no"],
    {
      stdio: "ignore",
    },
  );
  let failed: Error | null = null;
  redis.on("error", (error) => (failed = error));
  const deadline = Date.now() + 10_000;
  for (;;) {
    const up = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, "127.0.0.1", () => (socket.end(), resolve(true)));
      socket.on("error", () => resolve(false));
    });
    if (up) return redis;
    if (failed || Date.now() > deadline)
      throw new Error(
        `redis-server did not start (${failed ?? "timeout"}): \`npm test\` installs it with apt-get where it is missing`,
      );
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

// `npm test` installs redis-server first where it is missing (scripts/ensure-test-tools.mjs).
describe("two room servers sharing rooms through Redis", () => {
  let redis: ChildProcess;
  const servers: RunningRoomServer[] = [];
  const clients: Joined[] = [];
  afterAll(async () => {
    for (const client of clients) client.provider.destroy();
    for (const server of servers) await server.close();
    redis?.kill("SIGKILL");
  });

  it("brings an edit made through one server to a client of the other, both ways", async () => {
    const redisPort = await freePort();
    redis = await startRedis(redisPort);
    const data = tempDataFolder();
    for (let i = 0; i < 2; i++)
      servers.push(
        await startRoomServer({
          dist: null,
          data,
          host: "127.0.0.1",
          port: 0,
          redis: { host: "127.0.0.1", port: redisPort },
          log: () => {},
        }),
      );
    const [first, second] = servers.map((server) => `ws://127.0.0.1:${server.port}/rooms`);
    const room = newRoomSecrets();
    const a = join(first!, room, "edit", { create: true, owner: true });
    clients.push(a);
    expect(await a.ready).toBe(true);
    const b = join(second!, room, "edit");
    clients.push(b);
    expect(await b.ready).toBe(true);

    a.doc.getMap("cards").set("from-a", "touchpoint");
    await until(b.doc, () => b.doc.getMap("cards").get("from-a") === "touchpoint");
    b.doc.getMap("cards").set("from-b", "pain");
    await until(a.doc, () => a.doc.getMap("cards").get("from-b") === "pain");
  });
});
