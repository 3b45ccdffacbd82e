import { expect, openApp, test } from "./support/fixtures";
import {
  basic,
  basicOptions,
  card,
  journeyFile,
  mouseDrag,
  openImportedJourney,
  reloadJourney,
} from "./support/canvas";

test.describe("the journey canvas: arrows between cards", () => {
  test.beforeEach(async ({ page }) => {
    await openApp(page);
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

  test("links two cards when the drag ends anywhere on the other card, either way round", async ({
    page,
  }) => {
    await openImportedJourney(page, basic());
    const from = card(page, "Touchpoint: Instagram ad");
    const to = card(page, "Touchpoint: Checkout page");
    await from.hover();
    const source = page.locator(`.react-flow__node[data-id="tpAd"] .react-flow__handle.source`);
    // Released on the card's body, well away from its handle.
    await mouseDrag(page, source, to.getByText("Checkout page"));
    const edge = page.locator(".react-flow__edge");
    await expect(edge).toHaveCount(1);
    await expect(edge).toHaveAttribute("aria-label", "Flow: Instagram ad to Checkout page");

    // From the incoming handle of Welcome email back onto Checkout page: the arrow points in.
    await card(page, "Touchpoint: Welcome email").hover();
    const incoming = page.locator(
      `.react-flow__node[data-id="tpEmail"] .react-flow__handle.target`,
    );
    await mouseDrag(page, incoming, to.getByText("Checkout page"));
    await expect(edge).toHaveCount(2);
    await expect(
      page.locator(".react-flow__edge[aria-label='Flow: Checkout page to Welcome email']"),
    ).toHaveCount(1);

    // Ending on empty map makes nothing.
    await card(page, "Touchpoint: Welcome email").hover();
    await mouseDrag(page, incoming, page.getByRole("button", { name: /^Use, Opportunities: / }));
    await expect(edge).toHaveCount(2);
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
});
