import fs from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".txt": "text/plain; charset=utf-8",
};

/** Matches ROOMS_META in src/rooms/server-address.ts. */
const ROOMS_MARK = '<meta name="waymark-rooms" content="/rooms" />';

/**
 * Serves the built app from a folder: the files as they are, nothing listed, nothing outside the
 * folder. Routes live in the URL's hash, so "/" is the only page.
 */
export function staticFiles(root: string) {
  const base = path.resolve(root);
  return (request: IncomingMessage, response: ServerResponse): boolean => {
    if (request.method !== "GET" && request.method !== "HEAD") return false;
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    } catch {
      return false;
    }
    if (pathname.endsWith("/")) pathname += "index.html";
    const file = path.resolve(base, "." + pathname);
    if (!file.startsWith(base + path.sep)) return false;
    let stat: fs.Stats;
    try {
      stat = fs.statSync(file);
    } catch {
      return false;
    }
    if (!stat.isFile()) return false;
    const hashed = pathname.startsWith("/assets/");
    if (pathname === "/index.html") {
      // The page says it came from a room server, so the app offers rooms (a static host serves
      // the page as built, and the app then says what rooms need).
      const page = fs
        .readFileSync(file, "utf8")
        .replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    ${ROOMS_MARK}`);
      response.writeHead(200, {
        "Content-Type": TYPES[".html"]!,
        "Cache-Control": "no-cache",
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
      });
      response.end(request.method === "HEAD" ? undefined : page);
      return true;
    }
    response.writeHead(200, {
      "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream",
      "Content-Length": stat.size,
      // Built assets carry a hash in their name; everything else is checked on each load.
      "Cache-Control": hashed ? "public, max-age=31536000, immutable" : "no-cache",
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "no-referrer",
    });
    if (request.method === "HEAD") response.end();
    else fs.createReadStream(file).pipe(response);
    return true;
  };
}
