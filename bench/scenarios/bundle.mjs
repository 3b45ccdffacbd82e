import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

/** What the first page load fetches: the entry script, its modulepreloads and stylesheets. */
export const bundle = {
  name: "bundle",
  description: "gzip size of the JS and CSS the first page load fetches",
  browser: false,
  async run({ root }) {
    const dist = path.join(root, "dist");
    const html = readFileSync(path.join(dist, "index.html"), "utf8");
    const refs = (pattern) => [...html.matchAll(pattern)].map((m) => m[1]);
    const scripts = new Set([
      ...refs(/<script[^>]+src="([^"]+\.js)"/g),
      ...refs(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
      ...refs(/<link[^>]+href="([^"]+)"[^>]+rel="modulepreload"/g),
    ]);
    const styles = new Set([
      ...refs(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g),
      ...refs(/<link[^>]+href="([^"]+\.css)"/g),
    ]);
    const gzipKb = (files) =>
      [...files].reduce(
        (sum, file) =>
          sum + gzipSync(readFileSync(path.join(dist, file.replace(/^\//, "")))).length,
        0,
      ) / 1024;
    return {
      "bundle.initial_js_gzip_kb": Math.round(gzipKb(scripts) * 10) / 10,
      "bundle.initial_css_gzip_kb": Math.round(gzipKb(styles) * 10) / 10,
    };
  },
};
