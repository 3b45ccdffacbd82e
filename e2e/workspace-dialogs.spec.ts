import type { Page } from "@playwright/test";
import { expect, openApp, seriousA11yViolations, test } from "./support/fixtures";
import { SAMPLE, journeyAction, openPersona, personaEditor, reload } from "./support/workspace";

/**
 * Dialogs that hold input keep it: a click on the backdrop does not close a form with changes,
 * and every other way out but saving asks first ("Discard changes?"). Dialogs with nothing to
 * lose still close on a click beside them.
 */

/** A click on the backdrop, well away from the dialog's box. */
async function clickBeside(page: Page) {
  await page.mouse.click(8, 400);
}

const question = (page: Page) => page.getByRole("alertdialog", { name: "Discard changes?" });

test.describe("unsaved changes in a dialog", () => {
  test("a stray click beside the persona editor keeps a long edit, and Escape asks first", async ({
    page,
  }, testInfo) => {
    await openApp(page);
    await openPersona(page, SAMPLE.persona);
    await page.getByRole("button", { name: "Edit persona" }).click();
    const editor = personaEditor(page);
    const notes = editor.getByRole("textbox", { name: "Notes" });
    const long = "Met at the Leeds workshop. Orders on Sunday nights after bedtime, on her phone.";
    await notes.fill(long);

    await clickBeside(page);
    await expect(editor).toBeVisible();
    await expect(question(page)).toHaveCount(0);
    await expect(notes).toHaveValue(long);
    // The click did not even take the focus away from what was being typed.
    await expect(notes).toBeFocused();

    await page.keyboard.press("Escape");
    const ask = question(page);
    await expect(ask).toBeVisible();
    await expect(ask).toHaveAccessibleDescription("What you changed here has not been saved.");
    await expect(ask.getByRole("button", { name: "Keep editing" })).toBeFocused();
    expect(await seriousA11yViolations(page, "[role=alertdialog]")).toEqual([]);
    await page.screenshot({ path: testInfo.outputPath("discard-changes.png") });

    // Escape on the question means "keep editing", and focus goes back to the field.
    await page.keyboard.press("Escape");
    await expect(ask).toHaveCount(0);
    await expect(notes).toBeFocused();
    // Escape again, with no click in between, still asks: it never closes the form on its own.
    await page.keyboard.press("Escape");
    await expect(ask).toBeVisible();
    await page.keyboard.press("Escape");
    await page.keyboard.press("Escape");
    await expect(ask).toBeVisible();
    await expect(editor).toBeVisible();

    // Discard, from the keyboard: the profile is as it was.
    await page.keyboard.press("Tab");
    await expect(ask.getByRole("button", { name: "Discard" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(editor).toBeHidden();
    await expect(page.getByRole("button", { name: "Edit persona" })).toBeFocused();
    const profile = page.getByRole("complementary", { name: "Profile" });
    await expect(profile).not.toContainText("Met at the Leeds workshop.");
    await reload(page);
    await expect(profile).not.toContainText("Met at the Leeds workshop.");
  });

  test("the close button and Cancel ask too, and Keep editing goes back to a form that still saves", async ({
    page,
  }) => {
    await openApp(page);
    await openPersona(page, SAMPLE.persona);
    await page.getByRole("button", { name: "Edit persona" }).click();
    const editor = personaEditor(page);
    await editor.getByRole("textbox", { name: "Role or segment" }).fill("Night-shift nurse");

    await editor.getByRole("button", { name: "Close" }).click();
    await question(page).getByRole("button", { name: "Keep editing" }).click();
    await expect(question(page)).toHaveCount(0);
    await editor.getByRole("button", { name: "Cancel" }).click();
    // A click beside the question keeps editing as well: it holds nothing to lose.
    await expect(question(page)).toBeVisible();
    await clickBeside(page);
    await expect(question(page)).toHaveCount(0);
    await expect(editor.getByRole("textbox", { name: "Role or segment" })).toHaveValue(
      "Night-shift nurse",
    );

    await editor.getByRole("button", { name: "Save changes" }).click();
    await expect(editor).toBeHidden();
    await expect(page.getByRole("main")).toContainText("Night-shift nurse");
  });

  test("the new journey and rename dialogs keep a typed title through a click beside them", async ({
    page,
  }) => {
    await openApp(page);
    await openPersona(page, SAMPLE.persona);
    await page.getByRole("button", { name: "New journey" }).click();
    const create = page.getByRole("dialog", { name: `New journey for ${SAMPLE.persona}` });
    // Nothing typed or chosen yet: a click beside it closes it.
    await clickBeside(page);
    await expect(create).toBeHidden();

    await page.getByRole("button", { name: "New journey" }).click();
    await create.getByRole("textbox", { name: "Title" }).fill("Return a parcel");
    await clickBeside(page);
    await expect(create.getByRole("textbox", { name: "Title" })).toHaveValue("Return a parcel");
    await create.getByRole("button", { name: "Cancel" }).click();
    await question(page).getByRole("button", { name: "Discard" }).click();
    await expect(create).toBeHidden();
    await expect(page.getByRole("link", { name: "Return a parcel" })).toHaveCount(0);

    await journeyAction(page, SAMPLE.journey, "Rename");
    const rename = page.getByRole("dialog", { name: "Rename journey" });
    await rename.getByRole("textbox", { name: "Title" }).fill("Sunday night shop");
    await clickBeside(page);
    await rename.getByRole("button", { name: "Save" }).click();
    await expect(page.getByRole("link", { name: "Sunday night shop" })).toBeVisible();
  });

  test("a dialog with nothing to lose still closes on a click beside it", async ({ page }) => {
    await openApp(page);
    await openPersona(page, SAMPLE.persona);
    await page.getByRole("button", { name: `More actions for ${SAMPLE.persona}` }).click();
    await page.getByRole("menuitem", { name: "Delete" }).click();
    const confirm = page.getByRole("alertdialog", { name: `Delete “${SAMPLE.persona}”?` });
    await expect(confirm).toBeVisible();
    await clickBeside(page);
    await expect(confirm).toBeHidden();
    await expect(page.getByRole("heading", { level: 1, name: SAMPLE.persona })).toBeVisible();
  });
});
