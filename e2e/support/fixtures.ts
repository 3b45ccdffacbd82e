import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";

/**
 * Every test fails on a console error or an uncaught exception in the page: a user would not see
 * them, but they are how broken things first show.
 */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error") errors.push(message.text());
      });
      page.on("pageerror", (error) => errors.push(`${error.name}: ${error.message}`));
      await use(errors);
      expect(errors, "console errors in the page").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Opens the app and waits until the workspace has loaded from IndexedDB. */
export async function openApp(page: Page, hash = "#/"): Promise<void> {
  await page.goto(`/${hash}`);
  // The element must be there (the page renders once its language's texts are in), and loaded.
  await expect(page.locator("[data-save-state]")).toHaveAttribute(
    "data-save-state",
    /^(?!loading$)/,
  );
}

/** Serious and critical accessibility violations on the page as it is now. */
export async function seriousA11yViolations(page: Page, include?: string) {
  let builder = new AxeBuilder({ page });
  if (include) builder = builder.include(include);
  // Only the violations are read: passes and inapplicable rules are not listed (a third faster).
  const results = await builder
    .options({
      resultTypes: ["violations"],
      // Experimental in axe, so off by default: a name must hold the words a control shows
      // (WCAG 2.5.3), or a person using speech input cannot say what they see.
      rules: { "label-content-name-mismatch": { enabled: true } },
    })
    .analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5),
    }));
}
