import type { Locator } from "@playwright/test";
import { expect, openApp, test } from "./support/fixtures";
import { SAMPLE } from "./support/workspace";

/** Whether the element's content fits its box: no hidden overflow, no stray scrollbar. */
const overflow = (locator: Locator) =>
  locator.evaluate((el) => ({
    x: el.scrollWidth - el.clientWidth,
    y: el.scrollHeight - el.clientHeight,
  }));

test.use({ viewport: { width: 1280, height: 800 } });

test.describe("nothing clipped at 1280x800", () => {
  test("the palette and a full-height dialog fit their content", async ({ page }) => {
    await openApp(page);
    await page.getByRole("link", { name: SAMPLE.journey }).first().click();
    const palette = page.getByRole("navigation", { name: "Add cards" });
    await expect(palette).toBeVisible();
    // Its longest name, "Thought or feeling", once left it a pixel short: a sideways scrollbar.
    expect((await overflow(palette)).x).toBeLessThanOrEqual(0);

    await page.getByRole("button", { name: "Export", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: "Export" });
    await expect(dialog).toBeVisible();
    // The body scrolls; the dialog itself must not (it once overflowed its border by 2 px).
    expect((await overflow(dialog)).y).toBeLessThanOrEqual(0);
  });
});
