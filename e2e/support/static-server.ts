import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { readFile } from "node:fs/promises";
import path from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".webmanifest": "application/manifest+json",
  ".woff2": "font/woff2",
  ".json": "application/json",
};

/**
 * Serves the production build like a static host, on its own port, with a way to "deploy" a
 * changed file: what a new release looks like to the browser and its service worker.
 */
export async function serveBuild(
  root = path.resolve(import.meta.dirname, "../..", process.env.WAYMARK_DIST ?? "dist"),
) {
  const overrides = new Map<string, string>();
  const server: Server = createServer((request, response) => void respond(request, response));
  async function respond(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? "/", "http://localhost");
    const file = url.pathname === "/" ? "/index.html" : url.pathname;
    try {
      const body = overrides.has(file)
        ? overrides.get(file)!
        : await readFile(path.join(root, path.normalize(file)));
      response.writeHead(200, {
        "content-type": TYPES[path.extname(file)] ?? "application/octet-stream",
        "cache-control": "no-cache",
      });
      response.end(body);
    } catch {
      response.writeHead(404);
      response.end();
    }
  }
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    /** Replaces a file's content, as a new release would. */
    async deploy(file: string, change: (text: string) => string) {
      overrides.set(file, change(await readFile(path.join(root, file), "utf8")));
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
