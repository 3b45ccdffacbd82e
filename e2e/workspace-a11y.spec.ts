import { expect, openApp, seriousA11yViolations, test } from "./support/fixtures";
import { SAMPLE, journeyAction, openPersona, personaEditor } from "./support/workspace";

/**
 * Accessibility of the workspace pages and dialogs: axe, the dark theme, the keyboard alone.
 */
test.describe("accessibility", () => {
  test("home, persona page and the editor have no serious violations", async ({ page }) => {
    await openApp(page);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await openPersona(page, SAMPLE.persona);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Edit persona" }).click();
    await expect(personaEditor(page)).toBeVisible();
    expect(await seriousA11yViolations(page, "dialog")).toEqual([]);
    await personaEditor(page).getByRole("radio", { name: "Initials" }).check();
    expect(await seriousA11yViolations(page, "dialog")).toEqual([]);
    // The avatar was changed, so Escape asks before throwing that away.
    await page.keyboard.press("Escape");
    const ask = page.getByRole("alertdialog", { name: "Discard changes?" });
    await expect(ask).toBeVisible();
    expect(await seriousA11yViolations(page, "[role=alertdialog]")).toEqual([]);
    await ask.getByRole("button", { name: "Discard" }).click();
    await expect(personaEditor(page)).toBeHidden();
    await page.getByRole("button", { name: "New journey" }).click();
    await expect(page.getByRole("dialog")).toBeVisible();
    expect(await seriousA11yViolations(page, "dialog")).toEqual([]);
  });

  test("the workspace pages keep their contrast in the dark theme", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await openApp(page);
    await openPersona(page, SAMPLE.persona);
    await journeyAction(page, SAMPLE.journey, "Create future state");
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole("link", { name: "Workspace" }).click();
    await expect(page.getByText("Future state", { exact: true })).toBeVisible();
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  test("a persona can be created with the keyboard alone", async ({ page }) => {
    await openApp(page);
    await page.getByRole("button", { name: "New persona" }).focus();
    await page.keyboard.press("Enter");
    const editor = personaEditor(page);
    await expect(editor.getByRole("textbox", { name: "Name" })).toBeFocused();
    await page.keyboard.type("Keyboard Kim");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: "Keyboard Kim" })).toBeVisible();
  });
});
