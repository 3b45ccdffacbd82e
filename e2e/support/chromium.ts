import { existsSync } from "node:fs";
import type { LaunchOptions } from "@playwright/test";

/** The flags this network-closed machine needs so Chromium does not phone home at every start. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/**
 * Debian's Chromium headless shell (package `chromium-headless-shell`): the same Chromium, built
 * without the browser's own window. It is what Playwright itself runs for headless tests. The
 * full `chromium` in headless mode still builds a tab strip and location bar for every page and
 * draws them: 390 ms to open a page instead of 160 ms, and about a third of the suite's time.
 */
export const DEBIAN_HEADLESS_SHELL = "/usr/lib/chromium/chromium-headless-shell";

/**
 * CHROMIUM_PATH, else Debian's headless shell, else Debian's /usr/bin/chromium, else whatever
 * browser Playwright installed.
 */
export function chromiumExecutable(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  if (existsSync(DEBIAN_HEADLESS_SHELL)) return DEBIAN_HEADLESS_SHELL;
  if (existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  return undefined;
}

export function chromiumLaunchOptions(): LaunchOptions {
  const executablePath = chromiumExecutable();
  return { args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) };
}
