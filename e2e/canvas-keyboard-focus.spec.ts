import type { Page } from "@playwright/test";
import { expect, openApp, test } from "./support/fixtures";
import {
  basic,
  basicOptions,
  card,
  cell,
  inspector,
  journeyFile,
  openImportedJourney,
} from "./support/canvas";

/** Where the keyboard goes: into the map with Tab, and never dropped to the page by an action. */
test.describe("the journey canvas: keeping the keyboard", () => {
  test.beforeEach(async ({ page }) => {
    await openApp(page);
    await openImportedJourney(page, basic());
  });

  const composer = (page: Page) => page.getByRole("textbox", { name: /^New .+ in / });

  test("Tab enters the map on a cell and comes back where it left; Shift+Tab does not bounce back", async ({
    page,
  }) => {
    const note = page.getByRole("button", { name: "Note", exact: true });
    await note.focus();
    await page.keyboard.press("Tab");
    await expect(cell(page, "Discover", "Customer actions")).toBeFocused();
    await page.keyboard.press("ArrowRight");
    await expect(cell(page, "Buy", "Customer actions")).toBeFocused();
    // Shift+Tab goes back through the map's controls, never onto the way in (which would
    // send the keyboard straight back to the cell).
    await page.keyboard.press("Shift+Tab");
    await expect(
      page.getByRole("button", { name: "Go to the map's cells and cards" }),
    ).not.toBeFocused();
    await expect(cell(page, "Buy", "Customer actions")).not.toBeFocused();
    // Back in with Tab: the map remembers where the keyboard was.
    await note.focus();
    await page.keyboard.press("Tab");
    await expect(cell(page, "Buy", "Customer actions")).toBeFocused();
  });

  test("Tab into the map after a card's lane was collapsed lands on a cell that is drawn", async ({
    page,
  }) => {
    await card(page, "Touchpoint: Checkout page").click();
    await page.getByRole("button", { name: "Collapse Touchpoints" }).click();
    await page.getByRole("button", { name: "Note", exact: true }).focus();
    await page.keyboard.press("Tab");
    await expect(cell(page, "Discover", "Customer actions")).toBeFocused();
  });

  test("an arrow reached with the keyboard: Enter selects it, Delete removes it and no card", async ({
    page,
  }) => {
    await openImportedJourney(
      page,
      journeyFile({
        ...basicOptions(),
        journeyId: "journeyTest2",
        personaId: "personaTest2",
        links: [{ id: "l1", from: "tpAd", to: "tpCheckout", kind: "causes" }],
      }),
    );
    // A card is selected; the keyboard then goes to the arrow.
    await card(page, "Touchpoint: Welcome email").click();
    const edge = page.locator(".react-flow__edge");
    await edge.focus();
    await page.keyboard.press("Enter");
    await expect(inspector(page).getByRole("heading", { name: "Arrow" })).toBeVisible();
    await edge.focus();
    await page.keyboard.press("Delete");
    await expect(edge).toHaveCount(0);
    await expect(card(page, "Touchpoint: Welcome email")).toBeVisible();
    await expect(card(page, "Touchpoint: Instagram ad")).toBeFocused();
  });

  test("Enter and typing on a button drawn on the map press it, not start a card", async ({
    page,
  }) => {
    await cell(page, "Buy", "Channels").click();
    const collapse = page.getByRole("button", { name: "Collapse Touchpoints" });
    await collapse.focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("button", { name: "Expand Touchpoints" })).toBeVisible();
    await expect(composer(page)).toHaveCount(0);

    const stageMenu = page.getByRole("button", { name: "Stage options: Buy" });
    await stageMenu.focus();
    await page.keyboard.type("x");
    await expect(composer(page)).toHaveCount(0);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("menuitem", { name: "Rename" })).toBeVisible();
    await expect(composer(page)).toHaveCount(0);
  });

  test("typing on a selected card goes on with its title in the inspector, one undo step", async ({
    page,
  }) => {
    const ad = card(page, "Touchpoint: Instagram ad");
    await ad.click();
    await expect(ad).toBeFocused();
    await page.keyboard.type("s today");
    const title = inspector(page).getByRole("textbox", { name: "Title" });
    await expect(title).toBeFocused();
    await expect(title).toHaveValue("Instagram ads today");
    await expect(card(page, "Touchpoint: Instagram ads today")).toBeVisible();
    await title.press("ControlOrMeta+z");
    await expect(title).toHaveValue("Instagram ad");
  });

  test("in the new-card box Enter keeps the card and Escape cancels the one being typed", async ({
    page,
  }) => {
    const channels = cell(page, "Discover", "Channels");
    await channels.click();
    const before = await channels.getAttribute("aria-label");
    await page.keyboard.type("Kept");
    await expect(composer(page)).toBeFocused();
    await page.keyboard.press("Enter");
    await page.keyboard.type("Half a thought");
    await page.keyboard.press("Escape");
    await expect(composer(page)).toHaveCount(0);
    await expect(channels).toBeFocused();
    await expect(card(page, "Channel: Kept")).toBeVisible();
    await expect(card(page, "Channel: Half a thought")).toHaveCount(0);
    expect(await channels.getAttribute("aria-label")).not.toBe(before);
    // Typing again starts from an empty box, not from the cancelled text.
    await page.keyboard.type("x");
    await expect(composer(page)).toHaveValue("x");
  });

  test("cuts a card and pastes it into the next stage with the keyboard alone", async ({
    page,
  }) => {
    await card(page, "Touchpoint: Checkout page").click();
    await page.keyboard.press("Control+x");
    await expect(card(page, "Touchpoint: Checkout page")).toHaveCount(0);
    await expect(cell(page, "Buy", "Touchpoints")).toBeFocused();
    await page.keyboard.press("ArrowRight");
    await expect(cell(page, "Use", "Touchpoints")).toBeFocused();
    await page.keyboard.press("Control+v");
    await expect(cell(page, "Use", "Touchpoints")).toHaveAccessibleName(
      "Use, Touchpoints: 2 cards",
    );
    await expect(card(page, "Touchpoint: Checkout page")).toBeVisible();
  });

  test("the inspector's Delete hands the keyboard back to the map", async ({ page }) => {
    await card(page, "Touchpoint: Welcome email").click();
    await inspector(page).getByRole("button", { name: "Delete", exact: true }).click();
    await expect(card(page, "Touchpoint: Welcome email")).toHaveCount(0);
    await expect(cell(page, "Use", "Touchpoints")).toBeFocused();
    await page.keyboard.press("ArrowLeft");
    await expect(cell(page, "Buy", "Touchpoints")).toBeFocused();
  });

  test("renaming a stage from its menu gives the keyboard back to the menu button", async ({
    page,
  }) => {
    await page.getByRole("button", { name: "Stage options: Buy" }).click();
    await page.getByRole("menuitem", { name: "Rename" }).click();
    const name = page.getByRole("textbox", { name: "Stage name" });
    await expect(name).toBeFocused();
    await name.fill("Pay");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("button", { name: "Stage options: Pay" })).toBeFocused();
    // Escape cancels and returns the same way.
    await page.keyboard.press("Enter");
    await page.getByRole("menuitem", { name: "Rename" }).click();
    await page.keyboard.type("Nothing");
    await page.keyboard.press("Escape");
    await expect(page.getByRole("button", { name: "Stage options: Pay" })).toBeFocused();
  });
});
