import { expect, openApp, test } from "./support/fixtures";
import { basic, card, cell, openImportedJourney, reloadJourney } from "./support/canvas";

test.describe("the journey canvas: stages and lanes", () => {
  test.beforeEach(async ({ page }) => {
    await openApp(page);
  });

  test("duplicates with Ctrl+D and removes a stage after asking about its cards", async ({
    page,
  }) => {
    await openImportedJourney(page, basic());
    await card(page, "Touchpoint: Checkout page").click();
    await page.keyboard.press("Control+d");
    await expect(card(page, "Touchpoint: Checkout page")).toHaveCount(2);
    await page.getByRole("button", { name: "Stage options: Buy" }).click();
    await page.getByRole("menuitem", { name: "Remove stage" }).click();
    const dialog = page.getByRole("alertdialog", { name: "Remove the stage “Buy”?" });
    await expect(dialog).toContainText("It holds 2 cards");
    await dialog.getByRole("button", { name: "Move cards to the neighbouring stage" }).click();
    await expect(page.getByRole("heading", { name: "Buy" })).toHaveCount(0);
    await expect(cell(page, "Discover", "Touchpoints")).toHaveAccessibleName(
      "Discover, Touchpoints: 3 cards",
    );
    await page.getByRole("button", { name: "Undo" }).last().click();
    await expect(page.getByRole("heading", { name: "Buy" })).toBeVisible();
  });

  test("renames a stage in place and collapses a lane", async ({ page }) => {
    await openImportedJourney(page, basic());
    await page.getByRole("heading", { name: "Discover" }).dblclick();
    const name = page.getByRole("textbox", { name: "Stage name" });
    await name.fill("Research");
    await name.press("Enter");
    await expect(page.getByRole("heading", { name: "Research" })).toBeVisible();
    await page.getByRole("button", { name: "Collapse Touchpoints" }).click();
    await expect(page.getByRole("button", { name: "Expand Touchpoints" })).toHaveAttribute(
      "aria-expanded",
      "false",
    );
    await expect(page.getByText("3 cards hidden")).toBeVisible();
    await expect(card(page, "Touchpoint: Checkout page")).toHaveCount(0);
    await reloadJourney(page);
    await expect(page.getByRole("heading", { name: "Research" })).toBeVisible();
    await expect(page.getByText("3 cards hidden")).toBeVisible();
  });
});
