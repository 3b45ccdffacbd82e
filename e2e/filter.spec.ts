import type { Page } from "@playwright/test";
import { expect, openApp, test } from "./support/fixtures";
import { accessibleNames } from "./support/accessible-name";
import { settledView } from "./support/canvas";
import { card, fitWholeJourney, journeyFile, openImportedJourney } from "./support/journey-file";
import { bytesOf, download, openExport } from "./support/export";

const SHOTS = "test-results/screenshots";

const file = () =>
  journeyFile({
    cards: [
      {
        id: "tpAd",
        stage: 0,
        lane: "touchpoints",
        title: "Instagram ad",
        owner: { kind: "standard", id: "marketing" },
      },
      {
        id: "tpCheckout",
        stage: 1,
        lane: "touchpoints",
        title: "Checkout page",
        owner: { kind: "standard", id: "product" },
        channel: { kind: "standard", id: "web" },
        painPoints: [{ id: "pp1", text: "Delivery fee shown late", severity: "high" }],
      },
      {
        id: "frSlots",
        stage: 1,
        lane: "frictionPoints",
        title: "Slots hidden until sign-up",
        owner: { kind: "standard", id: "product" },
      },
      {
        id: "tpEmail",
        stage: 2,
        lane: "touchpoints",
        title: "Welcome email",
        owner: { kind: "standard", id: "marketing" },
      },
    ],
  });

const findBar = (page: Page) => page.getByRole("search", { name: "Find and filter" });
const searchBox = (page: Page) => findBar(page).getByRole("searchbox", { name: "Find on the map" });
const dimmedCards = (page: Page) =>
  accessibleNames(page.locator(".react-flow__node .card--dimmed"));
const boxOf = async (page: Page, name: string) => {
  const box = (await card(page, name).boundingBox())!;
  return { x: Math.round(box.x), y: Math.round(box.y) };
};

test.describe("find and filter on the map", () => {
  test("finds by words and by owner, dims the rest in place, and steps through the matches", async ({
    page,
  }) => {
    await openApp(page);
    await openImportedJourney(page, file());
    // "/" finds even with a card chosen (it does not start typing into the card's title).
    await card(page, "Touchpoint: Instagram ad").click();
    await page.keyboard.press("/");
    await expect(searchBox(page)).toBeFocused();
    const before = await boxOf(page, "Touchpoint: Welcome email");
    await page.keyboard.type("delivery");
    await expect(findBar(page).getByRole("status")).toHaveText("1 of 4 cards matches");
    expect(await dimmedCards(page)).toEqual([
      "Friction point: Slots hidden until sign-up",
      "Touchpoint: Instagram ad",
      "Touchpoint: Welcome email",
    ]);
    // Dimmed, not hidden: the map keeps its shape.
    await expect(card(page, "Touchpoint: Welcome email")).toBeVisible();
    expect(await boxOf(page, "Touchpoint: Welcome email")).toEqual(before);
    await expect(card(page, "Touchpoint: Instagram ad")).toHaveAttribute("aria-pressed", "true");

    // Escape empties the box; then the owner narrows the map.
    await page.keyboard.press("Escape");
    await expect(searchBox(page)).toHaveValue("");
    expect(await dimmedCards(page)).toEqual([]);
    await findBar(page).getByRole("button", { name: "Filters" }).click();
    await findBar(page).getByRole("button", { name: "Product" }).click();
    await expect(findBar(page).getByRole("button", { name: "Filters (1)" })).toBeVisible();
    await expect(findBar(page).getByRole("status")).toHaveText("2 of 4 cards match");
    await page.screenshot({ path: `${SHOTS}/filter-owner.png` });

    // Enter steps to the first match in reading order, F3 to the next, Shift+F3 back.
    await searchBox(page).press("Enter");
    await expect(card(page, "Touchpoint: Checkout page")).toHaveAttribute("aria-pressed", "true");
    await expect(findBar(page).getByRole("status")).toHaveText("2 of 4 cards match · 1 of 2");
    await expect(searchBox(page)).toBeFocused();
    await page.keyboard.press("F3");
    await expect(card(page, "Friction point: Slots hidden until sign-up")).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    await page.keyboard.press("Shift+F3");
    await expect(card(page, "Touchpoint: Checkout page")).toHaveAttribute("aria-pressed", "true");
    await findBar(page).getByRole("button", { name: "Next match" }).click();
    await expect(findBar(page).getByRole("status")).toHaveText("2 of 4 cards match · 2 of 2");

    // Stepping brought the match into view readable; a dimmed card elsewhere still opens.
    expect((await settledView(page)).zoom).toBeGreaterThanOrEqual(0.75);
    await fitWholeJourney(page);
    await card(page, "Touchpoint: Welcome email").click();
    await expect(
      page.getByRole("region", { name: "Inspector" }).getByRole("textbox", { name: "Title" }),
    ).toHaveValue("Welcome email");

    // The presentation dims the same cards.
    await page.getByRole("button", { name: "Present", exact: true }).click();
    await expect(page.locator(".board__card")).toHaveCount(4);
    await expect(page.locator(".board__card--dimmed")).toHaveCount(2);
    await page.keyboard.press("Escape");

    // Closing the bar lets every card show again.
    await findBar(page).getByRole("button", { name: "Close find and filter" }).click();
    await expect(findBar(page)).toHaveCount(0);
    expect(await dimmedCards(page)).toEqual([]);
  });

  test("an export holds only the cards the filter finds, when asked", async ({ page }) => {
    await openApp(page);
    await openImportedJourney(page, file());
    await page.keyboard.press("/");
    await findBar(page).getByRole("button", { name: "Filters" }).click();
    await findBar(page).getByRole("button", { name: "Product" }).click();
    await expect(findBar(page).getByRole("status")).toHaveText("2 of 4 cards match");
    const dialog = await openExport(page);
    const only = dialog.getByRole("checkbox", {
      name: "Only the cards the map's filter finds (2 of 4)",
    });
    await expect(only).not.toBeChecked();
    await only.check();
    const csv = (
      await bytesOf(
        await download(page, () => dialog.getByRole("button", { name: "Download CSV" }).click()),
      )
    ).toString("utf8");
    const titles = csv
      .replace(/^\ufeff/, "")
      .trim()
      .split("\r\n")
      .slice(1)
      .map((row) => row.split(",")[3]);
    expect(titles).toEqual(["Checkout page", "Slots hidden until sign-up"]);
  });
});
