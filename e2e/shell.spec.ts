import { expect, openApp, seriousA11yViolations, test } from "./support/fixtures";

test.describe("the app shell", () => {
  test("opens on the sample workspace with the product name and a saved state", async ({
    page,
  }) => {
    await openApp(page);
    await expect(page.getByRole("banner")).toContainText("Waymark");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  });

  test("has no serious or critical accessibility violations", async ({ page }) => {
    await openApp(page);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  test("follows the system's dark preference", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await openApp(page);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe("rgb(15, 20, 27)");
    await page.emulateMedia({ colorScheme: "light" });
    await expect
      .poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor))
      .toBe("rgb(246, 247, 249)");
  });

  test("shows a friendly not-found page with a way home", async ({ page }) => {
    await openApp(page, "#/journey/doesNotExist");
    await expect(page.getByRole("heading", { name: "Nothing here" })).toBeVisible();
    await page.getByRole("link", { name: "Go to the workspace" }).click();
    await expect(page).toHaveURL(/#\/$/);
  });
});
