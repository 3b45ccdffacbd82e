import { defineConfig, devices } from "@playwright/test";
import os from "node:os";
import path from "node:path";
import { chromiumLaunchOptions } from "./e2e/support/chromium";

const port = Number(process.env.WAYMARK_PORT ?? 4173);
// WAYMARK_DIST lets two checkouts' suites (or two people's) run side by side on one machine.
const dist = process.env.WAYMARK_DIST ?? "dist";
const baseURL = `http://127.0.0.1:${port}`;
/** Where the suite's room server keeps its rooms (each test's rooms have their own random ids). */
export const E2E_ROOM_DATA = path.join(os.tmpdir(), `waymark-e2e-rooms-${port}`);

export default defineConfig({
  testDir: "e2e",
  testMatch: "**/*.spec.ts",
  fullyParallel: true,
  // Two browsers on two cores (three made each test slower and the suite no faster: 15.8 min).
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  outputDir: "test-results",
  use: {
    baseURL,
    trace: "on-first-retry",
    // Each test is a first visit, and on a first visit the service worker precaches the whole
    // build (2.3 MB) while the test runs: 14% of the suite's time on two cores, for flows that
    // do not involve it. The specs about working offline and updates let it in.
    serviceWorkers: "block",
    screenshot: "only-on-failure",
    viewport: { width: 1280, height: 800 },
    launchOptions: chromiumLaunchOptions(),
  },
  projects: [
    {
      name: "chromium",
      use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 800 } },
    },
  ],
  webServer: {
    // The suite runs against the production build, served as `npm start` serves it: the app and
    // its room server in one process. `npm run test:e2e` builds both first.
    command: `node dist-server/main.js --port ${port} --host 127.0.0.1 --dist ${dist} --data ${E2E_ROOM_DATA}`,
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
