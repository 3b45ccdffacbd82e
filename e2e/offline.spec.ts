import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { decodePng } from "./support/png";
import { expect, openApp, test } from "./support/fixtures";
import { card, cell, journeyFile, openImportedJourney, waitSaved } from "./support/journey-file";
import { emptyQuota, fillQuota, limitQuota } from "./support/quota";
import { serveBuild } from "./support/static-server";

/** Waits until the service worker controls the page: from then on the app needs no network. */
async function controlledByServiceWorker(page: Page) {
  await expect
    .poll(() => page.evaluate(() => Boolean(navigator.serviceWorker?.controller)))
    .toBe(true);
}

type Host = Awaited<ReturnType<typeof serveBuild>>;

/** A new release is deployed (the service worker's bytes change) and the page looks for it. */
async function releaseUpdate(host: Host, page: Page) {
  await host.deploy("/sw.js", (text) => `${text}\n// release 2\n`);
  await page.evaluate(async () => {
    await (await navigator.serviceWorker.getRegistration())?.update();
  });
}

/** Opens a one-card journey on the build served by `host`, controlled by its service worker. */
async function openOnHost(host: Host, page: Page) {
  await page.goto(`${host.url}/#/`);
  await openImportedJourney(
    page,
    journeyFile({ cards: [{ id: "a", stage: 0, lane: "touchpoints", title: "Checkout page" }] }),
  );
  await controlledByServiceWorker(page);
}

async function retitleCard(page: Page, title: string) {
  await card(page, "Touchpoint: Checkout page").click();
  await page
    .getByRole("region", { name: "Inspector" })
    .getByRole("textbox", { name: "Title" })
    .fill(title);
}

/** Marks this page load; `sameLoad` is false once the page has reloaded. */
async function markLoad(page: Page) {
  await page.evaluate(() => ((window as { stillHere?: boolean }).stillHere = true));
}
async function sameLoad(page: Page) {
  return page.evaluate(() => (window as { stillHere?: boolean }).stillHere === true);
}

test.describe("offline", () => {
  // The service worker is what these tests are about: the rest of the suite runs without it.
  test.use({ serviceWorkers: "allow" });
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
      await openOnHost(host, page);
      await releaseUpdate(host, page);
      const banner = page
        .getByRole("status")
        .filter({ hasText: "A new version of Waymark is ready" });
      await expect(banner).toBeVisible();
      // Nothing reloads on its own: an edit made now stays where it is.
      await retitleCard(page, "Edited before the update");
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

  test("an update chosen in one tab does not reload another tab under its edit", async ({
    page,
    context,
  }) => {
    const host = await serveBuild();
    try {
      await openOnHost(host, page);
      const other = await context.newPage();
      await other.goto(page.url());
      await controlledByServiceWorker(other);
      await markLoad(other);

      await releaseUpdate(host, page);
      const offer = (p: Page) => p.getByRole("status").filter({ hasText: "Update available" });
      await expect(offer(page)).toBeVisible();
      await retitleCard(other, "Typed in the other tab");

      const reloaded = page.waitForEvent("load");
      await offer(page).getByRole("button", { name: "Update and reload" }).click();
      await reloaded;
      // The other tab carries on where it was, and is told to reload when ready.
      const told = other.getByRole("status").filter({ hasText: "updated in another tab" });
      await expect(told).toBeVisible();
      expect(await sameLoad(other)).toBe(true);
      await expect(card(other, "Touchpoint: Typed in the other tab")).toBeVisible();
      await expect(card(page, "Touchpoint: Typed in the other tab")).toBeVisible();

      const otherReloaded = other.waitForEvent("load");
      await told.getByRole("button", { name: "Update and reload" }).click();
      await otherReloaded;
      await expect(card(other, "Touchpoint: Typed in the other tab")).toBeVisible();
      await expect(
        other.getByRole("status").filter({ hasText: "updated in another tab" }),
      ).toHaveCount(0);
    } finally {
      await host.close();
    }
  });

  test("does not reload into an update over edits that could not be stored", async ({ page }) => {
    const host = await serveBuild();
    try {
      await limitQuota(page, host.url, 12 * 1024 * 1024);
      await openOnHost(host, page);
      expect(await fillQuota(page)).toBeGreaterThan(1024 * 1024);
      await card(page, "Touchpoint: Checkout page").click();
      // A long note of random letters (so it does not compress): more than the full quota takes.
      const notes = Array.from({ length: 20_000 }, () =>
        String.fromCharCode(97 + Math.floor(Math.random() * 26)),
      ).join("");
      await page.getByRole("textbox", { name: "Notes" }).fill(notes);
      await expect(page.getByRole("alert").filter({ hasText: "storage is full" })).toBeVisible();
      await markLoad(page);

      await releaseUpdate(host, page);
      const offer = page.getByRole("status").filter({ hasText: "Update available" });
      await offer.getByRole("button", { name: "Update and reload" }).click();
      const held = page.getByRole("alert").filter({ hasText: "reloading now would lose them" });
      await expect(held).toBeVisible();
      expect(await sameLoad(page)).toBe(true);

      const download = page.waitForEvent("download");
      await held.getByRole("button", { name: "Download a backup" }).click();
      // The backup holds the edit that storage refused.
      expect(await readFile(await (await download).path(), "utf8")).toContain(notes);

      const reloaded = page.waitForEvent("load");
      await held.getByRole("button", { name: "Reload anyway" }).click();
      await reloaded;
      await emptyQuota(page);
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
