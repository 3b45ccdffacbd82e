import { expect, openApp, test } from "./support/fixtures";
import { openPersona, personaCard, journeyAction, SAMPLE } from "./support/workspace";

test.describe("work is never stranded", () => {
  test("a journey brought back after its persona was deleted gets a recovered persona at once", async ({
    page,
  }) => {
    await openApp(page);
    await openPersona(page, SAMPLE.persona);
    await journeyAction(page, SAMPLE.journey, "Delete");
    const journeyNotice = page
      .locator(".notice")
      .filter({ hasText: `Deleted “${SAMPLE.journey}”.` });
    await page.getByRole("button", { name: `More actions for ${SAMPLE.persona}` }).click();
    await page.getByRole("menuitem", { name: "Delete" }).click();
    await expect(page).toHaveURL(/#\/$/);
    await journeyNotice.getByRole("button", { name: "Undo" }).click();
    await expect(
      personaCard(page, "Recovered persona").getByRole("link", { name: SAMPLE.journey }),
    ).toBeVisible();
    await page.reload();
    await expect(
      personaCard(page, "Recovered persona").getByRole("link", { name: SAMPLE.journey }),
    ).toBeVisible();
  });

  test("keeps a session choice made just before a reload", async ({ page }) => {
    await openApp(page);
    await page.getByRole("link", { name: SAMPLE.journey }).first().click();
    await expect(page.getByRole("region", { name: "Inspector" })).toBeVisible();
    await page.getByRole("button", { name: "Show or hide the inspector" }).click();
    await expect(page.getByRole("region", { name: "Inspector" })).toHaveCount(0);
    // Straight away: the session save is still waiting for its debounce.
    await page.reload();
    await expect(page.getByRole("button", { name: "Show or hide the inspector" })).toHaveAttribute(
      "aria-pressed",
      "false",
    );
    await expect(page.getByRole("region", { name: "Inspector" })).toHaveCount(0);
  });

  test("moves focus to the new page after following a link", async ({ page }) => {
    await openApp(page);
    await page.getByRole("link", { name: SAMPLE.persona, exact: true }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: SAMPLE.persona })).toBeVisible();
    await expect(page.getByRole("main")).toBeFocused();
  });
});
