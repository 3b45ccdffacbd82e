import { expect, openApp, test } from "./support/fixtures";
import {
  basic,
  card,
  cell,
  chooseFromMenu,
  insideColumn,
  laneMenu,
  laneOrder,
  mouseDrag,
  openImportedJourney,
  reloadJourney,
  stageMenu,
  stageOrder,
} from "./support/canvas";

const LANE_NAMES = [
  "Customer actions",
  "Touchpoints",
  "Channels",
  "Thoughts and feelings",
  "Emotion curve",
  "Friction points",
  "Moments of delight",
  "Opportunities",
  "Backstage",
];

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

  test("adds a stage after another from its menu and names it in place", async ({ page }) => {
    await openImportedJourney(page, basic());
    await chooseFromMenu(page, stageMenu(page, "Buy"), "Add a stage after");
    const name = page.getByRole("textbox", { name: "Stage name" });
    await expect(name).toBeFocused();
    await expect(name).toHaveValue("New stage");
    await name.fill("Pay");
    await name.press("Enter");
    await expect(page.getByRole("heading", { name: "Pay" })).toBeVisible();
    await expect.poll(() => stageOrder(page)).toEqual(["Discover", "Buy", "Pay", "Use"]);
    await expect(cell(page, "Pay", "Touchpoints")).toHaveAccessibleName("Pay, Touchpoints: empty");
    await chooseFromMenu(page, stageMenu(page, "Discover"), "Add a stage before");
    await page.getByRole("textbox", { name: "Stage name" }).fill("Notice");
    await page.getByRole("textbox", { name: "Stage name" }).press("Enter");
    await expect.poll(() => stageOrder(page)).toEqual(["Notice", "Discover", "Buy", "Pay", "Use"]);
    await reloadJourney(page);
    await expect.poll(() => stageOrder(page)).toEqual(["Notice", "Discover", "Buy", "Pay", "Use"]);
  });

  test("renames a stage from its menu, and Escape keeps the old name", async ({ page }) => {
    await openImportedJourney(page, basic());
    await chooseFromMenu(page, stageMenu(page, "Use"), "Rename");
    const name = page.getByRole("textbox", { name: "Stage name" });
    await expect(name).toBeFocused();
    await name.fill("Reorder");
    await name.press("Escape");
    await expect(page.getByRole("heading", { name: "Use" })).toBeVisible();
    await chooseFromMenu(page, stageMenu(page, "Use"), "Rename");
    await name.fill("Reorder");
    await name.press("Enter");
    await expect(page.getByRole("heading", { name: "Reorder" })).toBeVisible();
    await expect(stageMenu(page, "Reorder")).toBeVisible();
    await expect(card(page, "Touchpoint: Welcome email")).toBeVisible();
    await reloadJourney(page);
    await expect.poll(() => stageOrder(page)).toEqual(["Discover", "Buy", "Reorder"]);
  });

  test("moves stages left and right from their menus, and their cards go with them", async ({
    page,
  }) => {
    await openImportedJourney(page, basic());
    await stageMenu(page, "Discover").click();
    await expect(page.getByRole("menuitem", { name: "Move left" })).toHaveAttribute(
      "aria-disabled",
      "true",
    );
    await page.getByRole("menuitem", { name: "Move right" }).click();
    await expect.poll(() => stageOrder(page)).toEqual(["Buy", "Discover", "Use"]);
    await chooseFromMenu(page, stageMenu(page, "Use"), "Move left");
    await expect.poll(() => stageOrder(page)).toEqual(["Buy", "Use", "Discover"]);
    // The Instagram ad stays in the Discover column, now drawn last.
    const discover = (await cell(page, "Discover", "Touchpoints").boundingBox())!;
    const use = (await cell(page, "Use", "Touchpoints").boundingBox())!;
    expect(discover.x).toBeGreaterThan(use.x);
    expect(
      insideColumn((await card(page, "Touchpoint: Instagram ad").boundingBox())!, discover),
    ).toBe(true);
    await expect(cell(page, "Discover", "Touchpoints")).toHaveAccessibleName(
      "Discover, Touchpoints: one card",
    );
    await reloadJourney(page);
    await expect.poll(() => stageOrder(page)).toEqual(["Buy", "Use", "Discover"]);
  });

  test("reorders a stage by dragging its header onto another column", async ({ page }) => {
    await openImportedJourney(page, basic());
    await mouseDrag(
      page,
      page.getByRole("heading", { name: "Discover" }),
      page.getByRole("heading", { name: "Buy" }),
    );
    await expect.poll(() => stageOrder(page)).toEqual(["Buy", "Discover", "Use"]);
    // The cards follow their stage: the ad is now right of the checkout page.
    await expect
      .poll(
        async () =>
          (await card(page, "Touchpoint: Instagram ad").boundingBox())!.x -
          (await card(page, "Touchpoint: Checkout page").boundingBox())!.x,
      )
      .toBeGreaterThan(100);
    await reloadJourney(page);
    await expect.poll(() => stageOrder(page)).toEqual(["Buy", "Discover", "Use"]);
  });

  test("adds a lane below another from its menu and names it in place", async ({ page }) => {
    await openImportedJourney(page, basic());
    await chooseFromMenu(page, laneMenu(page, "Touchpoints"), "Add a lane below");
    const name = page.getByRole("textbox", { name: "Lane name" });
    await expect(name).toBeFocused();
    await expect(name).toHaveValue("New lane");
    await name.fill("Staff");
    await name.press("Enter");
    const expected = [...LANE_NAMES.slice(0, 2), "Staff", ...LANE_NAMES.slice(2, 6)];
    const firstLanes = async () => (await laneOrder(page)).slice(0, 8);
    await expect.poll(() => laneOrder(page)).toEqual(expect.arrayContaining(expected));
    await expect.poll(firstLanes).toEqual([...expected, "Moments of delight"]);
    await expect(cell(page, "Buy", "Staff")).toHaveAccessibleName("Buy, Staff: empty");
    await chooseFromMenu(page, laneMenu(page, "Customer actions"), "Add a lane above");
    await page.getByRole("textbox", { name: "Lane name" }).fill("Context");
    await page.getByRole("textbox", { name: "Lane name" }).press("Enter");
    await expect.poll(firstLanes).toEqual(["Context", ...expected]);
    await reloadJourney(page);
    await expect.poll(firstLanes).toEqual(["Context", ...expected]);
  });

  test("renames a lane in place with a double-click and from its menu", async ({ page }) => {
    await openImportedJourney(page, basic());
    await page.getByRole("heading", { name: "Channels" }).dblclick();
    const name = page.getByRole("textbox", { name: "Lane name" });
    await name.fill("Media");
    await name.press("Enter");
    await expect(page.getByRole("heading", { name: "Media" })).toBeVisible();
    await expect(laneMenu(page, "Media")).toBeVisible();
    await chooseFromMenu(page, laneMenu(page, "Opportunities"), "Rename");
    await name.fill("Ideas");
    await name.press("Enter");
    await expect(cell(page, "Use", "Ideas")).toHaveAccessibleName("Use, Ideas: empty");
    await reloadJourney(page);
    await expect(page.getByRole("heading", { name: "Media" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Ideas" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Channels" })).toHaveCount(0);
  });

  test("moves lanes up and down from their menus, and their cards go with them", async ({
    page,
  }) => {
    await openImportedJourney(page, basic());
    await laneMenu(page, "Customer actions").click();
    await expect(page.getByRole("menuitem", { name: "Move up" })).toHaveAttribute(
      "aria-disabled",
      "true",
    );
    await page.getByRole("menuitem", { name: "Move down" }).click();
    await expect
      .poll(() => laneOrder(page))
      .toEqual(["Touchpoints", "Customer actions", ...LANE_NAMES.slice(2)]);
    await chooseFromMenu(page, laneMenu(page, "Channels"), "Move up");
    await expect
      .poll(() => laneOrder(page))
      .toEqual(["Touchpoints", "Channels", "Customer actions", ...LANE_NAMES.slice(3)]);
    // The customer action is drawn in its lane's row, now below the touchpoints.
    const search = (await card(page, "Customer action: Searches for a shop").boundingBox())!;
    const ad = (await card(page, "Touchpoint: Instagram ad").boundingBox())!;
    expect(search.y).toBeGreaterThan(ad.y + ad.height);
    await reloadJourney(page);
    await expect
      .poll(() => laneOrder(page))
      .toEqual(["Touchpoints", "Channels", "Customer actions", ...LANE_NAMES.slice(3)]);
  });

  test("reorders a lane by dragging its header onto another row", async ({ page }) => {
    await openImportedJourney(page, basic());
    await mouseDrag(
      page,
      page.getByRole("heading", { name: "Touchpoints" }),
      page.getByRole("heading", { name: "Channels" }),
    );
    await expect
      .poll(() => laneOrder(page))
      .toEqual(["Customer actions", "Channels", "Touchpoints", ...LANE_NAMES.slice(3)]);
    await reloadJourney(page);
    await expect
      .poll(() => laneOrder(page))
      .toEqual(["Customer actions", "Channels", "Touchpoints", ...LANE_NAMES.slice(3)]);
    await expect(cell(page, "Buy", "Touchpoints")).toHaveAccessibleName(
      "Buy, Touchpoints: one card",
    );
  });

  test("removes a lane with cards after asking, moving them to the lane above; undo brings it back", async ({
    page,
  }) => {
    await openImportedJourney(page, basic());
    await chooseFromMenu(page, laneMenu(page, "Touchpoints"), "Remove lane");
    const dialog = page.getByRole("alertdialog", { name: "Remove the lane “Touchpoints”?" });
    await expect(dialog).toContainText("It holds 3 cards");
    await expect(dialog.getByRole("button", { name: "Remove with its 3 cards" })).toBeVisible();
    await dialog.getByRole("button", { name: "Move cards to the neighbouring lane" }).click();
    await expect(dialog).toHaveCount(0);
    await expect(page.getByRole("heading", { name: "Touchpoints" })).toHaveCount(0);
    await expect(cell(page, "Discover", "Customer actions")).toHaveAccessibleName(
      "Discover, Customer actions: 2 cards",
    );
    await expect(card(page, "Touchpoint: Checkout page")).toBeVisible();
    await page.getByRole("button", { name: "Undo" }).last().click();
    await expect(page.getByRole("heading", { name: "Touchpoints" })).toBeVisible();
    await expect(cell(page, "Discover", "Customer actions")).toHaveAccessibleName(
      "Discover, Customer actions: one card",
    );
    await reloadJourney(page);
    await expect.poll(() => laneOrder(page)).toEqual(LANE_NAMES);
    await expect(cell(page, "Buy", "Touchpoints")).toHaveAccessibleName(
      "Buy, Touchpoints: one card",
    );
  });

  test("removes a lane together with its cards; the toolbar's Undo brings both back and Redo removes them again", async ({
    page,
  }) => {
    await openImportedJourney(page, basic());
    await chooseFromMenu(page, laneMenu(page, "Touchpoints"), "Remove lane");
    const dialog = page.getByRole("alertdialog", { name: "Remove the lane “Touchpoints”?" });
    // The footer wraps, so every button is inside the small dialog and takes a click.
    const removeWithCards = dialog.getByRole("button", { name: "Remove with its 3 cards" });
    const box = (await dialog.boundingBox())!;
    const button = (await removeWithCards.boundingBox())!;
    expect(button.x).toBeGreaterThanOrEqual(box.x);
    expect(button.x + button.width).toBeLessThanOrEqual(box.x + box.width);
    await removeWithCards.click();
    await expect(page.getByRole("heading", { name: "Touchpoints" })).toHaveCount(0);
    await expect(card(page, "Touchpoint: Checkout page")).toHaveCount(0);
    await page
      .getByRole("toolbar", { name: "Journey toolbar" })
      .getByRole("button", { name: "Undo" })
      .click();
    await expect(page.getByRole("heading", { name: "Touchpoints" })).toBeVisible();
    await expect(card(page, "Touchpoint: Checkout page")).toBeVisible();
    // Redo removes them again, and that is what a reload finds.
    await page.keyboard.press("Control+Shift+Z");
    await expect(card(page, "Touchpoint: Instagram ad")).toHaveCount(0);
    await reloadJourney(page);
    await expect(page.getByRole("heading", { name: "Touchpoints" })).toHaveCount(0);
    await expect(card(page, "Touchpoint: Welcome email")).toHaveCount(0);
    await expect(page.getByRole("heading", { name: "Channels" })).toBeVisible();
  });

  test("opens the bottom lane's menu upwards when the window has no room below it", async ({
    page,
  }) => {
    await openImportedJourney(page, basic());
    // The fitted map reaches the bottom of the window: the last lane's menu has no room below.
    const menuButton = laneMenu(page, "Backstage");
    await expect(menuButton).toBeInViewport();
    await menuButton.click();
    const menu = page.getByRole("menu");
    const last = menu.getByRole("menuitem", { name: "Remove lane", exact: true });
    await expect(last).toBeInViewport({ ratio: 1 });
    const list = (await menu.boundingBox())!;
    const buttonBox = (await menuButton.boundingBox())!;
    expect(list.y + list.height).toBeLessThanOrEqual(buttonBox.y);
    await last.click();
    await expect(
      page.getByRole("alertdialog", { name: "Remove the lane “Backstage”?" }),
    ).toBeVisible();
  });

  test("removes an empty lane without offering to move cards", async ({ page }) => {
    await openImportedJourney(page, basic());
    await chooseFromMenu(page, laneMenu(page, "Thoughts and feelings"), "Remove lane");
    const dialog = page.getByRole("alertdialog", {
      name: "Remove the lane “Thoughts and feelings”?",
    });
    await expect(dialog).toContainText("It holds no cards. You can undo this.");
    await expect(dialog.getByRole("button", { name: /Move cards/ })).toHaveCount(0);
    await dialog.getByRole("button", { name: "Remove lane" }).click();
    await expect(page.getByRole("heading", { name: "Thoughts and feelings" })).toHaveCount(0);
    await expect(page.getByRole("heading", { name: "Channels" })).toBeVisible();
    await reloadJourney(page);
    await expect(page.getByRole("heading", { name: "Thoughts and feelings" })).toHaveCount(0);
  });
});
