import { expect, openApp, test } from "./support/fixtures";
import type { Locator } from "@playwright/test";
import {
  basic,
  card,
  inspector,
  openImportedJourney,
  reloadJourney,
  zoomInToBadges,
} from "./support/canvas";

/** The text a select shows: its chosen option's label. */
const shown = (select: Locator) =>
  select.evaluate((element) => (element as HTMLSelectElement).selectedOptions[0]?.label ?? "");

test.describe("the journey canvas: the inspector", () => {
  test.beforeEach(async ({ page }) => {
    await openApp(page);
  });

  test("undo in the Title field takes back a burst of typing, the same step as the toolbar's", async ({
    page,
  }) => {
    await openImportedJourney(page, basic());
    await card(page, "Touchpoint: Instagram ad").click();
    const title = inspector(page).getByRole("textbox", { name: "Title" });
    await title.click();
    await title.press("End");
    await title.pressSequentially(" campaign");
    // A pause (a second, COALESCE_PAUSE_MS) ends a typing step.
    await page.waitForTimeout(1_300);
    await title.pressSequentially(" now");
    await title.press("ControlOrMeta+z");
    await expect(title).toHaveValue("Instagram ad campaign");
    await expect(title).toBeFocused();
    // The toolbar's Undo goes on from there; it does not put a character back.
    await page.getByRole("button", { name: "Undo", exact: true }).click();
    await expect(title).toHaveValue("Instagram ad");
    await title.press("ControlOrMeta+Shift+z");
    await expect(title).toHaveValue("Instagram ad campaign");
    await expect(card(page, "Touchpoint: Instagram ad campaign")).toBeVisible();
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

  test("sets a standard channel and a typed-in custom one, and the card's badge names it", async ({
    page,
  }) => {
    await openImportedJourney(page, basic());
    await zoomInToBadges(page);
    const checkout = card(page, "Touchpoint: Checkout page");
    await checkout.click();
    const channel = inspector(page).getByRole("combobox", { name: "Channel" });
    await channel.selectOption({ label: "Email" });
    await expect(checkout).toHaveAccessibleDescription("Not scored yet. Channel: Email");
    // A standard channel is drawn as its icon, named by a tooltip.
    await expect(checkout.getByTitle("Email")).toBeVisible();

    await channel.selectOption({ label: "Custom…" });
    const custom = inspector(page).getByRole("textbox", { name: "Custom channel" });
    await expect(custom).toBeFocused();
    await custom.fill("In-store kiosk");
    await inspector(page).getByRole("button", { name: "Use" }).click();
    await expect(checkout).toHaveAccessibleDescription("Not scored yet. Channel: In-store kiosk");
    await expect(checkout.getByText("In-store kiosk")).toBeVisible();
    await expect.poll(() => shown(channel)).toBe("In-store kiosk");

    // Another card is offered the channel already on this map, besides the standard list
    // (where Email, no longer used on the map, is offered once).
    const email = card(page, "Touchpoint: Welcome email");
    await email.click();
    await expect(channel.getByRole("option", { name: "In-store kiosk" })).toHaveCount(1);
    await expect(channel.getByRole("option", { name: "Email" })).toHaveCount(1);
    await channel.selectOption({ label: "In-store kiosk" });
    await expect(email).toHaveAccessibleDescription("Not scored yet. Channel: In-store kiosk");

    await reloadJourney(page);
    await expect(checkout).toHaveAccessibleDescription("Not scored yet. Channel: In-store kiosk");
    await expect(email).toHaveAccessibleDescription("Not scored yet. Channel: In-store kiosk");
    await expect(email.getByText("In-store kiosk")).toBeVisible();
    await checkout.click();
    await expect.poll(() => shown(channel)).toBe("In-store kiosk");
  });

  test("sets the owner department, standard or typed in, and the card shows it", async ({
    page,
  }) => {
    await openImportedJourney(page, basic());
    await zoomInToBadges(page);
    const ad = card(page, "Touchpoint: Instagram ad");
    await ad.click();
    const owner = inspector(page).getByRole("combobox", { name: "Owner department" });
    await owner.selectOption({ label: "Customer service" });
    await expect(ad).toHaveAccessibleDescription("Not scored yet. Owner: Customer service");
    await expect(ad.getByText("Customer service")).toBeVisible();
    await owner.selectOption({ label: "Custom…" });
    await inspector(page).getByRole("textbox", { name: "Custom department" }).fill("Logistics");
    await inspector(page).getByRole("textbox", { name: "Custom department" }).press("Enter");
    await expect(ad).toHaveAccessibleDescription("Not scored yet. Owner: Logistics");
    await expect(ad.getByText("Logistics")).toBeVisible();
    await expect(ad.getByText("Customer service")).toHaveCount(0);
    await reloadJourney(page);
    await expect(ad).toHaveAccessibleDescription("Not scored yet. Owner: Logistics");
    await ad.click();
    await expect.poll(() => shown(owner)).toBe("Logistics");
  });

  test("sets confidence and notes, undoes the notes, and keeps both after a reload", async ({
    page,
  }) => {
    await openImportedJourney(page, basic());
    await card(page, "Touchpoint: Instagram ad").click();
    const confidence = inspector(page).getByRole("combobox", { name: "Confidence" });
    await confidence.selectOption({ label: "Partly backed" });
    const notes = inspector(page).getByRole("textbox", { name: "Notes" });
    await notes.fill("From the March interviews: 4 of 6 found us through the ad.");
    await page.getByRole("button", { name: "Undo", exact: true }).click();
    await expect(notes).toHaveValue("");
    await expect.poll(() => shown(confidence)).toBe("Partly backed");
    await page.getByRole("button", { name: "Redo" }).click();
    await expect(notes).toHaveValue("From the March interviews: 4 of 6 found us through the ad.");
    await reloadJourney(page);
    await card(page, "Touchpoint: Instagram ad").click();
    await expect.poll(() => shown(confidence)).toBe("Partly backed");
    await expect(notes).toHaveValue("From the March interviews: 4 of 6 found us through the ad.");
  });

  test("changes a card's kind, and its name on the map says the new kind", async ({ page }) => {
    await openImportedJourney(page, basic());
    await zoomInToBadges(page);
    await card(page, "Touchpoint: Checkout page").click();
    const curve = page.getByRole("img", { name: /^Emotion curve/ });
    await expect(curve).toHaveAttribute("data-unscored", "3");
    await inspector(page)
      .getByRole("combobox", { name: "Kind", exact: true })
      .selectOption({ label: "Friction point" });
    const friction = card(page, "Friction point: Checkout page");
    await expect(friction).toBeVisible();
    await expect(card(page, "Touchpoint: Checkout page")).toHaveCount(0);
    await expect(friction.getByText("Friction point", { exact: true })).toBeVisible();
    // It is no longer a touchpoint to score, so the curve counts one fewer.
    await expect(curve).toHaveAttribute("data-unscored", "2");
    await expect(inspector(page).getByRole("radiogroup", { name: "Satisfaction" })).toHaveCount(0);
    await reloadJourney(page);
    await expect(card(page, "Friction point: Checkout page")).toBeVisible();
    await expect(card(page, "Touchpoint: Checkout page")).toHaveCount(0);
  });

  test("shows satisfaction, pain points, votes, channel and owner as the card's badges", async ({
    page,
  }) => {
    await openImportedJourney(page, basic());
    await zoomInToBadges(page);
    const checkout = card(page, "Touchpoint: Checkout page");
    await checkout.click();
    const panel = inspector(page);
    await expect(checkout).toHaveAccessibleDescription("Not scored yet");
    await expect(checkout.getByText("Not scored")).toBeVisible();
    await panel
      .getByRole("radiogroup", { name: "Satisfaction" })
      .getByRole("radio", { name: /^2 / })
      .check();
    for (const [text, severity] of [
      ["Delivery fee shown only at the end", "medium"],
      ["Card declined without a reason", "high"],
    ] as const) {
      await panel.getByRole("button", { name: "Add pain point" }).click();
      await panel.getByRole("textbox", { name: "Pain point" }).last().fill(text);
      await panel.getByRole("combobox", { name: "Severity" }).last().selectOption(severity);
    }
    await panel.getByRole("button", { name: "Add a vote" }).click();
    await panel.getByRole("button", { name: "Add a vote" }).click();
    await expect(panel.getByRole("group", { name: "Votes" })).toContainText("2");
    await panel.getByRole("combobox", { name: "Channel" }).selectOption({ label: "Web" });
    await panel
      .getByRole("combobox", { name: "Owner department" })
      .selectOption({ label: "Sales" });
    const described =
      "Satisfaction 2 of 5, Unhappy. 2 pain points, worst severity High. 2 votes. Channel: Web. Owner: Sales";
    await expect(checkout).toHaveAccessibleDescription(described);
    await expect(checkout.getByText("Not scored")).toHaveCount(0);
    await expect(checkout.getByTitle("Web")).toBeVisible();
    await expect(checkout.getByText("Sales")).toBeVisible();
    // Taking a vote back and lowering the worst pain point change the description too.
    await panel.getByRole("button", { name: "Take back a vote" }).click();
    await panel.getByRole("combobox", { name: "Severity" }).last().selectOption("low");
    await expect(checkout).toHaveAccessibleDescription(
      "Satisfaction 2 of 5, Unhappy. 2 pain points, worst severity Medium. One vote. Channel: Web. Owner: Sales",
    );
    await reloadJourney(page);
    await expect(checkout).toHaveAccessibleDescription(
      "Satisfaction 2 of 5, Unhappy. 2 pain points, worst severity Medium. One vote. Channel: Web. Owner: Sales",
    );
  });
});
