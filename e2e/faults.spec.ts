import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import * as Y from "yjs";
import { expect, openApp, test } from "./support/fixtures";
import { addStoredUpdate } from "./support/stored";
import {
  card,
  importFile,
  journeyFile,
  openImportedJourney,
  waitSaved,
} from "./support/journey-file";
import { emptyQuota, fillQuota, limitQuota } from "./support/quota";
import { SAMPLE } from "./support/workspace";

const inspectorTitle = (page: Page) =>
  page.getByRole("region", { name: "Inspector" }).getByRole("textbox", { name: "Title" });

test.describe("faults do not lose work", () => {
  test("sets a damaged record aside, opens the rest, and offers it for download", async ({
    page,
  }) => {
    await openApp(page);
    await openImportedJourney(
      page,
      journeyFile({
        cards: [{ id: "good", stage: 0, lane: "touchpoints", title: "Checkout page" }],
      }),
    );
    await waitSaved(page);
    // A card written into the journey's stored document by something that did not check it
    // (an old bug, a broken disk).
    await addStoredUpdate(page, "journey:journeyTest1", (doc) => {
      const broken = new Y.Map<unknown>();
      doc.getMap("cards").set("broken", broken);
      broken.set("kind", "spaceship");
      broken.set("title", "Half-written card");
      broken.set("stageId", "journeyTest1s0");
    });
    await page.reload();
    const banner = page.getByRole("alert").filter({ hasText: "One damaged item was set aside" });
    await expect(banner).toBeVisible();
    await expect(banner).toContainText("Card “Half-written card”");
    // Why, in words rather than the schema's: the first thing wrong with the record.
    await expect(banner).toContainText("kind holds a value Waymark does not know");
    await expect(card(page, "Touchpoint: Checkout page")).toBeVisible();
    const download = page.waitForEvent("download");
    await banner.getByRole("button", { name: "Download it" }).click();
    const saved = JSON.parse(readFileSync(await (await download).path(), "utf8"));
    expect(saved.rows[0]).toMatchObject({
      id: "broken",
      kind: "spaceship",
      title: "Half-written card",
    });
    await banner.getByRole("button", { name: "Discard" }).click();
    await expect(banner).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole("alert").filter({ hasText: "damaged" })).toHaveCount(0);
  });

  test("a crash in a view says what failed, downloads a real backup, and reloads", async ({
    page,
    consoleErrors,
  }) => {
    await openApp(page);
    await page.getByRole("link", { name: SAMPLE.journey }).first().click();
    await expect(card(page, "Touchpoint: Friend's referral code")).toBeVisible();
    // Break something every view relies on (plural rules), then move to another view.
    await page.evaluate(() => {
      Intl.PluralRules.prototype.select = () => {
        throw new Error("Plural rules are unavailable");
      };
      location.hash = "#/";
    });
    const screen = page.getByRole("alert").filter({ hasText: "Something went wrong" });
    await expect(screen).toBeVisible();
    await expect(screen).toContainText("What failed: Plural rules are unavailable");
    const download = page.waitForEvent("download");
    await screen.getByRole("button", { name: "Download a backup" }).click();
    const backup = JSON.parse(readFileSync(await (await download).path(), "utf8"));
    expect(backup).toMatchObject({ type: "waymark", kind: "workspace" });
    expect(backup.journeys.map((j: { title: string }) => j.title)).toContain(SAMPLE.journey);
    await screen.getByRole("button", { name: "Reload" }).click();
    await expect(page.getByRole("heading", { name: "Personas and journeys" })).toBeVisible();
    // React reports the caught crash on the console; that is the one error this test expects.
    consoleErrors.splice(
      0,
      consoleErrors.length,
      ...consoleErrors.filter((e) => !/Plural rules are unavailable|view crashed/.test(e)),
    );
  });

  test("without IndexedDB (a private window, storage blocked) it works in memory and says so", async ({
    page,
  }) => {
    await page.addInitScript(() => {
      IDBFactory.prototype.open = function () {
        throw new DOMException(
          "The user denied permission to access the database.",
          "SecurityError",
        );
      };
    });
    await openApp(page);
    await expect(page.getByRole("alert")).toContainText(
      "Waymark cannot store anything in this browser",
    );
    await expect(
      page.getByRole("status").filter({ hasText: "Not stored: this tab only" }),
    ).toBeVisible();
    await page.getByRole("link", { name: SAMPLE.journey }).first().click();
    await card(page, "Touchpoint: Friend's referral code").click();
    await inspectorTitle(page).fill("Edited in memory");
    await expect(card(page, "Touchpoint: Edited in memory")).toBeVisible();
    const download = page.waitForEvent("download");
    await page.getByRole("alert").getByRole("button", { name: "Download a backup" }).click();
    const backup = readFileSync(await (await download).path(), "utf8");
    expect(backup).toContain("Edited in memory");
  });

  test("a newer Waymark in another tab stops this tab saving, safely, and says so", async ({
    page,
    context,
  }) => {
    await openApp(page);
    await page.getByRole("link", { name: SAMPLE.journey }).first().click();
    await waitSaved(page);
    const other = await context.newPage();
    await other.goto("about:blank");
    await other.goto(page.url().replace(/#.*$/, "favicon.svg"));
    await other.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open("waymark", 900);
          request.onsuccess = () => {
            request.result.close();
            resolve();
          };
          request.onerror = () => reject(request.error);
        }),
    );
    const banner = page
      .getByRole("alert")
      .filter({ hasText: "A newer version of Waymark opened in another tab" });
    await expect(banner).toBeVisible();
    await card(page, "Touchpoint: Friend's referral code").click();
    await inspectorTitle(page).fill("Kept in memory");
    await expect(page.getByRole("status").filter({ hasText: "Not saved" })).toBeVisible();
    const download = page.waitForEvent("download");
    await banner.getByRole("button", { name: "Download a backup" }).click();
    expect(readFileSync(await (await download).path(), "utf8")).toContain("Kept in memory");
  });

  test("waits for a tab of an older version to let go, says so, and keeps a file imported meanwhile", async ({
    page,
    context,
    baseURL,
  }) => {
    // A tab of an older Waymark holds the database open at an older version and does not let go.
    const older = await context.newPage();
    await older.goto(`${baseURL}/favicon.svg`);
    await older.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open("waymark", 1);
          request.onsuccess = () => {
            (window as { held?: IDBDatabase }).held = request.result;
            resolve();
          };
          request.onerror = () => reject(request.error);
        }),
    );
    await page.goto("/#/");
    const banner = page.getByRole("alert").filter({ hasText: "waiting for another tab" });
    await expect(banner).toBeVisible();
    await expect(page.locator("[data-save-state]")).toHaveAttribute("data-save-state", "loading");
    // A file imported while Waymark waits is kept for when the workspace opens, not dropped.
    await importFile(
      page,
      journeyFile({ cards: [{ id: "a", stage: 0, lane: "touchpoints", title: "Imported early" }] }),
    );
    await older.evaluate(() => (window as { held?: IDBDatabase }).held?.close());
    await expect(banner).toHaveCount(0);
    await expect(card(page, "Touchpoint: Imported early")).toBeVisible();
    await waitSaved(page);
    await page.goto("/#/");
    await expect(page.getByRole("link", { name: "Test journey" })).toBeVisible();
    await expect(page.getByRole("link", { name: SAMPLE.journey }).first()).toBeVisible();
  });

  test("reminds to download a backup when storage may be cleared and none was made for a week", async ({
    page,
  }) => {
    // Headless Chromium refuses persistent storage, like a browser without site engagement.
    await page.clock.install({ time: new Date("2026-11-01T09:00:00Z") });
    await openApp(page);
    await page.getByRole("button", { name: "Main menu" }).click();
    await expect(page.getByRole("menu")).toContainText("Storage: may be cleared by the browser");
    await page.keyboard.press("Escape");
    const reminder = page
      .getByRole("status")
      .filter({ hasText: "you have not downloaded a backup this week" });
    await expect(reminder).toHaveCount(0);
    await page.clock.setFixedTime(new Date("2026-11-09T09:00:00Z"));
    await page.reload();
    await expect(reminder).toBeVisible();
    await reminder.getByRole("button", { name: "Dismiss" }).click();
    await expect(reminder).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole("heading", { name: "Personas and journeys" })).toBeVisible();
    await expect(reminder).toHaveCount(0);
  });
});

test.describe("a full storage quota", () => {
  test("keeps the work in memory, says storage is full, and saves once there is room again", async ({
    page,
    baseURL,
  }) => {
    await limitQuota(page, baseURL!, 12 * 1024 * 1024);
    await openApp(page);
    await page.getByRole("link", { name: SAMPLE.journey }).first().click();
    await waitSaved(page);
    expect(await fillQuota(page)).toBeGreaterThan(1024 * 1024);
    await card(page, "Touchpoint: Friend's referral code").click();
    // The longest note a card may hold, of random letters (so it does not compress): more than
    // the full quota can take.
    const text = Array.from({ length: 20_000 }, () =>
      String.fromCharCode(97 + Math.floor(Math.random() * 26)),
    ).join("");
    await page.getByRole("textbox", { name: "Notes" }).fill(text);
    const banner = page.getByRole("alert").filter({ hasText: "storage is full" });
    await expect(banner).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: "Not saved" })).toBeVisible();
    await inspectorTitle(page).fill("Still here");
    await expect(card(page, "Touchpoint: Still here")).toBeVisible();
    // Room again: Waymark retries on its own and the warning goes.
    await emptyQuota(page);
    await expect(banner).toHaveCount(0, { timeout: 45_000 });
    await waitSaved(page);
    await page.reload();
    await expect(card(page, "Touchpoint: Still here")).toBeVisible();
  });
});
