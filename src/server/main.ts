import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import QRCode from "qrcode";
import { ROOMS_PATH, STORE_MAX_WAIT_MS, startRoomServer } from "./room-server";

/**
 * `npm start`: the built app and its room server, one Node process on one port.
 *   --host 0.0.0.0   open it to the local network (WAYMARK_HOST)
 *   --port 4173      (WAYMARK_PORT)
 *   --data ./data    where rooms are stored (WAYMARK_DATA)
 *   --dist ./dist    the built app (WAYMARK_DIST)
 *   --redis redis://127.0.0.1:6379   serve the same rooms as other processes (WAYMARK_REDIS)
 *   --per-address 64 connections allowed from one address (WAYMARK_PER_ADDRESS); raise it
 *                    behind a reverse proxy, where everyone comes from one address
 */
const { values } = parseArgs({
  options: {
    host: { type: "string", default: process.env.WAYMARK_HOST ?? "127.0.0.1" },
    port: { type: "string", default: process.env.WAYMARK_PORT ?? "4173" },
    data: { type: "string", default: process.env.WAYMARK_DATA ?? "data" },
    dist: { type: "string", default: process.env.WAYMARK_DIST ?? "dist" },
    redis: { type: "string", default: process.env.WAYMARK_REDIS ?? "" },
    "per-address": { type: "string", default: process.env.WAYMARK_PER_ADDRESS ?? "" },
    "rooms-only": { type: "boolean", default: false },
  },
});

function redisAddress(text: string) {
  if (!text) return null;
  const url = new URL(text);
  return { host: url.hostname, port: Number(url.port || 6379) };
}

/** The addresses people on the local network can type, when the server is open to it. */
function networkAddresses(host: string, port: number): string[] {
  if (host !== "0.0.0.0" && host !== "::") return [`http://${host}:${port}/`];
  const found: string[] = [];
  for (const entries of Object.values(os.networkInterfaces()))
    for (const entry of entries ?? [])
      if (entry.family === "IPv4" && !entry.internal)
        found.push(`http://${entry.address}:${port}/`);
  return [`http://127.0.0.1:${port}/`, ...found];
}

const data = path.resolve(values.data);
const server = await startRoomServer({
  dist: values["rooms-only"] ? null : path.resolve(values.dist),
  data,
  host: values.host,
  port: Number(values.port),
  redis: redisAddress(values.redis),
  ...(values["per-address"] ? { connectionsPerAddress: Number(values["per-address"]) } : {}),
  log: (line) => console.warn(`[rooms] ${line}`),
});

const urls = networkAddresses(values.host, server.port);
console.warn(`Waymark is running. Open ${urls.join("  or  ")}`);
console.warn(`Rooms: ws on ${ROOMS_PATH}, stored in ${server.dataFile}`);
if (values.host === "0.0.0.0" && urls[1]) {
  console.warn(`People in the room can scan this to open ${urls[1]}:`);
  console.warn(await QRCode.toString(urls[1], { type: "terminal", small: true }));
} else if (values.host === "127.0.0.1") {
  console.warn(
    "Only this computer can reach it; `npm start -- --host 0.0.0.0` opens it to the local network.",
  );
}

let stopping = false;
const stop = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  console.warn(
    `${signal}: storing every open room, then stopping (a kill -9 loses at most the last ${STORE_MAX_WAIT_MS / 1000} s on the server; clients resend it).`,
  );
  await server.close();
  process.exit(0);
};
for (const signal of ["SIGINT", "SIGTERM", "SIGQUIT"] as const)
  process.on(signal, () => void stop(signal));
