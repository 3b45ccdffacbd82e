import { expect, openApp, test } from "./support/fixtures";
import {
  basic,
  basicOptions,
  card,
  cell,
  inspector,
  journeyFile,
  openImportedJourney,
  reloadJourney,
} from "./support/canvas";

test.describe("the journey canvas: the keyboard", () => {
  test.beforeEach(async ({ page }) => {
    await openApp(page);
  });

  test("adds and moves a card with the keyboard alone", async ({ page }) => {
    await openImportedJourney(page, basic());
    // Into the map: focus the first card, then walk with arrows.
    await card(page, "Customer action: Searches for a shop").focus();
    await page.keyboard.press("ArrowUp");
    await expect(cell(page, "Discover", "Customer actions")).toBeFocused();
    await page.keyboard.press("ArrowRight");
    await expect(cell(page, "Buy", "Customer actions")).toBeFocused();
    // Type-to-add: letters on a selected cell start a card.
    await page.keyboard.type("Pays with a card");
    await page.keyboard.press("Enter");
    await page.keyboard.press("Escape");
    const added = card(page, "Customer action: Pays with a card");
    await expect(added).toBeVisible();
    await expect(cell(page, "Buy", "Customer actions")).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await expect(added).toBeFocused();
    // Alt+Right moves it to the next stage; focus stays on it.
    await page.keyboard.press("Alt+ArrowRight");
    await expect(cell(page, "Use", "Customer actions")).toHaveAccessibleName(
      "Use, Customer actions: one card",
    );
    await expect(added).toBeFocused();
    // Enter opens it in the inspector.
    await page.keyboard.press("Enter");
    await expect(page.getByRole("textbox", { name: "Title" })).toBeFocused();
    await reloadJourney(page);
    await expect(cell(page, "Use", "Customer actions")).toHaveAccessibleName(
      "Use, Customer actions: one card",
    );
  });

  test("adds a card from the palette with the keyboard to the selected cell", async ({ page }) => {
    await openImportedJourney(page, basic());
    await cell(page, "Use", "Opportunities").click();
    await page.getByRole("button", { name: "Opportunity", exact: true }).press("Enter");
    const title = page.getByRole("textbox", { name: "Title" });
    await expect(title).toBeFocused();
    await title.fill("Reorder in one tap");
    await expect(cell(page, "Use", "Opportunities")).toHaveAccessibleName(
      "Use, Opportunities: one card",
    );
    await expect(card(page, "Opportunity: Reorder in one tap")).toBeVisible();
  });

  test("copies cards and pastes them into another journey", async ({ page }) => {
    await openImportedJourney(page, basic());
    await card(page, "Touchpoint: Checkout page").click();
    await page.keyboard.press("Control+c");
    await openImportedJourney(
      page,
      journeyFile({
        journeyId: "journeyTest2",
        personaId: "personaTest2",
        title: "Second journey",
        cards: [],
      }),
    );
    await cell(page, "Use", "Touchpoints").click();
    await page.keyboard.press("Control+v");
    await expect(card(page, "Touchpoint: Checkout page")).toBeVisible();
    await expect(cell(page, "Use", "Touchpoints")).toHaveAccessibleName(
      "Use, Touchpoints: one card",
    );
    await reloadJourney(page);
    await expect(card(page, "Touchpoint: Checkout page")).toBeVisible();
  });

  test("shows every shortcut with ?", async ({ page }) => {
    await openImportedJourney(page, basic());
    await card(page, "Touchpoint: Checkout page").click();
    await page.keyboard.press("?");
    const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
    await expect(dialog).toContainText("Move the selected card");
    await page.keyboard.press("Escape");
    await expect(dialog).toHaveCount(0);
  });

  test("Ctrl+K finds a command by name, shows its keys and runs it on the selection", async ({
    page,
  }) => {
    await openImportedJourney(page, basic());
    await card(page, "Touchpoint: Checkout page").click();
    await page.keyboard.press("Control+k");
    const palette = page.getByRole("dialog", { name: "Commands" });
    const search = palette.getByRole("combobox", { name: "Search commands" });
    await expect(search).toBeFocused();
    await search.fill("zzz");
    await expect(palette.getByRole("status")).toHaveText("No command matches “zzz”.");
    // Any words of the name, in any case.
    await search.fill("DUPLICATE sel");
    const option = palette.getByRole("option", { name: /Duplicate the selected cards/ });
    await expect(option).toHaveAttribute("aria-selected", "true");
    await expect(option).toContainText("Ctrl + D");
    await page.screenshot({ path: "test-results/screenshots/command-palette.png" });
    await page.keyboard.press("Enter");
    await expect(palette).toHaveCount(0);
    await expect(card(page, "Touchpoint: Checkout page")).toHaveCount(2);
    // Focus went back to the map, so the map's keys go on working.
    await page.keyboard.press("Control+z");
    await expect(card(page, "Touchpoint: Checkout page")).toHaveCount(1);
    // The toolbar's button opens it too, and names its keys.
    const button = page.getByRole("button", { name: "Find a command" });
    await expect(button).toHaveAttribute("aria-keyshortcuts", "Control+K");
    await button.click();
    await expect(palette).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(palette).toHaveCount(0);
  });

  test("selects every visible card with Ctrl+A, leaving out the cards of a collapsed lane", async ({
    page,
  }) => {
    const { cards } = basicOptions();
    await openImportedJourney(
      page,
      journeyFile({
        cards: [...cards, { id: "actPay", stage: 1, lane: "actions", title: "Pays by card" }],
      }),
    );
    const all = [
      "Touchpoint: Instagram ad",
      "Touchpoint: Checkout page",
      "Touchpoint: Welcome email",
      "Customer action: Searches for a shop",
      "Customer action: Pays by card",
    ];
    await cell(page, "Use", "Channels").click();
    await page.keyboard.press("Control+a");
    await expect(inspector(page).getByRole("heading", { name: "5 cards selected" })).toBeVisible();
    for (const name of all) await expect(card(page, name)).toHaveAttribute("aria-pressed", "true");
    await page.keyboard.press("Escape");
    await expect(inspector(page).getByRole("heading", { name: "Journey" })).toBeVisible();
    await expect(card(page, all[0]!)).toHaveAttribute("aria-pressed", "false");

    // With Touchpoints collapsed, only the two customer actions are on screen to select.
    await page.getByRole("button", { name: "Collapse Touchpoints" }).click();
    await cell(page, "Use", "Channels").click();
    await page.keyboard.press("Control+a");
    await expect(inspector(page).getByRole("heading", { name: "2 cards selected" })).toBeVisible();
    await page.keyboard.press("Delete");
    await expect(card(page, "Customer action: Pays by card")).toHaveCount(0);
    await page.getByRole("button", { name: "Expand Touchpoints" }).click();
    await expect(cell(page, "Buy", "Touchpoints")).toHaveAccessibleName(
      "Buy, Touchpoints: one card",
    );
    await expect(card(page, "Touchpoint: Checkout page")).toBeVisible();
  });

  test("Ctrl+A in a text box selects its text, not the cards", async ({ page }) => {
    await openImportedJourney(page, basic());
    const title = inspector(page).getByRole("textbox", { name: "Journey title" });
    await title.click();
    await page.keyboard.press("Control+a");
    await page.keyboard.type("Weekly shop");
    await expect(title).toHaveValue("Weekly shop");
    await expect(inspector(page).getByRole("heading", { name: /cards selected/ })).toHaveCount(0);
    await expect(card(page, "Touchpoint: Instagram ad")).toHaveAttribute("aria-pressed", "false");
  });
});
