#!/usr/bin/env node
// Before the tests: make sure a Chromium is there (CHROMIUM_PATH, Debian's headless shell or
// /usr/bin/chromium, or Playwright's own download all do) and a redis-server (the rooms' scale-out test runs two room
// servers through a real Redis). On Debian without them, install them with apt-get (Playwright
// cannot download its browser on machines without open internet).
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

function playwrightBrowser() {
  try {
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

// Debian's headless shell first (see e2e/support/chromium.ts), then the full Debian browser.
const HEADLESS_SHELL = "/usr/lib/chromium/chromium-headless-shell";
const found =
  (process.env.CHROMIUM_PATH &&
    existsSync(process.env.CHROMIUM_PATH) &&
    process.env.CHROMIUM_PATH) ||
  (existsSync(HEADLESS_SHELL) && HEADLESS_SHELL) ||
  (existsSync("/usr/bin/chromium") && "/usr/bin/chromium") ||
  playwrightBrowser();

const hasRedis = existsSync("/usr/bin/redis-server") || existsSync("/usr/local/bin/redis-server");
if (found) console.log(`Chromium for the end-to-end tests: ${found}`);
if (hasRedis) console.log("redis-server for the rooms' scale-out test: found");
if (found && hasRedis) process.exit(0);

const missing = [found ? null : "chromium-headless-shell", hasRedis ? null : "redis-server"].filter(
  Boolean,
);
const hasApt = existsSync("/usr/bin/apt-get");
if (!hasApt) {
  console.error(
    `Missing for the tests: ${missing.join(", ")}. Set CHROMIUM_PATH to a Chromium or Chrome binary ` +
      "(or run `npx playwright install chromium` where the internet is open), and install Redis.",
  );
  process.exit(1);
}
const sudo = process.getuid && process.getuid() === 0 ? "" : "sudo ";
console.log(`Installing ${missing.join(" and ")} for the tests (apt-get)…`);
execSync(
  `${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(" ")}`,
  { stdio: "inherit" },
);
