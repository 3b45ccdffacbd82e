import { execFileSync } from "node:child_process";
import { startPreview } from "./server.mjs";

let pages = null;

/** Builds and serves the bench-only pages (bench/pages) once per run. */
export async function benchPages(root) {
  if (pages) return pages;
  execFileSync("npx", ["vite", "build", "--config", "bench/pages/vite.config.ts"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: "true" },
  });
  const server = await startPreview(
    root,
    Number(process.env.WAYMARK_BENCH_PAGES_PORT ?? 4312),
    "dist-bench",
  );
  pages = server;
  process.on("exit", () => void server.stop());
  return server;
}

export async function stopBenchPages() {
  await pages?.stop();
  pages = null;
}
