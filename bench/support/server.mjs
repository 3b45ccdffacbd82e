import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * Serves a built folder (dist/ by default) as `npm start` does (the app and its room server in one
 * process, dist-server/main.js, rooms stored in a fresh folder) on a fixed port, and resolves once
 * the server answers.
 */
export async function startPreview(
  root,
  port = Number(process.env.WAYMARK_BENCH_PORT ?? 4311),
  outDir = "dist",
) {
  const url = `http://127.0.0.1:${port}`;
  // Something already answering there would be measured in our place: refuse instead.
  const taken = await fetch(url).then(
    () => true,
    () => false,
  );
  if (taken) throw new Error(`port ${port} is already serving something; cannot serve ${outDir}`);
  const data = mkdtempSync(path.join(os.tmpdir(), "waymark-bench-rooms-"));
  const child = spawn(
    process.execPath,
    [
      "dist-server/main.js",
      "--dist",
      outDir,
      "--port",
      String(port),
      "--host",
      "127.0.0.1",
      "--data",
      data,
      // The room benchmarks' hundred clients all come from this machine.
      "--per-address",
      "400",
    ],
    { cwd: root, stdio: ["ignore", "pipe", "pipe"], detached: true },
  );
  let exited = false;
  child.on("exit", () => (exited = true));
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (exited) throw new Error(`the server of ${outDir} exited (is port ${port} taken?)`);
    try {
      // Any answer means the server is up (dist-bench has no index page, so 404 is fine).
      await fetch(url);
      break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`the server of ${outDir} did not start`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    /** The server process, whose memory the room benchmarks read. */
    pid: child.pid,
    stop: async () => {
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        // already gone
      }
    },
  };
}
