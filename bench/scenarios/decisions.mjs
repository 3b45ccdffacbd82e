import { generateJourneyFile } from "../support/generate.mjs";
import { importJourneyFile, openApp } from "../support/app.mjs";
import { median } from "../support/browser.mjs";

const RUNS = 7;
/** What is typed, and how many of the 1,000 generated cards each finds (every fifth title). */
const WORDS = ["delivery", "checkout", "support", "welcome", "store"];

/**
 * From a word put into the find box (one input event, as a paste or an autocompleted word) to
 * the frame that shows the map dimmed for it: the input event's own time stamp to the first
 * animation frame after the count says the word's 200 matches. The box held a word that matches
 * nothing before, so the count can only come from this word.
 */
async function applyFilter(page, word) {
  const search = page.getByRole("searchbox", { name: "Find on the map" });
  await search.fill("zzzz");
  await page.waitForFunction(() =>
    /^No card/.test(document.querySelector(".filter-bar__count")?.textContent ?? ""),
  );
  await page.waitForTimeout(150);
  await page.evaluate(() => {
    const box = document.querySelector(".filter-bar__input");
    window.__filterInput = null;
    box.addEventListener("input", (event) => (window.__filterInput = event.timeStamp), {
      once: true,
      capture: true,
    });
  });
  await search.fill(word);
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const check = () => {
          const count = document.querySelector(".filter-bar__count")?.textContent ?? "";
          const dimmed = document.querySelectorAll(".card--dimmed").length > 0;
          if (window.__filterInput !== null && dimmed && /^200 of 1,?000 cards match/.test(count))
            requestAnimationFrame((painted) => resolve(painted - window.__filterInput));
          else requestAnimationFrame(check);
        };
        check();
      }),
  );
}

/** Issue 18's figures: finding on a big map, opening Insights and the table. */
export const decisions = {
  name: "decisions",
  description: "find and filter, and the Insights page, on a generated 1,000-card journey",
  browser: true,
  async run({ baseURL, browser, note }) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await openApp(page, baseURL);
    await importJourneyFile(page, generateJourneyFile(1000));
    await page.getByRole("button", { name: "Find and filter" }).waitFor();
    await page.waitForSelector(".react-flow__node");
    await page.keyboard.press("/");
    const times = [];
    for (let i = 0; i < RUNS; i++) times.push(await applyFilter(page, WORDS[i % WORDS.length]));

    // The filter is the journey's, shared by the map and the table: empty it before the views.
    await page.getByRole("searchbox", { name: "Find on the map" }).fill("");
    await page.keyboard.press("Escape");
    await page.waitForFunction(() => !document.querySelector(".card--dimmed"));

    // Insights: from the navigation to the frame after its last panel is drawn.
    const journeyId = page.url().split("/journey/")[1];
    const opens = [];
    for (let i = 0; i < RUNS; i++) {
      await page.evaluate((id) => (location.hash = `#/journey/${id}`), journeyId);
      await page.waitForSelector(".react-flow__node");
      await page.waitForTimeout(200);
      opens.push(
        await page.evaluate(
          (id) =>
            new Promise((resolve) => {
              const start = performance.now();
              location.hash = `#/journey/${id}/insights`;
              const check = () => {
                if (
                  document.querySelector(
                    ".insights__panel:last-child .insights__ranking, .insights__panel:last-child .insights__muted",
                  )
                )
                  requestAnimationFrame((painted) => resolve(painted - start));
                else requestAnimationFrame(check);
              };
              check();
            }),
          journeyId,
        ),
      );
    }
    // The table: from the navigation to the frame after its last row is drawn (every card a row).
    const tables = [];
    for (let i = 0; i < RUNS; i++) {
      await page.evaluate((id) => (location.hash = `#/journey/${id}`), journeyId);
      await page.waitForSelector(".react-flow__node");
      await page.waitForTimeout(200);
      tables.push(
        await page.evaluate(
          (id) =>
            new Promise((resolve) => {
              const start = performance.now();
              location.hash = `#/journey/${id}/table`;
              const check = () => {
                if (document.querySelectorAll(".card-table tbody tr").length === 1000)
                  requestAnimationFrame((painted) => resolve(painted - start));
                else requestAnimationFrame(check);
              };
              check();
            }),
          journeyId,
        ),
      );
    }
    await context.close();
    note(
      `table.open: median of ${RUNS} navigations from the map of the same 1,000 cards to its table, until the frame after all 1,000 rows are drawn (goal: at most 300 ms, as Insights)`,
    );
    note(
      `filter.apply: median of ${RUNS} words put into the find box of a 1,000-card map (after a word matching nothing), from the input event to the next frame after the count shows 200 matches with cards dimmed (goal: at most 100 ms)`,
    );
    note(
      `insights.open: median of ${RUNS} navigations from the map of the same 1,000 cards to its Insights page, until the frame after its last panel shows (goal: at most 300 ms)`,
    );
    return {
      "filter.apply_ms@1000": median(times),
      "insights.open_ms@1000": median(opens),
      "table.open_ms@1000": median(tables),
    };
  },
};
