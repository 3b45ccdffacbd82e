import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import lighthouse from "lighthouse";
import { CHROMIUM_ARGS, chromiumPath } from "../support/browser.mjs";

const PORT = Number(process.env.WAYMARK_LIGHTHOUSE_PORT ?? 9333);

/**
 * Lighthouse (12.8, fully offline) on the home view and on the sample journey's map, in one
 * browser profile so the map has its journey. The figures are the lower of the two pages'
 * scores: the app is as accessible as its least accessible screen.
 */
export const lighthouseScores = {
  name: "lighthouse",
  description: "Lighthouse accessibility and best-practices scores (home and journey map)",
  browser: true,
  async run({ baseURL, note }) {
    const profile = mkdtempSync(path.join(tmpdir(), "waymark-lighthouse-"));
    const executablePath = chromiumPath();
    const context = await chromium.launchPersistentContext(profile, {
      ...(executablePath ? { executablePath } : {}),
      args: [...CHROMIUM_ARGS, `--remote-debugging-port=${PORT}`],
      viewport: { width: 1350, height: 940 },
    });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(`${baseURL}/#/`);
      await page.waitForFunction(
        () =>
          document.querySelector("[data-save-state]")?.getAttribute("data-save-state") === "saved",
      );
      const journeyHref = await page
        .getByRole("link", { name: "Weekly grocery order on the phone" })
        .first()
        .getAttribute("href");
      const pages = { home: `${baseURL}/#/`, journey: `${baseURL}/${journeyHref}` };
      const results = {};
      const scores = {};
      for (const [name, url] of Object.entries(pages)) {
        const run = await lighthouse(url, {
          port: PORT,
          output: "json",
          logLevel: "error",
          onlyCategories: ["accessibility", "best-practices"],
          formFactor: "desktop",
          screenEmulation: {
            mobile: false,
            width: 1350,
            height: 940,
            deviceScaleFactor: 1,
            disabled: false,
          },
          throttlingMethod: "provided",
        });
        const categories = run.lhr.categories;
        scores[name] = {
          accessibility: Math.round(categories.accessibility.score * 100),
          bestPractices: Math.round(categories["best-practices"].score * 100),
        };
        const failed = Object.values(run.lhr.audits).filter(
          (audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === "binary",
        );
        if (failed.length)
          note(`${name}: audits not passed: ${failed.map((audit) => audit.id).join(", ")}`);
        // Where a failing accessibility audit points, so a lost point can be found and fixed.
        for (const audit of failed) {
          const nodes = (audit.details?.items ?? [])
            .map((item) => item.node?.snippet)
            .filter(Boolean)
            .slice(0, 3);
          if (nodes.length) note(`${name}: ${audit.id}: ${nodes.join(" | ")}`);
        }
      }
      results["lighthouse.accessibility"] = Math.min(
        ...Object.values(scores).map((s) => s.accessibility),
      );
      results["lighthouse.best_practices"] = Math.min(
        ...Object.values(scores).map((s) => s.bestPractices),
      );
      note(`scores per page: ${JSON.stringify(scores)}`);
      return results;
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  },
};
