import { expect, openApp, test } from "./support/fixtures";
import { basic, card, cell, openImportedJourney } from "./support/canvas";

test.describe("the journey canvas: panning and zooming", () => {
  test.beforeEach(async ({ page }) => {
    await openApp(page);
  });

  test("pans by dragging on empty space", async ({ page }) => {
    await openImportedJourney(page, basic());
    const viewport = page.locator(".react-flow__viewport");
    const before = await viewport.getAttribute("style");
    const empty = (await cell(page, "Buy", "Thoughts and feelings").boundingBox())!;
    await page.mouse.move(empty.x + 20, empty.y + 20);
    await page.mouse.down();
    await page.mouse.move(empty.x - 60, empty.y - 80, { steps: 8 });
    await page.mouse.up();
    await expect(viewport).not.toHaveAttribute("style", before!);
  });

  test("zooms to a stage so its column fills the map, from the controls", async ({ page }) => {
    await openImportedJourney(page, basic());
    const pane = (await page.locator(".react-flow").boundingBox())!;
    const before = (await cell(page, "Use", "Touchpoints").boundingBox())!;
    await page.getByRole("combobox", { name: "Zoom to a stage…" }).selectOption({ label: "Use" });
    // The Use column is centred in the map and drawn larger than in the fitted view.
    await expect
      .poll(async () => {
        const box = (await cell(page, "Use", "Touchpoints").boundingBox())!;
        return Math.abs(box.x + box.width / 2 - (pane.x + pane.width / 2));
      })
      .toBeLessThan(4);
    const after = (await cell(page, "Use", "Touchpoints").boundingBox())!;
    expect(after.width).toBeGreaterThan(before.width * 1.1);
    expect(after.x).toBeGreaterThanOrEqual(pane.x);
    expect(after.x + after.width).toBeLessThanOrEqual(pane.x + pane.width);
    await expect(card(page, "Touchpoint: Welcome email")).toBeInViewport();
  });

  test("keeps stage and lane buttons at least 24 px on screen when a tall map opens zoomed out", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1350, height: 940 });
    await openApp(page);
    await page.getByRole("link", { name: "Weekly grocery order on the phone" }).first().click();
    const toggle = page.getByRole("button", { name: "Collapse Touchpoints" });
    await expect(toggle).toBeVisible();
    const zoom = await page
      .locator(".react-flow")
      .evaluate((el) => Number(getComputedStyle(el).getPropertyValue("--zoom")));
    expect(zoom).toBeLessThan(0.6);
    for (const control of [
      toggle,
      page.getByRole("button", { name: "Lane options: Touchpoints" }),
      page.getByRole("button", { name: /^Stage options: / }).first(),
    ]) {
      const box = (await control.boundingBox())!;
      expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(23.5);
    }
    await page.getByRole("button", { name: "Lane options: Touchpoints" }).click();
    await expect(page.getByRole("menu")).toBeVisible();
  });
});
