import { expect, openApp, test } from "./support/fixtures";
import { basic, card, openImportedJourney, reloadJourney } from "./support/canvas";

test.describe("the journey canvas: the inspector", () => {
  test.beforeEach(async ({ page }) => {
    await openApp(page);
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
});
