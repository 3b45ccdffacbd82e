import type { Locator, Page } from "@playwright/test";
import { expect, openApp, test } from "./support/fixtures";
import { card, cell, journeyFile, openImportedJourney, waitSaved } from "./support/journey-file";

/** A real mouse drag: React Flow starts dragging on the first move, so move a little first. */
async function mouseDrag(
  page: Page,
  from: Locator,
  to: Locator,
  toPosition?: { x: number; y: number },
) {
  const a = (await from.boundingBox())!;
  const b = (await to.boundingBox())!;
  const target = toPosition
    ? { x: b.x + toPosition.x, y: b.y + toPosition.y }
    : { x: b.x + b.width / 2, y: b.y + b.height / 2 };
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 8, a.y + a.height / 2 + 8, { steps: 2 });
  await page.mouse.move(target.x, target.y, { steps: 12 });
  await page.mouse.move(target.x + 1, target.y + 1);
  await page.mouse.up();
}

async function reloadJourney(page: Page) {
  await waitSaved(page);
  await page.reload();
  await expect(page.getByRole("region", { name: "Inspector" })).toBeVisible();
}

const basicOptions = () => ({
  cards: [
    { id: "tpAd", stage: 0, lane: "touchpoints" as const, title: "Instagram ad" },
    { id: "tpCheckout", stage: 1, lane: "touchpoints" as const, title: "Checkout page" },
    { id: "tpEmail", stage: 2, lane: "touchpoints" as const, title: "Welcome email" },
    { id: "actSearch", stage: 0, lane: "actions" as const, title: "Searches for a shop" },
  ],
});

const basic = () =>
  journeyFile({
    cards: [
      { id: "tpAd", stage: 0, lane: "touchpoints", title: "Instagram ad" },
      { id: "tpCheckout", stage: 1, lane: "touchpoints", title: "Checkout page" },
      { id: "tpEmail", stage: 2, lane: "touchpoints", title: "Welcome email" },
      { id: "actSearch", stage: 0, lane: "actions", title: "Searches for a shop" },
    ],
  });

test.describe("the journey canvas", () => {
  test.beforeEach(async ({ page }) => {
    await openApp(page);
  });

  test("drags each of the four main kinds from the palette onto a chosen cell", async ({
    page,
  }) => {
    await openImportedJourney(page, basic());
    const drops = [
      ["Touchpoint", "Buy", "Touchpoints"],
      ["Channel", "Buy", "Channels"],
      ["Friction point", "Use", "Friction points"],
      ["Moment of delight", "Discover", "Moments of delight"],
    ] as const;
    for (const [kind, stage, lane] of drops) {
      // The drop lands by position (cards may cover the cell's centre), so skip the actionability wait.
      await page
        .getByRole("button", { name: kind, exact: true })
        .dragTo(cell(page, stage, lane), { force: true });
      // The new card is selected and its title is ready to type in the inspector.
      const title = page
        .getByRole("region", { name: "Inspector" })
        .getByRole("textbox", { name: "Title" });
      await expect(title).toBeFocused();
      await title.fill(`New ${kind.toLowerCase()}`);
      await expect(card(page, `${kind}: New ${kind.toLowerCase()}`)).toBeVisible();
    }
    await expect(cell(page, "Buy", "Touchpoints")).toHaveAccessibleName(
      "Buy, Touchpoints: 2 cards",
    );
    await expect(cell(page, "Use", "Friction points")).toHaveAccessibleName(
      "Use, Friction points: one card",
    );
    await reloadJourney(page);
    for (const [kind] of drops)
      await expect(card(page, `${kind}: New ${kind.toLowerCase()}`)).toBeVisible();
    await expect(cell(page, "Discover", "Moments of delight")).toHaveAccessibleName(
      "Discover, Moments of delight: one card",
    );
  });

  test("moves a card to another stage by dragging, and keeps it there after a reload", async ({
    page,
  }) => {
    await openImportedJourney(page, basic());
    await mouseDrag(
      page,
      card(page, "Touchpoint: Instagram ad"),
      cell(page, "Use", "Touchpoints"),
      { x: 60, y: 20 },
    );
    await expect(cell(page, "Use", "Touchpoints")).toHaveAccessibleName(
      "Use, Touchpoints: 2 cards",
    );
    await expect(cell(page, "Discover", "Touchpoints")).toHaveAccessibleName(
      "Discover, Touchpoints: empty",
    );
    await reloadJourney(page);
    await expect(cell(page, "Use", "Touchpoints")).toHaveAccessibleName(
      "Use, Touchpoints: 2 cards",
    );
  });

  test("reorders cards within a cell by dragging, landing where the marker showed", async ({
    page,
  }) => {
    await openImportedJourney(
      page,
      journeyFile({
        cards: ["First", "Second", "Third"].map((title, i) => ({
          id: `tp${i}`,
          stage: 0,
          lane: "touchpoints" as const,
          title,
        })),
      }),
    );
    const order = async () => {
      const boxes = await Promise.all(
        ["First", "Second", "Third"].map(async (title) => ({
          title,
          y: (await card(page, `Touchpoint: ${title}`).boundingBox())!.y,
        })),
      );
      return boxes.sort((a, b) => a.y - b.y).map((b) => b.title);
    };
    // Onto the lower half of Second: between Second and Third, not past Third.
    const second = (await card(page, "Touchpoint: Second").boundingBox())!;
    await mouseDrag(page, card(page, "Touchpoint: First"), card(page, "Touchpoint: Second"), {
      x: second.width / 2,
      y: second.height * 0.8,
    });
    await expect.poll(order).toEqual(["Second", "First", "Third"]);
    await reloadJourney(page);
    await expect.poll(order).toEqual(["Second", "First", "Third"]);
  });

  test("selects several cards, deletes them, and undo brings them back", async ({ page }) => {
    await openImportedJourney(page, basic());
    await card(page, "Touchpoint: Instagram ad").click();
    await card(page, "Touchpoint: Checkout page").click({ modifiers: ["Shift"] });
    await card(page, "Touchpoint: Welcome email").click({ modifiers: ["Shift"] });
    await expect(page.getByRole("region", { name: "Inspector" })).toContainText("3 cards selected");
    await page.keyboard.press("Delete");
    await expect(card(page, "Touchpoint: Checkout page")).toHaveCount(0);
    await expect(card(page, "Touchpoint: Instagram ad")).toHaveCount(0);
    await page.getByRole("button", { name: "Undo" }).click();
    await expect(card(page, "Touchpoint: Checkout page")).toBeVisible();
    await expect(card(page, "Touchpoint: Welcome email")).toBeVisible();
    await page.keyboard.press("Control+Shift+Z");
    await expect(card(page, "Touchpoint: Checkout page")).toHaveCount(0);
    await page.keyboard.press("Control+z");
    await reloadJourney(page);
    await expect(card(page, "Touchpoint: Instagram ad")).toBeVisible();
  });

  test("scores three touchpoints and the emotion curve follows", async ({ page }) => {
    await openImportedJourney(page, basic());
    const curve = page.getByRole("img", { name: /^Emotion curve/ });
    await expect(curve).toHaveAttribute("data-scored", "0");
    await expect(curve).toHaveAttribute("data-unscored", "3");
    const inspector = page.getByRole("region", { name: "Inspector" });
    for (const [name, score] of [
      ["Instagram ad", "4"],
      ["Checkout page", "1"],
      ["Welcome email", "5"],
    ] as const) {
      await card(page, `Touchpoint: ${name}`).click();
      await inspector
        .getByRole("radiogroup", { name: "Satisfaction" })
        .getByRole("radio", { name: new RegExp(`^${score} `) })
        .check();
    }
    await expect(curve).toHaveAttribute("data-scored", "3");
    await expect(curve).toHaveAccessibleName(/in order: 4, 1, 5/);
    await expect(curve).toHaveAccessibleName(/Lowest 1 of 5 at Checkout page/);
    const path = await curve.locator("path.emotion-curve__line").getAttribute("d");
    expect(path).toMatch(/^M/);
    // Clearing a score takes the point off the line rather than drawing it at zero.
    await card(page, "Touchpoint: Checkout page").click();
    await inspector.getByRole("button", { name: "Clear score" }).click();
    await expect(curve).toHaveAttribute("data-scored", "2");
    await expect(curve).toHaveAttribute("data-unscored", "1");
    await reloadJourney(page);
    await expect(page.getByRole("img", { name: /^Emotion curve/ })).toHaveAccessibleName(
      /in order: 4, 5/,
    );
  });

  test("adds a pain point with a severity", async ({ page }) => {
    await openImportedJourney(page, basic());
    await card(page, "Touchpoint: Checkout page").click();
    const inspector = page.getByRole("region", { name: "Inspector" });
    await inspector.getByRole("button", { name: "Add pain point" }).click();
    const pain = inspector.getByRole("textbox", { name: "Pain point" });
    await expect(pain).toBeFocused();
    await pain.fill("Delivery fee shown only at the end");
    await inspector.getByRole("combobox", { name: "Severity" }).selectOption("high");
    await expect(card(page, "Touchpoint: Checkout page")).toHaveAttribute(
      "aria-description",
      /One pain point, severity High/,
    );
    await reloadJourney(page);
    await card(page, "Touchpoint: Checkout page").click();
    await expect(page.getByRole("textbox", { name: "Pain point" })).toHaveValue(
      "Delivery fee shown only at the end",
    );
    await expect(page.getByRole("combobox", { name: "Severity" })).toHaveValue("high");
  });

  test("links two cards by dragging from one handle to the other", async ({ page }) => {
    await openImportedJourney(page, basic());
    const from = card(page, "Touchpoint: Instagram ad");
    const to = card(page, "Touchpoint: Checkout page");
    await from.hover();
    const source = page.locator(`.react-flow__node[data-id="tpAd"] .react-flow__handle.source`);
    const target = page.locator(
      `.react-flow__node[data-id="tpCheckout"] .react-flow__handle.target`,
    );
    await to.hover();
    await mouseDrag(page, source, target);
    const edge = page.locator(".react-flow__edge");
    await expect(edge).toHaveCount(1);
    await expect(edge).toHaveAttribute("aria-label", "Flow: Instagram ad to Checkout page");
    await reloadJourney(page);
    await expect(page.locator(".react-flow__edge")).toHaveCount(1);
  });

  test("links two cards from the inspector with the keyboard", async ({ page }) => {
    await openImportedJourney(page, basic());
    await card(page, "Touchpoint: Instagram ad").click();
    const inspector = page.getByRole("region", { name: "Inspector" });
    await inspector
      .getByRole("combobox", { name: "Draw an arrow to" })
      .selectOption({ label: "Touchpoint: Welcome email" });
    await inspector.getByRole("combobox", { name: "Kind of arrow" }).selectOption("causes");
    await inspector.getByRole("button", { name: "Add arrow" }).click();
    await expect(page.locator(".react-flow__edge")).toHaveAttribute(
      "aria-label",
      "Causes: Instagram ad to Welcome email",
    );
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

  test("checks metrics as they are typed and says what is wrong in plain words", async ({
    page,
  }) => {
    await openImportedJourney(page, basic());
    await card(page, "Touchpoint: Checkout page").click();
    const nps = page.getByRole("textbox", { name: "NPS" });
    await nps.fill("150");
    await expect(
      page.getByRole("alert").filter({ hasText: "NPS is a whole number from −100 to 100." }),
    ).toBeVisible();
    await expect(nps).toHaveAttribute("aria-invalid", "true");
    await nps.fill("-20");
    await expect(nps).not.toHaveAttribute("aria-invalid", "true");
    await page.getByRole("textbox", { name: "CES (1–7)" }).fill("5,5");
    await reloadJourney(page);
    await card(page, "Touchpoint: Checkout page").click();
    await expect(page.getByRole("textbox", { name: "NPS" })).toHaveValue("-20");
    await expect(page.getByRole("textbox", { name: "CES (1–7)" })).toHaveValue("5.5");
  });

  test("pans by dragging on empty space", async ({ page }) => {
    await openImportedJourney(page, basic());
    const viewport = page.locator(".react-flow__viewport");
    const before = await viewport.getAttribute("style");
    const empty = (await cell(page, "Buy", "Thoughts and feelings").boundingBox())!;
    await page.mouse.move(empty.x + 20, empty.y + 20);
    await page.mouse.down();
    await page.mouse.move(empty.x - 60, empty.y - 80, { steps: 8 });
    await page.mouse.up();
    await expect(viewport).not.toHaveAttribute("style", before!);
  });

  test("zooms to a stage so its column fills the map, from the controls", async ({ page }) => {
    await openImportedJourney(page, basic());
    const pane = (await page.locator(".react-flow").boundingBox())!;
    const before = (await cell(page, "Use", "Touchpoints").boundingBox())!;
    await page.getByRole("combobox", { name: "Zoom to a stage…" }).selectOption({ label: "Use" });
    // The Use column is centred in the map and drawn larger than in the fitted view.
    await expect
      .poll(async () => {
        const box = (await cell(page, "Use", "Touchpoints").boundingBox())!;
        return Math.abs(box.x + box.width / 2 - (pane.x + pane.width / 2));
      })
      .toBeLessThan(4);
    const after = (await cell(page, "Use", "Touchpoints").boundingBox())!;
    expect(after.width).toBeGreaterThan(before.width * 1.1);
    expect(after.x).toBeGreaterThanOrEqual(pane.x);
    expect(after.x + after.width).toBeLessThanOrEqual(pane.x + pane.width);
    await expect(card(page, "Touchpoint: Welcome email")).toBeInViewport();
  });

  test("selects a box of cards with Shift+drag", async ({ page }) => {
    await openImportedJourney(page, basic());
    const a = (await card(page, "Touchpoint: Instagram ad").boundingBox())!;
    const c = (await card(page, "Touchpoint: Checkout page").boundingBox())!;
    await page.keyboard.down("Shift");
    await page.mouse.move(a.x - 10, a.y - 10);
    await page.mouse.down();
    await page.mouse.move(c.x + c.width + 10, c.y + c.height + 10, { steps: 10 });
    await page.mouse.up();
    await page.keyboard.up("Shift");
    await expect(page.getByRole("region", { name: "Inspector" })).toContainText("2 cards selected");
    await expect(card(page, "Touchpoint: Instagram ad")).toHaveAttribute("aria-pressed", "true");
    await expect(card(page, "Touchpoint: Welcome email")).toHaveAttribute("aria-pressed", "false");
  });

  test("selects an arrow and deletes it, and undo brings it back", async ({ page }) => {
    await openImportedJourney(
      page,
      journeyFile({
        ...basicOptions(),
        links: [{ id: "l1", from: "tpAd", to: "tpCheckout", kind: "causes" }],
      }),
    );
    const edge = page.locator(".react-flow__edge");
    await expect(edge).toHaveAttribute("aria-label", "Causes: Instagram ad to Checkout page");
    // The arrow's label sits on its middle and lets clicks through to the arrow.
    const label = (await page.locator(".link__label").boundingBox())!;
    await page.mouse.click(label.x + label.width / 2, label.y + label.height / 2);
    await expect(
      page.getByRole("region", { name: "Inspector" }).getByRole("heading", { name: "Arrow" }),
    ).toBeVisible();
    await page.keyboard.press("Delete");
    await expect(edge).toHaveCount(0);
    await page.keyboard.press("Control+z");
    await expect(page.locator(".react-flow__edge")).toHaveCount(1);
  });

  test("keeps stage and lane buttons at least 24 px on screen when a tall map opens zoomed out", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1350, height: 940 });
    await openApp(page);
    await page.getByRole("link", { name: "Weekly grocery order on the phone" }).first().click();
    const toggle = page.getByRole("button", { name: "Collapse Touchpoints" });
    await expect(toggle).toBeVisible();
    const zoom = await page
      .locator(".react-flow")
      .evaluate((el) => Number(getComputedStyle(el).getPropertyValue("--zoom")));
    expect(zoom).toBeLessThan(0.6);
    for (const control of [
      toggle,
      page.getByRole("button", { name: "Lane options: Touchpoints" }),
      page.getByRole("button", { name: /^Stage options: / }).first(),
    ]) {
      const box = (await control.boundingBox())!;
      expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(23.5);
    }
    await page.getByRole("button", { name: "Lane options: Touchpoints" }).click();
    await expect(page.getByRole("menu")).toBeVisible();
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
});
