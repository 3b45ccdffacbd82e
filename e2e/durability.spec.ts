import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, openApp, test } from "./support/fixtures";
import {
  card,
  importFile,
  inspectorTitle,
  journeyFile,
  openImportedJourney,
  twoTouchpointsFile,
  waitSaved,
} from "./support/journey-file";
import { fillQuota, limitQuota } from "./support/quota";
import { storedJourney, storedTitles } from "./support/stored";

/**
 * An edit is on disk within milliseconds, whatever happens to the tab next; a person about to
 * leave with edits the disk refused is asked first; storage that vanishes is made anew from
 * memory. Each of these lost work before the document engine.
 */

const file = twoTouchpointsFile;

/** Retitles a card and returns at once: nothing waits for a save. */
async function retitle(page: Page, from: string, to: string) {
  await card(page, `Touchpoint: ${from}`).click();
  await inspectorTitle(page).fill(to);
}

test.describe("an edit survives what happens to the tab next", () => {
  test("the renderer crashing 50 ms after an edit", async ({ page, context }) => {
    await openApp(page);
    await openImportedJourney(page, file());
    await waitSaved(page);
    await retitle(page, "Checkout page", "Kept through a crash");
    await page.waitForTimeout(50);
    const cdp = await context.newCDPSession(page);
    const crashed = page.waitForEvent("crash");
    // The answer never comes: the renderer is gone.
    void cdp.send("Page.crash").catch(() => {});
    await crashed;
    const fresh = await context.newPage();
    await fresh.goto("/#/journey/journeyTest1");
    await expect(card(fresh, "Touchpoint: Kept through a crash")).toBeVisible();
    expect(await storedTitles(fresh)).toEqual(["Instagram ad", "Kept through a crash"]);
  });

  test("the tab closing 50 ms after an edit", async ({ page, context }) => {
    await openApp(page);
    await openImportedJourney(page, file());
    await waitSaved(page);
    await retitle(page, "Instagram ad", "Kept through a close");
    await page.waitForTimeout(50);
    await page.close();
    const fresh = await context.newPage();
    await fresh.goto("/#/journey/journeyTest1");
    await expect(card(fresh, "Touchpoint: Kept through a close")).toBeVisible();
  });
});

test.describe("when storage fails", () => {
  test("asks before the tab closes or reloads over edits that storage is full for", async ({
    page,
    baseURL,
  }) => {
    await limitQuota(page, baseURL!, 12 * 1024 * 1024);
    await openApp(page);
    await openImportedJourney(page, file());
    await waitSaved(page);
    await fillQuota(page);
    await card(page, "Touchpoint: Checkout page").click();
    // Random letters (they do not compress): more than the full quota takes.
    const text = Array.from({ length: 20_000 }, () =>
      String.fromCharCode(97 + Math.floor(Math.random() * 26)),
    ).join("");
    await page.getByRole("textbox", { name: "Notes" }).fill(text);
    await expect(page.getByRole("alert").filter({ hasText: "storage is full" })).toBeVisible();
    const asked: string[] = [];
    page.on("dialog", (dialog) => {
      asked.push(dialog.type());
      void dialog.dismiss();
    });
    await page.close({ runBeforeUnload: true });
    await expect.poll(() => asked).toEqual(["beforeunload"]);
    // Dismissed: the tab stays, with the edit.
    expect(page.isClosed()).toBe(false);
    await expect(page.getByRole("textbox", { name: "Notes" })).toHaveValue(text);
  });

  test("a database deleted under the app is made anew from what the tab holds, and it says so", async ({
    page,
    context,
  }) => {
    await openApp(page);
    await openImportedJourney(page, file());
    await retitle(page, "Instagram ad", "Held in this tab");
    await waitSaved(page);
    // Another page of the site deletes the database (as "clear site data" or a script would).
    const other = await context.newPage();
    await other.goto("/favicon.svg");
    await other.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.deleteDatabase("waymark");
          request.onsuccess = () => resolve();
          request.onerror = () => reject(request.error);
        }),
    );
    await other.close();
    await expect(page.getByText("stored Waymark data was deleted")).toBeVisible();
    await waitSaved(page);
    expect(await storedTitles(page)).toEqual(["Checkout page", "Held in this tab"]);
    await page.reload();
    await expect(card(page, "Touchpoint: Held in this tab")).toBeVisible();
    // The sample is not made again over it.
    await page.goto("/#/");
    await expect(page.getByRole("link", { name: "Test journey" })).toBeVisible();
  });
});

test.describe("order in a cell", () => {
  test("cards placed near the largest number a file can hold move, reload and export cleanly", async ({
    page,
  }) => {
    await openApp(page);
    const near = journeyFile({
      cards: [
        { id: "one", stage: 0, lane: "touchpoints", title: "First" },
        { id: "two", stage: 0, lane: "touchpoints", title: "Second" },
        { id: "three", stage: 0, lane: "touchpoints", title: "Third" },
      ],
    });
    const orders = [1e308, 1.5e308, 1.7976931348623157e308];
    near.journeys[0]!.elements.forEach((element, i) => (element.order = orders[i]!));
    await openImportedJourney(page, near);
    await card(page, "Touchpoint: Third").click();
    await page.keyboard.press("Alt+ArrowUp");
    await page.keyboard.press("Alt+ArrowUp");
    await waitSaved(page);
    await page.reload();
    await expect(page.getByRole("alert")).toHaveCount(0);
    const stored = (await storedJourney(page, "journeyTest1"))!;
    const inCell = Object.values(stored.elements).sort((a, b) => (a.order < b.order ? -1 : 1));
    expect(inCell.map((c) => c.title)).toEqual(["Third", "First", "Second"]);
    // The app's own export of the journey opens again.
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Main menu" }).click();
    await page.getByRole("menuitem", { name: "Export this journey as a file" }).click();
    const text = readFileSync(await (await download).path(), "utf8");
    await importFile(page, text, "again.waymark.json");
    await expect(page.getByRole("alert")).toHaveCount(0);
    await expect(page).not.toHaveURL(/journeyTest1$/);
    await expect(card(page, "Touchpoint: Third")).toBeVisible();
  });
});
