import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { decodePng } from "./support/png";
import { expect, openApp, test } from "./support/fixtures";
import { card, cell, journeyFile, openImportedJourney, waitSaved } from "./support/journey-file";
import { serveBuild } from "./support/static-server";

/** Waits until the service worker controls the page: from then on the app needs no network. */
async function controlledByServiceWorker(page: Page) {
  await expect
    .poll(() => page.evaluate(() => Boolean(navigator.serviceWorker?.controller)))
    .toBe(true);
}

test.describe("offline", () => {
  test("after one visit, loads, edits and keeps work with the network cut", async ({
    page,
    context,
  }) => {
    await openApp(page);
    await openImportedJourney(
      page,
      journeyFile({ cards: [{ id: "a", stage: 0, lane: "touchpoints", title: "Checkout page" }] }),
    );
    await waitSaved(page);
    await controlledByServiceWorker(page);

    await context.setOffline(true);
    await page.reload();
    await expect(card(page, "Touchpoint: Checkout page")).toBeVisible();
    await page
      .getByRole("button", { name: "Friction point", exact: true })
      .dragTo(cell(page, "Buy", "Friction points"), { force: true });
    await page
      .getByRole("region", { name: "Inspector" })
      .getByRole("textbox", { name: "Title" })
      .fill("Card declined twice");
    await waitSaved(page);
    await page.reload();
    await expect(card(page, "Friction point: Card declined twice")).toBeVisible();
    // Export still works with no network: fonts and the exporter come from the cache.
    await page.getByRole("button", { name: "Export", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: "Export" });
    await expect(dialog.getByRole("img", { name: "Preview of the exported image" })).toBeVisible();
    await dialog.getByLabel("Size").selectOption({ label: "1920 × 1080" });
    const [file] = await Promise.all([
      page.waitForEvent("download"),
      dialog.getByRole("button", { name: "Download", exact: true }).click(),
    ]);
    const png = decodePng(await readFile(await file.path()));
    expect([png.width, png.height]).toEqual([1920, 1080]);
    await page.keyboard.press("Escape");
    await page.goto("/#/");
    await expect(page.getByRole("link", { name: "Test journey" })).toBeVisible();
  });

  test("offers a new version without reloading under an edit, and keeps the edit when it reloads", async ({
    page,
  }) => {
    const host = await serveBuild();
    try {
      await page.goto(`${host.url}/#/`);
      await expect(page.locator("[data-save-state]")).toHaveAttribute("data-save-state", "saved");
      await openImportedJourney(
        page,
        journeyFile({
          cards: [{ id: "a", stage: 0, lane: "touchpoints", title: "Checkout page" }],
        }),
      );
      await controlledByServiceWorker(page);
      // A new release is deployed: the service worker's bytes change.
      await host.deploy("/sw.js", (text) => `${text}\n// release 2\n`);
      await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        await registration?.update();
      });
      const banner = page
        .getByRole("status")
        .filter({ hasText: "A new version of Waymark is ready" });
      await expect(banner).toBeVisible();
      // Nothing reloads on its own: an edit made now stays where it is.
      await card(page, "Touchpoint: Checkout page").click();
      await page
        .getByRole("region", { name: "Inspector" })
        .getByRole("textbox", { name: "Title" })
        .fill("Edited before the update");
      await expect(card(page, "Touchpoint: Edited before the update")).toBeVisible();
      // Choosing to update saves first, then reloads into the new version.
      const reloaded = page.waitForEvent("load");
      await banner.getByRole("button", { name: "Update and reload" }).click();
      await reloaded;
      await expect(card(page, "Touchpoint: Edited before the update")).toBeVisible();
      await expect(
        page.getByRole("status").filter({ hasText: "A new version of Waymark is ready" }),
      ).toHaveCount(0);
    } finally {
      await host.close();
    }
  });

  test("installs like an app: a manifest with a name and icons", async ({ page, request }) => {
    await openApp(page);
    const href = await page.locator('link[rel="manifest"]').getAttribute("href");
    const manifest = await (await request.get(href!)).json();
    expect(manifest).toMatchObject({
      name: "Waymark: customer journey maps",
      short_name: "Waymark",
      display: "standalone",
    });
    const sizes = manifest.icons.map((icon: { sizes: string }) => icon.sizes);
    expect(sizes).toEqual(expect.arrayContaining(["192x192", "512x512"]));
    for (const icon of manifest.icons)
      expect((await request.get(icon.src)).headers()["content-type"]).toBe("image/png");
  });
});
