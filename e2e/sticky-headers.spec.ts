import { expect, openApp, test } from "./support/fixtures";
import { cell, journeyFile, openImportedJourney } from "./support/journey-file";

const journey = () =>
  journeyFile({
    stages: ["Discover", "Choose", "Buy", "Use", "Renew"],
    cards: [
      { id: "tp", stage: 3, lane: "touchpoints", title: "Welcome email" },
      { id: "fp", stage: 3, lane: "frictionPoints", title: "Password reset loop" },
    ],
  });

test.describe("lane and stage names pinned to the edges", () => {
  test("zoomed into a late stage, each lane still says its name beside its row", async ({
    page,
  }) => {
    await openApp(page);
    await openImportedJourney(page, journey());
    const pinned = page.locator(".sticky-headers__lane");
    // Fitted, the real lane headers are in view: nothing is pinned over the map.
    await expect(pinned).toHaveCount(0);

    await page.getByRole("combobox", { name: "Zoom to a stage…" }).selectOption({ label: "Use" });
    const touchpoints = pinned.filter({ hasText: "Touchpoints" });
    await expect(touchpoints).toBeVisible();
    // The pinned name sits on the row it names (once the zoom has moved there), left of the
    // cards, and covers none of them.
    const rowAndLabel = async () => ({
      row: (await cell(page, "Use", "Touchpoints").boundingBox())!,
      label: (await touchpoints.boundingBox())!,
    });
    await expect
      .poll(async () => {
        const { row, label } = await rowAndLabel();
        return Math.max(Math.abs(label.y - row.y), Math.abs(label.height - row.height));
      })
      .toBeLessThan(2);
    const { row, label } = await rowAndLabel();
    expect(label.x + label.width).toBeLessThanOrEqual(row.x + 1);

    // Scrolled down past the stage headers, the stage names are pinned to the top.
    const map = (await page.locator(".react-flow").boundingBox())!;
    await page.mouse.move(map.x + map.width / 2, map.y + map.height / 2);
    await page.mouse.wheel(0, 400);
    const stage = page.locator(".sticky-headers__stage").filter({ hasText: "Use" });
    await expect(stage).toBeVisible();
    const stageBox = (await stage.boundingBox())!;
    expect(Math.abs(stageBox.y - map.y)).toBeLessThan(2);
    await page.screenshot({ path: "test-results/screenshots/sticky-headers.png" });
  });

  test("zoomed out, names are pinned once half their header has gone, and none is cut in half", async ({
    page,
  }) => {
    await openApp(page);
    await openImportedJourney(page, journey());
    await page.getByRole("button", { name: "Fit the whole journey" }).click();
    const pinned = page.locator(".sticky-headers__lane");
    await expect(pinned).toHaveCount(0);
    const realHeader = page.locator(".lane-header").first();
    const map = (await page.locator(".react-flow").boundingBox())!;
    await page.mouse.move(map.x + map.width / 2, map.y + map.height / 2);
    // Pan right a little at a time until more than half of the real lane header is off screen.
    for (let i = 0; i < 40; i++) {
      const box = (await realHeader.boundingBox())!;
      if (box.x + box.width / 2 < map.x) break;
      await expect(pinned).toHaveCount(0);
      await page.mouse.wheel(10, 0);
    }
    await expect(pinned.first()).toBeVisible();
    await expect(pinned).toHaveCount(9);
    for (const lane of await pinned.all()) {
      // Every name is whole lines inside its row: one line cut with "…" in a short row.
      const fits = await lane.evaluate((row) => {
        const name = row.querySelector("span")!;
        const rowBox = row.getBoundingClientRect();
        const nameBox = name.getBoundingClientRect();
        return nameBox.top >= rowBox.top - 0.5 && nameBox.bottom <= rowBox.bottom + 0.5;
      });
      expect(fits, await lane.innerText()).toBe(true);
    }
  });
});
