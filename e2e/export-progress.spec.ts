import { expect, openApp, test } from "./support/fixtures";
import { openExport } from "./support/export";

test.describe("exporting images", () => {
  test("shows progress for a slow export and keeps the page painting while it runs", async ({
    page,
  }) => {
    await openApp(page);
    // The sample journey: six stages, each drawn as its own 3840 × 2160 PNG.
    await page.getByRole("link", { name: "Weekly grocery order on the phone" }).first().click();
    const dialog = await openExport(page);
    await dialog.getByLabel("Size").selectOption({ label: "3840 × 2160" });
    await dialog.getByLabel("Scope").selectOption({ label: "Every stage as its own image" });
    let downloads = 0;
    page.on("download", () => downloads++);
    // Every animation frame notes how far the export is, as its progress bar shows it: frames
    // keep coming only while the export leaves the page free to paint.
    await page.evaluate(() => {
      const seen: number[] = [];
      (window as unknown as { framesSeen: number[] }).framesSeen = seen;
      const tick = () => {
        const bar = document.querySelector<HTMLProgressElement>('progress[aria-label="Exporting"]');
        if (bar) seen.push(bar.value);
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    await dialog.getByRole("button", { name: "Download", exact: true }).click();
    const progress = dialog.getByRole("progressbar", { name: "Exporting" });
    await expect(progress).toBeVisible();
    await expect(progress).toHaveAttribute("max", "6");
    await expect(dialog).toContainText(/Drawing image [1-6] of 6…/);
    await expect(dialog.getByRole("status")).toHaveText("Downloaded 6 images.");
    await expect(progress).toBeHidden();
    await expect.poll(() => downloads).toBe(6);
    const seen = await page.evaluate(
      () => (window as unknown as { framesSeen: number[] }).framesSeen,
    );
    // The page painted while at least two different images were being drawn.
    expect(new Set(seen).size).toBeGreaterThanOrEqual(2);
  });
});
