import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");

/**
 * A room server of the test's own (the app and rooms in one process, as `npm start` runs it), so
 * a test can kill it and start it again on the same SQLite file.
 */
export async function ownRoomServer(port: number) {
  const data = fs.mkdtempSync(path.join(os.tmpdir(), "waymark-e2e-own-rooms-"));
  const dist = path.resolve(root, process.env.WAYMARK_DIST ?? "dist");
  let child: ChildProcess | null = null;
  const output: string[] = [];

  const start = async () => {
    child = spawn(
      process.execPath,
      [
        "dist-server/main.js",
        "--port",
        String(port),
        "--host",
        "127.0.0.1",
        "--dist",
        dist,
        "--data",
        data,
      ],
      { cwd: root, stdio: ["ignore", "pipe", "pipe"] },
    );
    child.stdout?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    const deadline = Date.now() + 15_000;
    for (;;) {
      try {
        const response = await fetch(`http://127.0.0.1:${port}/rooms/health`);
        if (response.ok) return;
      } catch {
        // not up yet
      }
      if (Date.now() > deadline)
        throw new Error(`The room server did not start:\n${output.join("")}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };

  /** Stops it: SIGKILL as a crash or a pulled plug does, SIGTERM as a person stopping it does. */
  const stop = (signal: NodeJS.Signals) =>
    new Promise<void>((resolve) => {
      const running = child;
      if (!running || running.exitCode !== null) return resolve();
      running.once("exit", () => resolve());
      running.kill(signal);
    });

  await start();
  return {
    url: `http://127.0.0.1:${port}/`,
    start,
    stop,
    output: () => output.join(""),
    dispose: async () => {
      await stop("SIGKILL");
      fs.rmSync(data, { recursive: true, force: true });
    },
  };
}
