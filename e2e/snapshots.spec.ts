import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, openApp, seriousA11yViolations, test } from "./support/fixtures";
import { card, inspector, openView } from "./support/canvas";
import { journeyFile, openImportedJourney, waitSaved } from "./support/journey-file";

const SHOTS = "test-results/screenshots";

const file = () =>
  journeyFile({
    cards: [
      { id: "tpAd", stage: 0, lane: "touchpoints", title: "Instagram ad", satisfaction: 4 },
      { id: "tpCheckout", stage: 1, lane: "touchpoints", title: "Checkout page", satisfaction: 2 },
      { id: "frSlots", stage: 1, lane: "frictionPoints", title: "Slots hidden" },
    ],
  });

const details = (page: Page, name: string) => page.getByRole("region", { name });
const status = (page: Page) => page.locator(".snapshots__live");

test.describe("snapshots", () => {
  test.beforeEach(async ({ page }) => {
    await openApp(page);
    await openImportedJourney(page, file());
  });

  test("takes a snapshot, shows what changed since, restores it over the journey (undoable) and as a copy", async ({
    page,
  }) => {
    await openView(page, "Snapshots");
    await expect(
      page.getByRole("heading", { level: 1, name: "Snapshots: Test journey" }),
    ).toBeVisible();
    await expect(page.getByText(/^No snapshots yet\./)).toBeVisible();
    await page.getByRole("textbox", { name: "Name of the snapshot" }).fill("Before the workshop");
    await page.getByRole("button", { name: "Take a snapshot" }).click();
    await expect(status(page)).toHaveText("Snapshot “Before the workshop” kept.");
    await expect(
      details(page, "Before the workshop").getByText("Nothing has changed since."),
    ).toBeVisible();

    // On the map: a card renamed and rescored, another deleted.
    await page.getByRole("button", { name: "Back to the map" }).click();
    await card(page, "Touchpoint: Instagram ad").click();
    await inspector(page).getByRole("textbox", { name: "Title" }).fill("TikTok ad");
    await inspector(page)
      .getByRole("radiogroup", { name: "Satisfaction" })
      .getByRole("radio", { name: /^1 / })
      .check();
    await card(page, "Friction point: Slots hidden").click();
    await page.keyboard.press("Delete");
    await expect(card(page, "Friction point: Slots hidden")).toHaveCount(0);

    await page.keyboard.press("Alt+s");
    const chosen = details(page, "Before the workshop");
    await expect(chosen.getByRole("heading", { name: "1 card removed" })).toBeVisible();
    await expect(chosen.getByText("Friction point: Slots hidden")).toBeVisible();
    await expect(chosen.getByText("TikTok ad: title")).toBeVisible();
    await expect(chosen.getByText("TikTok ad: 4 → 1")).toBeVisible();
    await expect(chosen.getByRole("img", { name: "Emotion curve then and now" })).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/snapshots-1280.png` });
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Over the journey: the map is as it was; the journey of a moment ago is kept too.
    await chosen.getByRole("button", { name: "Restore over this journey" }).click();
    await expect(status(page)).toHaveText(
      /^The journey is back as it was in “Before the workshop”/,
    );
    await expect(
      page.getByRole("button", { name: /^Before restoring “Before the workshop”/ }),
    ).toBeVisible();
    await page.getByRole("button", { name: "Back to the map" }).click();
    await expect(card(page, "Touchpoint: Instagram ad")).toBeVisible();
    await expect(card(page, "Friction point: Slots hidden")).toBeVisible();
    // One undo step takes the restore back.
    await page.getByRole("button", { name: "Undo", exact: true }).click();
    await expect(card(page, "Touchpoint: TikTok ad")).toBeVisible();
    await expect(card(page, "Friction point: Slots hidden")).toHaveCount(0);

    // As a copy: a new journey beside this one.
    await page.keyboard.press("Alt+s");
    await page.getByRole("button", { name: /^Before the workshop/ }).click();
    await details(page, "Before the workshop")
      .getByRole("button", { name: "Restore as a copy" })
      .click();
    await expect(
      page.getByRole("link", { name: "Test journey (Before the workshop)" }),
    ).toBeVisible();
    await expect(card(page, "Touchpoint: Instagram ad")).toBeVisible();
  });

  test("one is kept by itself before cards are added from a CSV file", async ({ page }) => {
    await page.keyboard.press("Alt+t");
    await page.getByLabel("Add cards from CSV…").setInputFiles({
      name: "more.csv",
      mimeType: "text/csv",
      buffer: Buffer.from("Stage,Lane,Title\nBuy,Touchpoints,Delivery slot picker\n"),
    });
    await expect(page.getByText("Added 1 card from “more.csv”. Undo takes it back.")).toBeVisible();
    await page.getByRole("button", { name: "Back to the map" }).click();
    await page.keyboard.press("Alt+s");
    const kept = page.getByRole("button", { name: /^Before the cards from more\.csv/ });
    await expect(kept).toContainText("3 cards · kept by itself");
    await kept.click();
    await expect(
      details(page, "Before the cards from more.csv").getByText("Touchpoint: Delivery slot picker"),
    ).toBeVisible();
  });

  test("a workspace file keeps the snapshots and brings them back", async ({ page }) => {
    await openView(page, "Snapshots");
    await page.getByRole("textbox", { name: "Name of the snapshot" }).fill("Kick-off");
    await page.getByRole("button", { name: "Take a snapshot" }).click();
    await expect(status(page)).toHaveText("Snapshot “Kick-off” kept.");
    await waitSaved(page);
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Main menu" }).click();
    await page.getByRole("menuitem", { name: "Export the workspace as a file" }).click();
    const text = readFileSync(await (await download).path(), "utf8");
    const backup = JSON.parse(text) as { snapshots: { name: string; journeyId: string }[] };
    expect(backup.snapshots.map((s) => [s.name, s.journeyId])).toEqual([
      ["Kick-off", "journeyTest1"],
    ]);

    // Into a browser that has never seen it: the journey comes with its snapshot.
    const fresh = await page.context().browser()!.newContext();
    const other = await fresh.newPage();
    await openApp(other);
    const chooser = other.waitForEvent("filechooser");
    await other.getByRole("button", { name: "Main menu" }).click();
    await other.getByRole("menuitem", { name: /^Import/ }).click();
    await (
      await chooser
    ).setFiles({
      name: "backup.waymark.json",
      mimeType: "application/json",
      buffer: Buffer.from(text),
    });
    await expect(other.getByText("Imported 2 journeys.")).toBeVisible();
    await other.goto("/#/journey/journeyTest1/snapshots");
    await expect(other.getByRole("button", { name: /^Kick-off/ })).toBeVisible();
    await fresh.close();
  });

  test("a snapshot taken in one tab shows in another tab's list", async ({ page, context }) => {
    await openView(page, "Snapshots");
    const other = await context.newPage();
    await other.goto(page.url());
    await expect(other.getByText(/^No snapshots yet\./)).toBeVisible();
    await page.getByRole("textbox", { name: "Name of the snapshot" }).fill("From the first tab");
    await page.getByRole("button", { name: "Take a snapshot" }).click();
    await expect(other.getByRole("button", { name: /^From the first tab/ })).toBeVisible();
  });
});
