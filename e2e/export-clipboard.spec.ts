import { expect, openApp, test } from "./support/fixtures";
import { buildJourney, importJourney } from "./support/export-journey";
import { SAMPLE, openExport } from "./support/export";
import { coverage, decodePng } from "./support/png";

test.describe("exporting images", () => {
  test("copies a PNG to the clipboard in Chromium with the permission granted", async ({
    page,
    context,
  }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await openApp(page);
    await importJourney(page, buildJourney(SAMPLE));
    const dialog = await openExport(page);
    await dialog.getByRole("button", { name: "Copy to clipboard" }).click();
    await expect(dialog.getByRole("status")).toHaveText("Copied the image to the clipboard.");
    const base64 = await page.evaluate(async () => {
      const items = await navigator.clipboard.read();
      const item = items.find((i) => i.types.includes("image/png"));
      if (!item) return null;
      const bytes = new Uint8Array(await (await item.getType("image/png")).arrayBuffer());
      let binary = "";
      for (const byte of bytes) binary += String.fromCharCode(byte);
      return btoa(binary);
    });
    expect(base64).not.toBeNull();
    const image = decodePng(Buffer.from(base64!, "base64"));
    expect([image.width, image.height]).toEqual([1920, 1080]);
    expect(coverage(image)).toBeGreaterThan(0.15);
  });

  test("says plainly when the browser cannot put images on the clipboard", async ({ page }) => {
    // A browser without the async clipboard's ClipboardItem (as Firefox was until 2024).
    await page.addInitScript(() => {
      delete (window as { ClipboardItem?: unknown }).ClipboardItem;
    });
    await openApp(page);
    await importJourney(page, buildJourney(SAMPLE));
    const dialog = await openExport(page);
    await dialog.getByRole("button", { name: "Copy to clipboard" }).click();
    await expect(dialog.getByRole("status")).toHaveText(
      "This browser does not let web pages put images on the clipboard. Download the PNG instead.",
    );
    // Nothing is stuck: the image can still be downloaded.
    await expect(dialog.getByRole("button", { name: "Download", exact: true })).toBeEnabled();
  });
});
