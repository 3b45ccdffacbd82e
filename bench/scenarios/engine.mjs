import { generateJourneyFile, generateWorkspaceFile } from "../support/generate.mjs";
import {
  chooseFile,
  importJourneyFile,
  loadUntilMark,
  openApp,
  waitSaved,
} from "../support/app.mjs";
import { readFile } from "node:fs/promises";
import { median, percentile } from "../support/browser.mjs";

/** The home page folds long lists; its heading counts every journey. */
function waitForJourneyCount(page, count) {
  return page.waitForFunction(
    (count) => document.body.textContent?.includes(`· ${count} journeys`),
    count,
    { timeout: 300_000, polling: 500 },
  );
}

/** A card on the map (cells, headers and the curve have ids with a colon). */
const CARD = ".react-flow__node:not([data-id*=':'])";

/** The document engine's figures that need the real app: tabs in step, and opening the home page. */
export const engine = {
  name: "engine",
  description: "two tabs in step, and the home page of a 90,000-card workspace",
  browser: true,
  async run({ baseURL, browser, note }) {
    const results = {};

    // An edit in one tab until it shows in the other, on a 1,000-card journey.
    {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const a = await context.newPage();
      await openApp(a, baseURL);
      const file = generateJourneyFile(1000);
      await importJourneyFile(a, file);
      const b = await context.newPage();
      await b.goto(a.url());
      // Any card drawn (the map opens on its first stages, whose first lane may hold no touchpoint).
      await b.waitForSelector(CARD);
      // The first card drawn in both tabs.
      const cardId = await b.evaluate(
        (card) => document.querySelector(card)?.getAttribute("data-id") ?? "",
        CARD,
      );
      await a.click(`${CARD}[data-id="${cardId}"]`);
      const title = a.getByRole("region", { name: "Inspector" }).getByRole("textbox", {
        name: "Title",
      });
      await title.waitFor();
      const handle = await title.elementHandle();
      const times = [];
      for (let i = 0; i < 60; i++) {
        const token = `Converge ${i} ${Date.now()}`;
        const seen = b.evaluate(
          ([id, token]) =>
            new Promise((resolve) => {
              const check = () => {
                const node = document.querySelector(`.react-flow__node[data-id="${id}"]`);
                if (node?.textContent?.includes(token))
                  resolve(performance.timeOrigin + performance.now());
                else requestAnimationFrame(check);
              };
              check();
            }),
          [cardId, token],
        );
        const sent = await handle.evaluate((box, token) => {
          const at = performance.timeOrigin + performance.now();
          const setValue = Object.getOwnPropertyDescriptor(
            HTMLTextAreaElement.prototype,
            "value",
          ).set;
          setValue.call(box, token);
          box.dispatchEvent(new Event("input", { bubbles: true }));
          return at;
        }, token);
        times.push((await seen) - sent);
        await a.waitForTimeout(50);
      }
      results["tabs.converge.p95_ms"] = percentile(times.slice(10), 95);
      results["tabs.converge.median_ms"] = median(times.slice(10));
      note(
        "tabs.converge: 50 edits of a card title in one tab (after 10 warm-up) until the other tab draws it, 1,000-card journey; frame-quantised",
      );
      await context.close();
    }

    // A 300-journey, 90,000-card workspace: seeded from a generated file, then exported by the
    // app as a person would, and that backup imported into a fresh browser profile.
    {
      const seeding = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const seeder = await seeding.newPage();
      await openApp(seeder, baseURL);
      await chooseFile(
        seeder,
        JSON.stringify(generateWorkspaceFile(300, 300)),
        "seed.waymark.json",
      );
      await waitForJourneyCount(seeder, 301);
      await waitSaved(seeder, 300_000);
      const download = seeder.waitForEvent("download", { timeout: 300_000 });
      await seeder.getByRole("button", { name: "Main menu" }).click();
      await seeder.getByRole("menuitem", { name: "Export the workspace as a file" }).click();
      const backup = await readFile(await (await download).path(), "utf8");
      await seeding.close();

      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await openApp(page, baseURL);
      const importStarted = Date.now();
      await chooseFile(page, backup, "backup.waymark.json");
      // The fresh profile's own sample journey, and the backup's 301.
      await waitForJourneyCount(page, 302);
      await waitSaved(page, 300_000);
      results["import.backup_ms@90000"] = Date.now() - importStarted;
      results["import.backup_mb@90000"] = Math.round(Buffer.byteLength(backup) / 1e5) / 10;
      const opens = [];
      for (let i = 0; i < 7; i++)
        opens.push(await loadUntilMark(page, `${baseURL}/#/`, "waymark:home-ready"));
      results["open.home_ms@90000"] = median(opens);
      note(
        "open.home: median of 7 page loads of the home page, navigation start to the frame after the list first paints; import.backup: the app's own export of a 300-journey, 90,000-card workspace, chosen in a fresh profile until stored (includes handing the file to the page)",
      );
      await context.close();
    }
    return results;
  },
};
