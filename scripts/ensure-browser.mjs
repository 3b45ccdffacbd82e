#!/usr/bin/env node
// Before the end-to-end tests: make sure a Chromium is there. CHROMIUM_PATH, Debian's
// /usr/bin/chromium, or Playwright's own download all do; on Debian without one, install it
// with apt-get (Playwright cannot download its browser on machines without open internet).
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

const found =
  (process.env.CHROMIUM_PATH &&
    existsSync(process.env.CHROMIUM_PATH) &&
    process.env.CHROMIUM_PATH) ||
  (existsSync("/usr/bin/chromium") && "/usr/bin/chromium") ||
  playwrightBrowser();

if (found) {
  console.log(`Chromium for the end-to-end tests: ${found}`);
  process.exit(0);
}

const hasApt = existsSync("/usr/bin/apt-get");
if (!hasApt) {
  console.error(
    "No Chromium found for the end-to-end tests. Set CHROMIUM_PATH to a Chromium or Chrome binary, " +
      "or run `npx playwright install chromium` where the internet is open.",
  );
  process.exit(1);
}
const sudo = process.getuid && process.getuid() === 0 ? "" : "sudo ";
console.log("Installing Debian's Chromium for the end-to-end tests (apt-get)…");
execSync(
  `${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium`,
  {
    stdio: "inherit",
  },
);
