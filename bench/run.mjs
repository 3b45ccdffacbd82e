#!/usr/bin/env node
// `npm run bench`: builds the production app, measures the figures the issues name, prints a
// table and writes the same figures to bench-results.json (figure name -> number).
// Usage: npm run bench [-- --only <prefix>[,<prefix>]] [-- --no-build]
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { scenarios } from "./scenarios/index.mjs";
import { startPreview } from "./support/server.mjs";
import { launchChromium } from "./support/browser.mjs";
import { stopBenchPages } from "./support/pages.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const only = args.includes("--only") ? args[args.indexOf("--only") + 1].split(",") : null;
const build = !args.includes("--no-build");

if (build) {
  console.log("Building the production app…");
  execFileSync("npx", ["vite", "build", "--logLevel", "warn"], { cwd: root, stdio: "inherit" });
  execFileSync("npx", ["vite", "build", "-c", "vite.server.config.ts", "--logLevel", "warn"], {
    cwd: root,
    stdio: "inherit",
  });
}

const results = {};
const notes = [];
const selected = scenarios.filter((s) => !only || only.some((prefix) => s.name.startsWith(prefix)));
const needsBrowser = selected.some((s) => s.browser);
const server = needsBrowser ? await startPreview(root) : null;
const browser = needsBrowser ? await launchChromium() : null;
try {
  for (const scenario of selected) {
    console.log(`\n▶ ${scenario.name}: ${scenario.description}`);
    const started = Date.now();
    const figures = await scenario.run({
      root,
      baseURL: server?.url,
      serverPid: server?.pid,
      browser,
      note: (n) => notes.push(`${scenario.name}: ${n}`),
    });
    Object.assign(results, figures);
    console.log(`  done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
} finally {
  await browser?.close();
  await server?.stop();
  await stopBenchPages();
}

const width = Math.max(...Object.keys(results).map((k) => k.length), 10);
console.log(`\n${"figure".padEnd(width)}  value`);
console.log(`${"-".repeat(width)}  ${"-".repeat(10)}`);
for (const [name, value] of Object.entries(results)) {
  console.log(`${name.padEnd(width)}  ${Number.isInteger(value) ? value : value.toFixed(2)}`);
}
for (const note of notes) console.log(`note: ${note}`);
// A run of some scenarios (--only) updates their figures and keeps the others' last ones.
const resultsFile = path.join(root, "bench-results.json");
const kept = only && existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, "utf8")) : {};
writeFileSync(resultsFile, JSON.stringify({ ...kept, ...results }, null, 2) + "\n");
console.log(
  `\nWrote bench-results.json${only ? " (the other figures kept from their last run)" : ""}`,
);
