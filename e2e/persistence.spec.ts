import { readFileSync } from "node:fs";
import type * as Y from "yjs";
import { FORMAT_VERSION } from "../src/format/version";
import { expect, openApp, test } from "./support/fixtures";
import { addStoredUpdate, storedTitles } from "./support/stored";
import {
  card,
  importFile,
  inspectorTitle,
  openImportedJourney,
  twoTouchpointsFile,
  waitSaved,
} from "./support/journey-file";

const file = twoTouchpointsFile;

test.describe("nothing is lost", () => {
  test("keeps an edit when the page reloads right after it, twenty times over", async ({
    page,
  }) => {
    await openApp(page);
    await openImportedJourney(page, file());
    await waitSaved(page);
    for (let cycle = 1; cycle <= 20; cycle++) {
      await card(
        page,
        cycle === 1 ? "Touchpoint: Checkout page" : `Touchpoint: Checkout v${cycle - 1}`,
      ).click();
      await inspectorTitle(page).fill(`Checkout v${cycle}`);
      // No waiting for the save: the reload follows the keystrokes at once.
      await page.reload();
      await expect(card(page, `Touchpoint: Checkout v${cycle}`)).toBeVisible();
    }
    expect(await storedTitles(page)).toEqual(["Checkout v20", "Instagram ad"]);
  });

  test("stores an edit within a second without any reload", async ({ page }) => {
    await openApp(page);
    await openImportedJourney(page, file());
    await card(page, "Touchpoint: Instagram ad").click();
    await inspectorTitle(page).fill("Facebook ad");
    await expect.poll(() => storedTitles(page)).toEqual(["Checkout page", "Facebook ad"]);
  });

  test("keeps two tabs on the same workspace in step, with both tabs' edits of different cards", async ({
    page,
    context,
  }) => {
    await openApp(page);
    await openImportedJourney(page, file());
    await waitSaved(page);
    const url = page.url();
    const other = await context.newPage();
    await other.goto(url);
    await expect(card(other, "Touchpoint: Instagram ad")).toBeVisible();

    await card(page, "Touchpoint: Instagram ad").click();
    await inspectorTitle(page).fill("Edited in the first tab");
    await card(other, "Touchpoint: Checkout page").click();
    await inspectorTitle(other).fill("Edited in the second tab");

    await expect(card(other, "Touchpoint: Edited in the first tab")).toBeVisible();
    await expect(card(page, "Touchpoint: Edited in the second tab")).toBeVisible();
    await waitSaved(page);
    await waitSaved(other);
    expect(await storedTitles(page)).toEqual([
      "Edited in the first tab",
      "Edited in the second tab",
    ]);
    await page.reload();
    await expect(card(page, "Touchpoint: Edited in the first tab")).toBeVisible();
    await expect(card(page, "Touchpoint: Edited in the second tab")).toBeVisible();
  });

  test("keeps another tab's stage rename that landed on disk just before this tab's card edit", async ({
    page,
  }) => {
    await openApp(page);
    await openImportedJourney(page, file());
    await waitSaved(page);
    // Another tab renamed the first stage and stored it; its message has not arrived here.
    await addStoredUpdate(page, "journey:journeyTest1", (doc) => {
      const stages = doc.getMap<Y.Map<unknown>>("stages");
      const first = [...stages.entries()].sort(([, a], [, b]) =>
        String(a.get("at")) < String(b.get("at")) ? -1 : 1,
      )[0]![1];
      first.set("name", "Renamed elsewhere");
    });
    // This tab edits a card: what it stores is that card's title, never its copy of the stage.
    await card(page, "Touchpoint: Instagram ad").click();
    await inspectorTitle(page).fill("Edited here");
    await waitSaved(page);
    await page.reload();
    await expect(card(page, "Touchpoint: Edited here")).toBeVisible();
    await expect(page.getByRole("button", { name: /Renamed elsewhere/ }).first()).toBeVisible();
  });

  test("refuses a damaged file with its reason and changes nothing", async ({ page }) => {
    await openApp(page);
    const before = await page.getByRole("link").allTextContents();
    const damaged = file();
    (damaged.journeys[0]!.elements[1] as { satisfaction: number }).satisfaction = 9;
    await importFile(page, damaged, "damaged.waymark.json");
    const alert = page.getByRole("alert");
    await expect(alert).toContainText("Could not import “damaged.waymark.json”.");
    await expect(alert).toContainText(
      "It is damaged: journey 1 › card 2 › satisfaction score is too high (at most 5).",
    );
    await expect(alert).toContainText("Nothing in your workspace was changed.");
    expect(await page.getByRole("link").allTextContents()).toEqual(before);
    await page.reload();
    await expect(page.getByRole("link", { name: "Test journey" })).toHaveCount(0);
  });

  test("refuses a file that is not a Waymark file", async ({ page }) => {
    await openApp(page);
    await importFile(page, "stage,lane,title\nAwareness,Touchpoints,Ad\n", "cards.csv");
    await expect(page.getByRole("alert")).toContainText(
      "Could not import “cards.csv”. It is not a Waymark file.",
    );
    await importFile(
      page,
      JSON.stringify({ type: "waymark", version: 99, personas: [], journeys: [] }),
      "future.waymark.json",
    );
    await expect(page.getByRole("alert")).toContainText(
      "made by a newer version of Waymark (format 99",
    );
  });

  test("exports a journey and imports it back as a copy beside the original", async ({ page }) => {
    await openApp(page);
    await openImportedJourney(page, file());
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Main menu" }).click();
    await page.getByRole("menuitem", { name: "Export this journey as a file" }).click();
    const saved = await (await download).path();
    expect((await download).suggestedFilename()).toMatch(
      /^Test journey \d{4}-\d{2}-\d{2}\.waymark\.json$/,
    );
    const text = readFileSync(saved, "utf8");
    expect(JSON.parse(text)).toMatchObject({
      type: "waymark",
      version: FORMAT_VERSION,
      kind: "journey",
    });
    await importFile(page, text, "again.waymark.json");
    await expect(page).not.toHaveURL(/journeyTest1$/);
    await expect(card(page, "Touchpoint: Checkout page")).toBeVisible();
    await page.goto("/#/");
    await expect(page.getByRole("link", { name: "Test journey" })).toHaveCount(2);
  });

  test("moves a whole workspace to a fresh browser through its file", async ({ page, browser }) => {
    await openApp(page);
    await openImportedJourney(page, file());
    await card(page, "Touchpoint: Checkout page").click();
    await inspectorTitle(page).fill("Zażółć gęślą jaźń — سفارش");
    await waitSaved(page);
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Main menu" }).click();
    await page.getByRole("menuitem", { name: "Export the workspace as a file" }).click();
    const text = readFileSync(await (await download).path(), "utf8");

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await openApp(other);
    await importFile(other, text, "workspace.waymark.json");
    await expect(other.getByText(/^Imported 2 journeys/)).toBeVisible();
    await other.goto("/#/journey/journeyTest1");
    await expect(card(other, "Touchpoint: Zażółć gęślą jaźń — سفارش")).toBeVisible();
    await fresh.close();
  });
});
