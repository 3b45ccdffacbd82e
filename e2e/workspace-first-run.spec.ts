import { expect, openApp, test } from "./support/fixtures";
import { SAMPLE, personaCard, reload } from "./support/workspace";

/**
 * The first run: the sample persona and journey, made once.
 */
test.describe("first run", () => {
  test("opens on the sample persona and its journey, ready to open as a map", async ({ page }) => {
    await openApp(page);
    await expect(
      page.getByRole("heading", { level: 1, name: "Personas and journeys" }),
    ).toBeVisible();
    const card = personaCard(page, SAMPLE.persona);
    await expect(card).toContainText("Working parent of two");
    await expect(card).toContainText("1 journey");
    await expect(card).toContainText("Current state");

    await card.getByRole("link", { name: SAMPLE.journey }).click();
    await expect(page).toHaveURL(/#\/journey\/[\w-]+$/);
    const header = page.getByRole("region", { name: "Persona" });
    await expect(header.getByRole("link", { name: SAMPLE.persona })).toBeVisible();
    await expect(header).toContainText(SAMPLE.quote);
    await expect(header).toContainText("Do the weekly shop in one sitting");
  });

  test("creates the sample once: deleting it does not bring it back", async ({ page }) => {
    await openApp(page);
    await personaCard(page, SAMPLE.persona)
      .getByRole("button", { name: `Actions for ${SAMPLE.persona}` })
      .click();
    await page.getByRole("menuitem", { name: "Delete" }).click();
    const confirm = page.getByRole("alertdialog", { name: `Delete “${SAMPLE.persona}”?` });
    await expect(confirm).toContainText("Its journey goes with it");
    await confirm.getByRole("button", { name: "Delete persona and journeys" }).click();
    await expect(page.getByRole("heading", { name: "No personas yet" })).toBeVisible();

    await reload(page);
    await expect(page.getByRole("heading", { name: "No personas yet" })).toBeVisible();
    await expect(page.getByRole("link", { name: SAMPLE.persona })).toHaveCount(0);
    await expect(page.getByRole("link", { name: SAMPLE.journey })).toHaveCount(0);
  });
});
