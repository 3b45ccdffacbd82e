import type { Locator, Page } from "@playwright/test";
import { loadLocale, setLocale, t } from "../src/i18n";
import { expect, openApp, test } from "./support/fixtures";
import {
  basic,
  basicOptions,
  card,
  journeyFile,
  mouseDrag,
  openImportedJourney,
  reloadJourney,
  settledView,
} from "./support/canvas";

/** The basic journey with one "causes" arrow, from Instagram ad to Checkout page: its arrow. */
async function openWithOneArrow(page: Page): Promise<Locator> {
  await openImportedJourney(
    page,
    journeyFile({
      ...basicOptions(),
      links: [{ id: "l1", from: "tpAd", to: "tpCheckout", kind: "causes" }],
    }),
  );
  const edge = page.locator(".react-flow__edge");
  await expect(edge).toHaveAttribute("aria-label", "Causes: Instagram ad to Checkout page");
  return edge;
}

test.describe("the journey canvas: arrows between cards", () => {
  test.beforeEach(async ({ page }) => {
    await openApp(page);
  });

  test("a card takes the click wherever an arrow passes over it; arrows run between facing sides", async ({
    page,
  }) => {
    await page.getByRole("link", { name: "Weekly grocery order on the phone" }).first().click();
    await page
      .getByRole("toolbar", { name: "Zoom" })
      .getByRole("button", { name: "Fit the whole journey" })
      .click();
    await settledView(page);
    // (An arrow straight down a column has no width, so Playwright would call it hidden.)
    await expect.poll(() => page.locator(".react-flow__edge-path").count()).toBeGreaterThan(3);
    // Whatever lies on top at the middle of each card is that card, arrows or not.
    const covered = await page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>(".react-flow__node [data-card-id]"))
        .filter((card) => {
          const box = card.getBoundingClientRect();
          const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
          return hit?.closest("[data-card-id]") !== card;
        })
        .map((card) => card.querySelector(".card__title")?.textContent),
    );
    expect(covered).toEqual([]);
    // An arrow is still chosen by a click on it where no card is (its hit area stops half its
    // width short of a card, so the click is taken clear of every card).
    const edge = page.locator(".react-flow__edge").first();
    const point = await edge.evaluate((element) => {
      const path = element.querySelector<SVGPathElement>(".react-flow__edge-path")!;
      const length = path.getTotalLength();
      for (let at = 0.5; at < 1; at += 0.05) {
        const p = path.getPointAtLength(length * at);
        const { x, y } = new DOMPoint(p.x, p.y).matrixTransform(path.getScreenCTM()!);
        const around: [number, number][] = [
          [0, 0],
          [12, 0],
          [-12, 0],
          [0, 12],
          [0, -12],
        ];
        const clear = around.every(
          ([dx, dy]) => !document.elementFromPoint(x + dx, y + dy)?.closest("[data-card-id]"),
        );
        if (clear) return { x, y };
      }
      return null;
    });
    expect(point).not.toBeNull();
    await page.mouse.click(point!.x, point!.y);
    await expect(
      page.getByRole("region", { name: "Inspector" }).getByRole("heading", { name: "Arrow" }),
    ).toBeVisible();
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

  test("an arrow's name follows its cards' titles and the language", async ({ page }) => {
    const edge = await openWithOneArrow(page);
    await card(page, "Touchpoint: Checkout page").click();
    await page
      .getByRole("region", { name: "Inspector" })
      .getByRole("textbox", { name: "Title" })
      .fill("Payment page");
    await expect(edge).toHaveAttribute("aria-label", "Causes: Instagram ad to Payment page");
    await loadLocale("pl");
    setLocale("pl");
    const polish = t("link.name", {
      kind: t("linkKind.causes"),
      from: "Instagram ad",
      to: "Payment page",
    });
    setLocale("en");
    await page.getByRole("button", { name: "Main menu" }).click();
    await page.getByRole("menuitemradio", { name: "Polski" }).click();
    await expect(edge).toHaveAttribute("aria-label", polish);
  });

  test("selects an arrow and deletes it, and undo brings it back", async ({ page }) => {
    const edge = await openWithOneArrow(page);
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
