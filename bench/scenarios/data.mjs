import { generateJourneyFile } from "../support/generate.mjs";
import { importJourneyFile, loadUntilMark, openApp } from "../support/app.mjs";
import { median } from "../support/browser.mjs";
import { benchPages } from "../support/pages.mjs";

const RUNS = 7;

/** The data issue's figures: store update cost, saves, and opening a 1,000-card journey. */
export const data = {
  name: "data",
  description: "store update, saving to IndexedDB, loading a 1,000-card journey",
  browser: true,
  async run({ root, baseURL, browser, note }) {
    const results = {};

    const pages = await benchPages(root);
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const storePage = await context.newPage();
    storePage.on("pageerror", (error) => console.error("store bench page:", error.message));
    await storePage.goto(`${pages.url}/store.html`);
    if (process.env.BENCH_DEBUG)
      console.log(storePage.url(), (await storePage.content()).slice(0, 400));
    await storePage.waitForFunction(() => typeof window.runStoreBench === "function", null, {
      timeout: 60_000,
    });
    Object.assign(results, await storePage.evaluate(() => window.runStoreBench()));
    note(
      "store.update: 1,000 card edits through the engine after 200 warm-up; save.durable: 100 edits (after 20) until their update is committed in IndexedDB; store.bytes@1000: a fresh 1,000-card journey compacted; store.bytes@1000x10000: the same after 10,000 edits, compacted (overwritten text dropped, ids of every edit kept)",
    );

    // Open: a full page load of a 1,000-card journey, from navigation to the first painted map.
    const page = await context.newPage();
    await openApp(page, baseURL);
    const file = generateJourneyFile(1000);
    await importJourneyFile(page, file);
    const opens = [];
    for (let i = 0; i < RUNS; i++)
      opens.push(
        await loadUntilMark(
          page,
          `${baseURL}/#/journey/${file.journeys[0].id}`,
          "waymark:canvas-ready",
        ),
      );
    results["open.journey_ms@1000"] = median(opens);
    note(
      `open.journey: median of ${RUNS} page loads, navigation start to the frame after the map's first paint`,
    );
    await context.close();
    return results;
  },
};
