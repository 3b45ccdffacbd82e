import { expect, openApp, test } from "./support/fixtures";
import {
  SAMPLE,
  TEMPLATE_NAMES,
  journeyAction,
  openPersona,
  personaCard,
  reload,
} from "./support/workspace";

/**
 * A persona's journeys: from templates or blank, future states, renaming and duplicating.
 */
test.describe("journeys", () => {
  test("creates a journey from each template, for the chosen persona", async ({ page }) => {
    await openApp(page);
    await openPersona(page, SAMPLE.persona);
    const personaUrl = page.url();
    for (const [template, title] of TEMPLATE_NAMES) {
      await page.getByRole("button", { name: "New journey" }).click();
      const dialog = page.getByRole("dialog", { name: `New journey for ${SAMPLE.persona}` });
      await dialog.getByRole("radio", { name: template }).check();
      await expect(dialog.getByRole("textbox", { name: "Title" })).toHaveValue(title);
      await dialog.getByRole("textbox", { name: "Title" }).fill(`${title} (from ${template})`);
      await dialog.getByRole("button", { name: "Create journey" }).click();
      await expect(page).toHaveURL(/#\/journey\/[\w-]+$/);
      await expect(
        page.getByRole("region", { name: "Persona" }).getByRole("link", { name: SAMPLE.persona }),
      ).toBeVisible();
      await page.goto(personaUrl);
    }
    const check = async () => {
      for (const [template, title] of TEMPLATE_NAMES) {
        const row = page
          .getByRole("listitem")
          .filter({ has: page.getByRole("link", { name: `${title} (from ${template})` }) });
        await expect(row).toContainText(/[2-6]\d cards/);
        await expect(row).toContainText("Current state");
      }
    };
    await check();
    // Only the journeys were taken from the templates, not their personas.
    await page.getByRole("link", { name: "Workspace" }).click();
    await expect(page.getByText("1 persona · 5 journeys")).toBeVisible();
    await reload(page);
    await expect(page.getByText("1 persona · 5 journeys")).toBeVisible();
    await openPersona(page, SAMPLE.persona);
    await check();
  });

  test("creates a blank journey, which needs a title", async ({ page }) => {
    await openApp(page);
    await openPersona(page, SAMPLE.persona);
    await page.getByRole("button", { name: "New journey" }).click();
    const dialog = page.getByRole("dialog", { name: `New journey for ${SAMPLE.persona}` });
    await expect(dialog.getByRole("radio", { name: "Blank journey" })).toBeChecked();
    await dialog.getByRole("button", { name: "Create journey" }).click();
    await expect(dialog.getByText("Give the journey a title.")).toBeVisible();
    await dialog.getByRole("textbox", { name: "Title" }).fill("Return a parcel");
    await dialog.getByRole("button", { name: "Create journey" }).click();
    await expect(page).toHaveURL(/#\/journey\/[\w-]+$/);
    await page.goBack();
    const row = page
      .getByRole("listitem")
      .filter({ has: page.getByRole("link", { name: "Return a parcel" }) });
    await expect(row).toContainText("0 cards");
  });

  test("creates a future state, listed with its current state and linked to it", async ({
    page,
  }) => {
    await openApp(page);
    await openPersona(page, SAMPLE.persona);
    await journeyAction(page, SAMPLE.journey, "Create future state");
    const futureTitle = `${SAMPLE.journey} (future state)`;
    await expect(
      page.getByRole("status").filter({ hasText: `Created the future state “${futureTitle}”.` }),
    ).toBeVisible();

    const check = async () => {
      const titles = page.locator("main .ws-journeys > li a");
      await expect(titles).toHaveText([SAMPLE.journey, futureTitle]);
      const futureRow = page
        .getByRole("listitem")
        .filter({ has: page.getByRole("link", { name: futureTitle }) });
      await expect(futureRow).toContainText("Future state");
      // The future state is made from a current state, so it offers no future state of its own.
      await futureRow.getByRole("button", { name: `Actions for ${futureTitle}` }).click();
      await expect(page.getByRole("menuitem", { name: "Create future state" })).toHaveCount(0);
      await page.keyboard.press("Escape");
    };
    await check();
    await reload(page);
    await check();

    await page.getByRole("link", { name: "Workspace" }).click();
    const card = personaCard(page, SAMPLE.persona);
    await expect(card.getByRole("link")).toHaveText([SAMPLE.persona, SAMPLE.journey, futureTitle]);
    await card.getByRole("link", { name: futureTitle }).click();
    const header = page.getByRole("region", { name: "Persona" });
    await expect(header).toContainText("Future state of");
    await header.getByRole("link", { name: SAMPLE.journey }).click();
    await expect(page.getByRole("region", { name: "Persona" })).toContainText("Current state");
  });

  test("renames and duplicates a journey", async ({ page }) => {
    await openApp(page);
    await openPersona(page, SAMPLE.persona);
    await journeyAction(page, SAMPLE.journey, "Rename");
    const dialog = page.getByRole("dialog", { name: "Rename journey" });
    await dialog.getByRole("textbox", { name: "Title" }).fill("Sunday night shop");
    await dialog.getByRole("button", { name: "Save" }).click();
    await expect(page.getByRole("link", { name: "Sunday night shop" })).toBeVisible();
    await journeyAction(page, "Sunday night shop", "Duplicate");
    await expect(page.getByRole("link", { name: "Sunday night shop (copy)" })).toBeVisible();
    await reload(page);
    await expect(page.getByRole("link", { name: "Sunday night shop", exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: "Sunday night shop (copy)" })).toBeVisible();
  });
});
