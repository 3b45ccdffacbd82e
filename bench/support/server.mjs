import { spawn } from "node:child_process";

/**
 * Serves dist/ with `vite preview` on a free port and resolves once it answers. `extraArgs` serve
 * another build (e.g. `--config bench/pages/vite.config.mjs` for the export baseline page).
 */
export async function startPreview(
  root,
  port = Number(process.env.WAYMARK_BENCH_PORT ?? 4311),
  extraArgs = [],
) {
  const child = spawn(
    "npx",
    [
      "vite",
      "preview",
      ...extraArgs,
      "--port",
      String(port),
      "--strictPort",
      "--host",
      "127.0.0.1",
    ],
    {
      cwd: root,
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    },
  );
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      const response = await fetch(url);
      if (response.ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error("vite preview did not start");
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    stop: async () => {
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        // already gone
      }
    },
  };
}
