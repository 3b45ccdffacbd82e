import type { BrowserContext, Page } from "@playwright/test";
import { expect, openApp, test } from "./support/fixtures";
import { chooseFromMenu, journeyMap, stageMenu } from "./support/canvas";
import {
  card,
  fitWholeJourney,
  journeyFile,
  openImportedJourney,
  waitSaved,
} from "./support/journey-file";
import { storedJourney } from "./support/stored";

/**
 * Two tabs of one browser on one journey, as people use them: the engine merges what each does,
 * whatever the timing, and neither tab's work is lost or undone by the other's.
 */

const file = () =>
  journeyFile({
    stages: ["Discover", "Compare", "Buy", "Receive", "Use"],
    cards: [
      { id: "ad", stage: 0, lane: "touchpoints", title: "Instagram ad" },
      { id: "reviews", stage: 1, lane: "touchpoints", title: "Review site" },
      { id: "checkout", stage: 2, lane: "touchpoints", title: "Checkout page" },
      { id: "basket", stage: 2, lane: "touchpoints", title: "Basket page" },
    ],
  });

const inspector = (page: Page) => page.getByRole("region", { name: "Inspector" });
const titleBox = (page: Page) => inspector(page).getByRole("textbox", { name: "Title" });
const stageButton = (page: Page, name: string) =>
  journeyMap(page).getByRole("heading", { level: 2, name, exact: true });

async function twoTabs(page: Page, context: BrowserContext): Promise<Page> {
  await openApp(page);
  await openImportedJourney(page, file());
  await waitSaved(page);
  const other = await context.newPage();
  await other.goto(page.url());
  await expect(card(other, "Touchpoint: Instagram ad")).toBeVisible();
  // As the first tab: the whole journey in view. On its opening view the later stages' headers
  // lie beyond the map's edge, and a click there scrolls the map's clipped box, which React Flow
  // scrolls back at once; landing between pointer down and up, that made the click miss.
  await fitWholeJourney(other);
  return other;
}

/** Renames a stage from its header menu, as a person does. */
async function renameStage(page: Page, from: string, to: string) {
  await chooseFromMenu(page, stageMenu(page, from), "Rename");
  const box = page.getByRole("textbox", { name: "Stage name" });
  await box.fill(to);
  await box.press("Enter");
}

test.describe("two tabs on one journey", () => {
  test("an edit followed at once by a reload reaches the other tab, and its next edit keeps it", async ({
    page,
    context,
  }) => {
    const other = await twoTabs(page, context);
    // In B: retitle a card, rename a stage, delete a card, and reload at once.
    await card(other, "Touchpoint: Review site").click();
    await titleBox(other).fill("Comparison site");
    await renameStage(other, "Buy", "Pay");
    await card(other, "Touchpoint: Basket page").click();
    await other.keyboard.press("Delete");
    await other.reload();
    // A is told, with no reload of its own.
    await expect(card(page, "Touchpoint: Comparison site")).toBeVisible();
    await expect(stageButton(page, "Pay")).toBeVisible();
    await expect(card(page, "Touchpoint: Basket page")).toHaveCount(0);
    // A edits right next to all of it; nothing B did comes undone, on screen or on disk.
    await card(page, "Touchpoint: Checkout page").click();
    await titleBox(page).fill("One-page checkout");
    await waitSaved(page);
    const stored = (await storedJourney(page, "journeyTest1"))!;
    expect(
      Object.values(stored.elements)
        .map((c) => c.title)
        .sort(),
    ).toEqual(["Comparison site", "Instagram ad", "One-page checkout"]);
    expect(stored.stages.map((s) => s.name)).toContain("Pay");
    for (const tab of [page, other]) {
      await tab.reload();
      await expect(card(tab, "Touchpoint: Comparison site")).toBeVisible();
      await expect(card(tab, "Touchpoint: One-page checkout")).toBeVisible();
      await expect(card(tab, "Touchpoint: Basket page")).toHaveCount(0);
      await expect(stageButton(tab, "Pay")).toBeVisible();
    }
  });

  test("keeps both of two stages renamed at the same moment, and says nothing of conflicts", async ({
    page,
    context,
  }) => {
    const other = await twoTabs(page, context);
    await Promise.all([
      renameStage(page, "Compare", "Shortlist"),
      renameStage(other, "Receive", "Delivery"),
    ]);
    for (const tab of [page, other]) {
      await expect(stageButton(tab, "Shortlist")).toBeVisible();
      await expect(stageButton(tab, "Delivery")).toBeVisible();
      await expect(tab.getByRole("alert")).toHaveCount(0);
    }
    await waitSaved(page);
    await waitSaved(other);
    const stored = (await storedJourney(page, "journeyTest1"))!;
    expect(stored.stages.map((s) => s.name)).toEqual([
      "Discover",
      "Shortlist",
      "Buy",
      "Delivery",
      "Use",
    ]);
  });

  test("keeps both pain points added to one card in two tabs at once", async ({
    page,
    context,
  }) => {
    const other = await twoTabs(page, context);
    // Each tab types into the box its own "Add pain point" made (it takes focus), as a person
    // does: with the other tab's pain point arriving at the same moment, the last box on the
    // list may be the other tab's.
    const addPain = async (tab: Page, text: string) => {
      await card(tab, "Touchpoint: Checkout page").click();
      await inspector(tab).getByRole("button", { name: "Add pain point" }).click();
      const own = inspector(tab)
        .getByRole("textbox", { name: "Pain point" })
        .and(tab.locator(":focus"));
      await expect(own).toHaveValue("");
      await own.pressSequentially(text);
      await expect(own).toHaveValue(text);
    };
    await Promise.all([
      addPain(page, "Card refused twice"),
      addPain(other, "Delivery fee shown late"),
    ]);
    for (const tab of [page, other]) {
      const boxes = inspector(tab).getByRole("textbox", { name: "Pain point" });
      await expect(boxes).toHaveCount(2);
      await expect
        .poll(async () =>
          (
            await boxes.evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value))
          ).sort(),
        )
        .toEqual(["Card refused twice", "Delivery fee shown late"]);
    }
    await waitSaved(page);
    await waitSaved(other);
    const stored = (await storedJourney(page, "journeyTest1"))!;
    expect(stored.elements.checkout!.painPoints.map((p) => p.text).sort()).toEqual([
      "Card refused twice",
      "Delivery fee shown late",
    ]);
  });

  test("undo in one tab takes back only that tab's edit", async ({ page, context }) => {
    const other = await twoTabs(page, context);
    await card(page, "Touchpoint: Checkout page").click();
    await titleBox(page).fill("Checkout in A");
    await titleBox(page).blur();
    await card(other, "Touchpoint: Instagram ad").click();
    await titleBox(other).fill("Ad retitled in B");
    await expect(card(page, "Touchpoint: Ad retitled in B")).toBeVisible();
    await page.getByRole("button", { name: "Undo", exact: true }).click();
    for (const tab of [page, other]) {
      await expect(card(tab, "Touchpoint: Checkout page")).toBeVisible();
      await expect(card(tab, "Touchpoint: Ad retitled in B")).toBeVisible();
    }
  });
});
