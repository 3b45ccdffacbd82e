import { expect, openApp, test } from "./support/fixtures";
import { SAMPLE, openPersona, personaEditor, reload, storedSession } from "./support/workspace";

/**
 * Getting around: routes that survive reloads and back and forward, search and sorting.
 */
test.describe("routes", () => {
  test("survive a reload, and back and forward work", async ({ page }) => {
    await openApp(page);
    await openPersona(page, SAMPLE.persona);
    const personaUrl = page.url();
    expect(personaUrl).toMatch(/#\/persona\/[\w-]+$/);
    await page.getByRole("link", { name: SAMPLE.journey }).click();
    await expect(page).toHaveURL(/#\/journey\/[\w-]+$/);
    const journeyUrl = page.url();

    await reload(page);
    expect(page.url()).toBe(journeyUrl);
    await expect(page.getByRole("region", { name: "Persona" })).toContainText(SAMPLE.persona);

    await page.goBack();
    expect(page.url()).toBe(personaUrl);
    await expect(page.getByRole("heading", { level: 1, name: SAMPLE.persona })).toBeVisible();
    await page.goBack();
    await expect(
      page.getByRole("heading", { level: 1, name: "Personas and journeys" }),
    ).toBeVisible();
    await page.goForward();
    await expect(page.getByRole("heading", { level: 1, name: SAMPLE.persona })).toBeVisible();
    await reload(page);
    await expect(page.getByRole("heading", { level: 1, name: SAMPLE.persona })).toBeVisible();
    await page.goForward();
    await expect(page.getByRole("region", { name: "Persona" })).toContainText(SAMPLE.persona);
  });

  test("an unknown persona shows a friendly not-found page with a way home", async ({ page }) => {
    await openApp(page, "#/persona/noSuchPersona");
    await expect(page.getByRole("heading", { name: "Nothing here" })).toBeVisible();
    await page.getByRole("link", { name: "Go to the workspace" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Personas and journeys" }),
    ).toBeVisible();
  });

  test("an unknown journey shows the not-found page without the tools of a journey", async ({
    page,
  }) => {
    await openApp(page, "#/journey/noSuchJourney");
    await expect(page.getByRole("heading", { name: "Nothing here" })).toBeVisible();
    for (const name of ["Export", "Present", "Undo"])
      await expect(page.getByRole("button", { name, exact: true })).toHaveCount(0);
    await page.getByRole("link", { name: "Go to the workspace" }).click();
    // A real journey still has its tools.
    await page.getByRole("link", { name: SAMPLE.journey }).first().click();
    await expect(page.getByRole("button", { name: "Present", exact: true })).toBeVisible();
  });
});

test.describe("finding work", () => {
  test("search finds a journey by name, and sorting is remembered", async ({ page }) => {
    await openApp(page);
    await page.getByRole("button", { name: "New persona" }).click();
    await personaEditor(page).getByRole("textbox", { name: "Name" }).fill("Aleksander Wiśniewski");
    await personaEditor(page).getByRole("button", { name: "Create persona" }).click();
    await page.getByRole("button", { name: "New journey" }).click();
    await page.getByRole("textbox", { name: "Title" }).fill("Return a parcel at the post office");
    await page.getByRole("button", { name: "Create journey" }).click();
    await expect(page).toHaveURL(/#\/journey\//);
    await page.getByRole("link", { name: "Workspace" }).click();

    // Last edited first: the new persona leads.
    const names = page.locator("main .ws-card__name");
    await expect(names).toHaveText(["Aleksander Wiśniewski", SAMPLE.persona]);

    const search = page.getByRole("searchbox", { name: "Search personas and journeys" });
    await page.keyboard.press("/");
    await expect(search).toBeFocused();
    await page.keyboard.type("PARCEL");
    await expect(
      page.getByRole("link", { name: "Return a parcel at the post office" }),
    ).toBeVisible();
    await expect(page.getByRole("link", { name: SAMPLE.persona })).toHaveCount(0);
    await expect(page.getByRole("link", { name: SAMPLE.journey })).toHaveCount(0);
    await expect(page.getByRole("status").filter({ hasText: "One persona matches" })).toHaveCount(
      1,
    );

    await search.fill("wisniewski");
    await expect(names).toHaveText(["Aleksander Wiśniewski"]);
    await search.fill("holiday");
    await expect(page.getByRole("heading", { name: "Nothing matches “holiday”." })).toBeVisible();
    await page.getByRole("button", { name: "Clear the search" }).first().click();
    await expect(names).toHaveCount(2);

    await page.getByRole("combobox", { name: "Sort by" }).selectOption({ label: "Name" });
    await expect(names).toHaveText(["Aleksander Wiśniewski", SAMPLE.persona]);
    await openPersona(page, SAMPLE.persona);
    await page.getByRole("button", { name: "Edit persona" }).click();
    await personaEditor(page).getByRole("textbox", { name: "Name" }).fill("Ada Morgan");
    await personaEditor(page).getByRole("button", { name: "Save changes" }).click();
    await page.getByRole("link", { name: "Workspace" }).click();
    await expect(names).toHaveText(["Ada Morgan", "Aleksander Wiśniewski"]);
    await expect.poll(async () => (await storedSession(page))?.homeSort).toBe("name");
    await reload(page);
    await expect(page.getByRole("combobox", { name: "Sort by" })).toHaveValue("name");
    await expect(names).toHaveText(["Ada Morgan", "Aleksander Wiśniewski"]);
  });
});
