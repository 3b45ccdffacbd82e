import { expect, openApp, test } from "./support/fixtures";
import {
  basic,
  basicOptions,
  card,
  cell,
  journeyFile,
  mouseDrag,
  openImportedJourney,
  reloadJourney,
} from "./support/canvas";

test.describe("the journey canvas: cards and dragging", () => {
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

  test("mid-drag the card follows the pointer with its arrow; dropped off the map, it goes back", async ({
    page,
  }) => {
    await openImportedJourney(
      page,
      journeyFile({
        ...basicOptions(),
        links: [{ id: "l1", from: "tpAd", to: "tpCheckout", kind: "causes" }],
      }),
    );
    const ad = card(page, "Touchpoint: Instagram ad");
    const arrow = page.locator(".react-flow__edge .react-flow__edge-path");
    const before = (await ad.boundingBox())!;
    const offsetFromCheckout = async () => {
      const a = (await ad.boundingBox())!;
      const b = (await card(page, "Touchpoint: Checkout page").boundingBox())!;
      return [Math.round(a.x - b.x), Math.round(a.y - b.y)];
    };
    const offsetBefore = await offsetFromCheckout();
    const arrowBefore = await arrow.getAttribute("d");
    const start = { x: before.x + before.width / 2, y: before.y + before.height / 2 };
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move(start.x + 8, start.y + 8, { steps: 2 });
    await page.mouse.move(start.x + 40, start.y + 90, { steps: 8 });
    // Mid-drag: the card is under the pointer (less the few pixels before a drag begins), and
    // the arrow leaves it from where it is now.
    await expect
      .poll(async () => {
        const box = (await ad.boundingBox())!;
        return Math.abs(box.x - before.x - 40) <= 8 && Math.abs(box.y - before.y - 90) <= 8;
      })
      .toBe(true);
    await expect(arrow).not.toHaveAttribute("d", arrowBefore!);
    // Off the map (below its last lane): nowhere to land.
    const lowest = (await page.locator(".react-flow__node-cell").last().boundingBox())!;
    const pane = (await page.locator(".react-flow").boundingBox())!;
    const off = {
      x: lowest.x + 20,
      y: Math.min(lowest.y + lowest.height + 80, pane.y + pane.height - 20),
    };
    await page.mouse.move(off.x, off.y, { steps: 8 });
    await page.mouse.up();
    // Back in its place beside the other card (the view may have panned on the way).
    await expect.poll(offsetFromCheckout).toEqual(offsetBefore);
    await expect(arrow).toHaveAttribute("d", arrowBefore!);
    await expect(cell(page, "Discover", "Touchpoints")).toHaveAccessibleName(
      "Discover, Touchpoints: one card",
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
    await page.getByRole("button", { name: "Undo", exact: true }).click();
    await expect(card(page, "Touchpoint: Checkout page")).toBeVisible();
    await expect(card(page, "Touchpoint: Welcome email")).toBeVisible();
    await page.keyboard.press("Control+Shift+Z");
    await expect(card(page, "Touchpoint: Checkout page")).toHaveCount(0);
    await page.keyboard.press("Control+z");
    await reloadJourney(page);
    await expect(card(page, "Touchpoint: Instagram ad")).toBeVisible();
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
});
