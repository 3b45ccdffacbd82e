import { expect, openApp, test } from "./support/fixtures";
import {
  SAMPLE,
  isOnTopAtItsCentre,
  journeyAction,
  openPersona,
  personaCard,
  personaEditor,
  reload,
} from "./support/workspace";

/**
 * Deleting personas and journeys, saving a persona's profile, and the notices whose Undo puts
 * them back.
 */
test.describe("deleting and undoing", () => {
  test("deletes a journey and puts it back from the notice", async ({ page }) => {
    await openApp(page);
    await openPersona(page, SAMPLE.persona);
    await journeyAction(page, SAMPLE.journey, "Delete");
    await expect(page.getByRole("link", { name: SAMPLE.journey })).toHaveCount(0);
    await expect(page.getByRole("heading", { name: "No journeys yet" })).toBeVisible();
    const notices = page.getByRole("status").filter({ hasText: `Deleted “${SAMPLE.journey}”.` });
    await notices.getByRole("button", { name: "Undo" }).click();
    await expect(page.getByRole("link", { name: SAMPLE.journey })).toBeVisible();
    await reload(page);
    await expect(page.getByRole("link", { name: SAMPLE.journey })).toBeVisible();
  });

  test("the undo notice waits while the pointer is on it, and goes some seconds after it leaves", async ({
    page,
  }) => {
    // The test drives the page's clock: minutes pass at once, whatever the machine's speed.
    await page.clock.install();
    await openApp(page);
    await openPersona(page, SAMPLE.persona);
    await journeyAction(page, SAMPLE.journey, "Delete");
    const notice = page.getByRole("status").filter({ hasText: `Deleted “${SAMPLE.journey}”.` });
    const undo = notice.getByRole("button", { name: "Undo" });
    await expect(undo).toBeVisible();

    await undo.hover();
    await page.clock.runFor(60_000);
    await expect(undo).toBeVisible();
    await page.mouse.move(10, 10);
    await page.clock.runFor(30_000);
    await expect(undo).toHaveCount(0);
    await expect(page.getByRole("link", { name: SAMPLE.journey })).toHaveCount(0);
    await reload(page);
    await expect(page.getByRole("heading", { name: "No journeys yet" })).toBeVisible();
  });

  test("reaches Undo from the keyboard with F8 and puts focus back", async ({ page }) => {
    await page.clock.install();
    await openApp(page);
    await page.getByRole("button", { name: "New persona" }).click();
    await personaEditor(page).getByRole("textbox", { name: "Name" }).fill("Keyboard only");
    await personaEditor(page).getByRole("button", { name: "Create persona" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Keyboard only" })).toBeVisible();
    const more = page.getByRole("button", { name: "More actions for Keyboard only" });
    await more.focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("menuitem", { name: "Duplicate" })).toBeFocused();
    await page.keyboard.press("End");
    await expect(page.getByRole("menuitem", { name: "Delete" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/#\/$/);
    await expect(page.getByRole("link", { name: "Keyboard only" })).toHaveCount(0);

    await page.keyboard.press("F8");
    const undo = page
      .getByRole("status")
      .filter({ hasText: "Deleted “Keyboard only”." })
      .getByRole("button", { name: "Undo" });
    await expect(undo).toBeFocused();
    await page.clock.runFor(5 * 60_000);
    await page.keyboard.press("Enter");
    await expect(personaCard(page, "Keyboard only")).toBeVisible();
    await expect(undo).toHaveCount(0);
    // The element it came from is gone with the persona page; focus lands on the page, not lost.
    await expect(page.getByRole("main")).toBeFocused();
  });

  test("asks before deleting a persona with journeys, and undoes it from the notice", async ({
    page,
  }) => {
    await openApp(page);
    await openPersona(page, SAMPLE.persona);
    await page.getByRole("button", { name: `More actions for ${SAMPLE.persona}` }).click();
    await page.getByRole("menuitem", { name: "Delete" }).click();
    const confirm = page.getByRole("alertdialog", { name: `Delete “${SAMPLE.persona}”?` });
    await expect(confirm.getByRole("button", { name: "Cancel" })).toBeFocused();
    await confirm.getByRole("button", { name: "Cancel" }).click();
    await expect(confirm).toBeHidden();
    await expect(page.getByRole("heading", { level: 1, name: SAMPLE.persona })).toBeVisible();

    await page.getByRole("button", { name: `More actions for ${SAMPLE.persona}` }).click();
    await page.getByRole("menuitem", { name: "Delete" }).click();
    await confirm.getByRole("button", { name: "Delete persona and journeys" }).click();
    await expect(page).toHaveURL(/#\/$/);
    await expect(page.getByRole("heading", { name: "No personas yet" })).toBeVisible();
    await page
      .getByRole("status")
      .filter({ hasText: `Deleted “${SAMPLE.persona}” and its journey.` })
      .getByRole("button", { name: "Undo" })
      .click();
    await expect(
      personaCard(page, SAMPLE.persona).getByRole("link", { name: SAMPLE.journey }),
    ).toBeVisible();
    await reload(page);
    await expect(
      personaCard(page, SAMPLE.persona).getByRole("link", { name: SAMPLE.journey }),
    ).toBeVisible();
  });

  test("deletes a persona without journeys at once, still undoable", async ({ page }) => {
    await openApp(page);
    await page.getByRole("button", { name: "New persona" }).click();
    await personaEditor(page).getByRole("textbox", { name: "Name" }).fill("Short-lived");
    await personaEditor(page).getByRole("button", { name: "Create persona" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Short-lived" })).toBeVisible();
    await page.getByRole("link", { name: "Workspace" }).click();
    // The shortest card of all: its menu must spill out of it, not be cut off by it.
    await personaCard(page, "Short-lived")
      .getByRole("button", { name: "Actions for Short-lived" })
      .click();
    expect(await isOnTopAtItsCentre(page.getByRole("menuitem", { name: "Delete" }))).toBe(true);
    await page.getByRole("menuitem", { name: "Delete" }).click();
    await expect(page.getByRole("alertdialog")).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Short-lived" })).toHaveCount(0);
    await page
      .getByRole("status")
      .filter({ hasText: "Deleted “Short-lived”." })
      .getByRole("button", { name: "Undo" })
      .click();
    await expect(personaCard(page, "Short-lived")).toBeVisible();
  });
});

test.describe("undoing a saved profile", () => {
  test("puts the profile back as it was before Save changes, and it stays so after a reload", async ({
    page,
  }, testInfo) => {
    await openApp(page);
    await openPersona(page, SAMPLE.persona);
    const profile = page.getByRole("complementary", { name: "Profile" });
    await expect(profile).toContainText("Do the weekly shop in one sitting");
    await page.getByRole("button", { name: "Edit persona" }).click();
    const editor = personaEditor(page);
    await editor.getByRole("textbox", { name: "Name" }).fill("Jess Morgan-Lee");
    await editor.getByRole("textbox", { name: "Goals" }).fill("Shop in ten minutes");
    await editor.getByRole("checkbox", { name: "Web" }).check();
    await editor.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Jess Morgan-Lee" })).toBeVisible();
    await expect(profile).not.toContainText("Do the weekly shop in one sitting");

    const notice = page
      .getByRole("status")
      .filter({ hasText: "Saved changes to Jess Morgan-Lee." });
    await expect(notice.getByRole("button", { name: "Undo" })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath("saved-changes-notice.png") });
    await notice.getByRole("button", { name: "Undo" }).click();
    await expect(notice).toHaveCount(0);
    const check = async () => {
      await expect(page.getByRole("heading", { level: 1, name: SAMPLE.persona })).toBeVisible();
      await expect(profile).toContainText("Do the weekly shop in one sitting");
      await expect(profile).not.toContainText("Shop in ten minutes");
      await expect(profile).not.toContainText("Web");
    };
    await check();
    await reload(page);
    await check();
  });

  test("keeps what another tab changed since the save, and says which fields it kept", async ({
    page,
    context,
  }) => {
    await openApp(page);
    await openPersona(page, SAMPLE.persona);
    await page.getByRole("button", { name: "Edit persona" }).click();
    await personaEditor(page).getByRole("textbox", { name: "Role or segment" }).fill("Nurse");
    await personaEditor(page).getByRole("textbox", { name: "Notes" }).fill("Met in Leeds.");
    await personaEditor(page).getByRole("button", { name: "Save changes" }).click();
    const saved = page
      .getByRole("status")
      .filter({ hasText: `Saved changes to ${SAMPLE.persona}.` });
    const undo = saved.getByRole("button", { name: "Undo" });
    // The pointer rests on Undo, so the notice waits while the other tab works.
    await undo.hover();

    const other = await context.newPage();
    await other.goto(page.url());
    await other.getByRole("button", { name: "Edit persona" }).click();
    await personaEditor(other).getByRole("textbox", { name: "Notes" }).fill("Met in York.");
    await personaEditor(other).getByRole("button", { name: "Save changes" }).click();
    const profile = page.getByRole("complementary", { name: "Profile" });
    await expect(profile).toContainText("Met in York.");

    await undo.click();
    await expect(
      page.getByRole("status").filter({
        hasText: "Undid the save, but kept the later changes to Notes.",
      }),
    ).toBeVisible();
    await expect(page.getByRole("main")).not.toContainText("Nurse");
    await expect(profile).toContainText("Met in York.");
    await expect(other.getByRole("main")).not.toContainText("Nurse");
    await reload(page);
    await expect(page.getByRole("main")).not.toContainText("Nurse");
    await expect(profile).toContainText("Met in York.");
  });
});
