import { expect, openApp, seriousA11yViolations, test } from "./support/fixtures";
import {
  SAMPLE,
  TEMPLATE_NAMES,
  isOnTopAtItsCentre,
  journeyAction,
  openPersona,
  personaCard,
  personaEditor,
  pngFile,
  reload,
  storedSession,
} from "./support/workspace";

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

test.describe("personas", () => {
  test("creates a persona with an uploaded picture, stored resized to 256 px", async ({ page }) => {
    await openApp(page);
    await page.getByRole("button", { name: "New persona" }).click();
    const editor = personaEditor(page);
    await editor.getByRole("textbox", { name: "Name" }).fill("Zofia Nowak");
    await editor.getByRole("textbox", { name: "Role or segment" }).fill("Freelance translator");
    await editor.getByRole("radio", { name: "Picture" }).check();
    const picture = await pngFile(page, 1200, 800);
    await editor.getByLabel("Upload a picture…").setInputFiles(picture);
    await expect(editor.getByText("Picture ready.")).toBeVisible();
    await editor.getByRole("button", { name: "Create persona" }).click();

    await expect(page).toHaveURL(/#\/persona\/[\w-]+$/);
    await expect(page.getByRole("heading", { level: 1, name: "Zofia Nowak" })).toBeVisible();
    const avatar = page.locator("main img[data-avatar-kind='image']").first();
    const stored = async () =>
      avatar.evaluate(async (img: HTMLImageElement) => {
        await img.decode();
        const blob = await (await fetch(img.src)).blob();
        return {
          width: img.naturalWidth,
          height: img.naturalHeight,
          type: blob.type,
          size: blob.size,
        };
      });
    const first = await stored();
    expect(first.width).toBe(256);
    expect(first.height).toBe(171);
    expect(["image/webp", "image/png"]).toContain(first.type);
    // Re-encoded, not the uploaded bytes.
    expect(first.size).not.toBe(picture.buffer.length);

    await reload(page);
    await expect(page.getByRole("heading", { level: 1, name: "Zofia Nowak" })).toBeVisible();
    expect(await stored()).toEqual(first);
    await page.getByRole("link", { name: "Workspace" }).click();
    await expect(
      personaCard(page, "Zofia Nowak").locator("img[data-avatar-kind='image']"),
    ).toBeVisible();
  });

  test("creates a persona with an emoji, and a name in any script", async ({ page }) => {
    await openApp(page);
    await page.getByRole("button", { name: "New persona" }).click();
    const editor = personaEditor(page);
    await editor.getByRole("textbox", { name: "Name" }).fill("داریوش رحیمی");
    await editor.getByRole("button", { name: "🧑‍🎓" }).click();
    await expect(editor.getByRole("button", { name: "🧑‍🎓" })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    await editor.getByRole("textbox", { name: "Or type any emoji" }).fill("🦊");
    await editor.getByRole("button", { name: "Create persona" }).click();

    const heading = page.getByRole("heading", { level: 1, name: "داریوش رحیمی" });
    await expect(heading).toBeVisible();
    await expect(heading).toHaveAttribute("dir", "auto");
    await expect(page.locator("main [data-avatar-kind='emoji']").first()).toHaveText("🦊");
    await reload(page);
    await expect(heading).toBeVisible();
    await expect(page.locator("main [data-avatar-kind='emoji']").first()).toHaveText("🦊");
  });

  test("needs a name before a persona is created", async ({ page }) => {
    await openApp(page);
    await page.getByRole("button", { name: "New persona" }).click();
    const editor = personaEditor(page);
    await editor.getByRole("button", { name: "Create persona" }).click();
    const name = editor.getByRole("textbox", { name: "Name" });
    await expect(name).toHaveAttribute("aria-invalid", "true");
    await expect(name).toBeFocused();
    await expect(editor.getByText("Give the persona a name.")).toBeVisible();
    await editor.getByRole("button", { name: "Cancel" }).click();
    await expect(editor).toBeHidden();
    await expect(page.getByText("1 persona · 1 journey")).toBeVisible();
  });

  test("refuses a 20 MB file, a text file named .png, a broken picture and an SVG, each with a reason", async ({
    page,
  }) => {
    await openApp(page);
    await page.getByRole("button", { name: "New persona" }).click();
    const editor = personaEditor(page);
    await editor.getByRole("textbox", { name: "Name" }).fill("Refused");
    await editor.getByRole("radio", { name: "Picture" }).check();
    const upload = editor.getByLabel("Upload a picture…");
    const reason = editor.getByRole("alert");

    await upload.setInputFiles({
      name: "huge.png",
      mimeType: "image/png",
      buffer: Buffer.alloc(20 * 1024 * 1024),
    });
    await expect(reason).toHaveText("“huge.png” is 20 MB; a picture can be up to 10 MB.");

    await upload.setInputFiles({
      name: "notes.png",
      mimeType: "image/png",
      buffer: Buffer.from("Shopping list: milk, eggs, bread\n"),
    });
    await expect(reason).toHaveText(
      "“notes.png” is not a picture. Choose a PNG, JPEG, WebP, GIF or AVIF image.",
    );

    const png = await pngFile(page, 64, 64);
    const broken = Buffer.concat([png.buffer.subarray(0, 40), Buffer.alloc(400, 7)]);
    await upload.setInputFiles({ name: "broken.png", mimeType: "image/png", buffer: broken });
    await expect(reason).toHaveText(
      "“broken.png” looks like a picture but cannot be read: it may be damaged.",
    );

    await upload.setInputFiles({
      name: "face.svg",
      mimeType: "image/svg+xml",
      buffer: Buffer.from(
        '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>',
      ),
    });
    await expect(reason).toContainText("“face.svg” is not a picture.");

    // Nothing was accepted, so the persona cannot be saved with a picture.
    await editor.getByRole("button", { name: "Create persona" }).click();
    await expect(reason).toHaveText("Upload a picture, or choose an emoji or initials.");
    await expect(editor).toBeVisible();
  });

  test("edits a persona's profile, and the edit survives a reload", async ({ page }) => {
    await openApp(page);
    await openPersona(page, SAMPLE.persona);
    await page.getByRole("button", { name: "Edit persona" }).click();
    const editor = personaEditor(page);
    await editor.getByRole("textbox", { name: "Name" }).fill("Jess Morgan-Lee");
    await editor.getByRole("radio", { name: "Initials" }).check();
    await editor.getByRole("radio", { name: "Teal" }).check();
    await editor.getByRole("textbox", { name: "Goals" }).fill("Shop in ten minutes\n\nEat well");
    await editor.getByRole("checkbox", { name: "Email" }).check();
    await editor
      .getByRole("textbox", { name: "Other channels" })
      .fill("Podcasts, school newsletter");
    await editor.getByRole("textbox", { name: "Notes" }).fill("Met at the Leeds workshop.");
    await editor.getByRole("button", { name: "Save changes" }).click();
    await expect(editor).toBeHidden();

    const check = async () => {
      await expect(page.getByRole("heading", { level: 1, name: "Jess Morgan-Lee" })).toBeVisible();
      const initials = page.locator("main [data-avatar-kind='initials']").first();
      await expect(initials).toHaveText("JM");
      await expect(initials).toHaveCSS("background-color", "rgb(15, 118, 110)");
      const profile = page.getByRole("complementary", { name: "Profile" });
      await expect(profile.getByRole("listitem")).toContainText([
        "Shop in ten minutes",
        "Eat well",
      ]);
      await expect(profile).toContainText("Email");
      await expect(profile).toContainText("Podcasts");
      await expect(profile).toContainText("school newsletter");
      await expect(profile).toContainText("Met at the Leeds workshop.");
    };
    await check();
    await reload(page);
    await check();
  });

  test("duplicates a persona with its journeys", async ({ page }) => {
    await openApp(page);
    await personaCard(page, SAMPLE.persona)
      .getByRole("button", { name: `Actions for ${SAMPLE.persona}` })
      .click();
    await page.getByRole("menuitem", { name: "Duplicate" }).click();
    const copy = personaCard(page, `${SAMPLE.persona} (copy)`);
    await expect(copy).toContainText("1 journey");
    await expect(copy.getByRole("link", { name: SAMPLE.journey })).toBeVisible();
    await reload(page);
    await expect(page.getByText("2 personas · 2 journeys")).toBeVisible();
  });
});

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

test.describe("persona header", () => {
  test("folds away on the journey view, and stays folded after a reload", async ({ page }) => {
    await openApp(page);
    await page.getByRole("link", { name: SAMPLE.journey }).click();
    const header = page.getByRole("region", { name: "Persona" });
    await expect(header).toContainText(SAMPLE.quote);
    await header.getByRole("button", { name: "Hide persona details" }).click();
    await expect(header.getByRole("button", { name: "Show persona details" })).toHaveAttribute(
      "aria-expanded",
      "false",
    );
    await expect(header).not.toContainText(SAMPLE.quote);
    await expect(header.getByRole("link", { name: SAMPLE.persona })).toBeVisible();
    await expect.poll(async () => (await storedSession(page))?.personaHeaderCollapsed).toBe(true);
    await reload(page);
    await expect(header.getByRole("button", { name: "Show persona details" })).toBeVisible();
    await header.getByRole("button", { name: "Show persona details" }).click();
    await expect(header).toContainText(SAMPLE.quote);
  });
});

test.describe("accessibility", () => {
  test("home, persona page and the editor have no serious violations", async ({ page }) => {
    await openApp(page);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await openPersona(page, SAMPLE.persona);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Edit persona" }).click();
    expect(await seriousA11yViolations(page, "dialog")).toEqual([]);
    await personaEditor(page).getByRole("radio", { name: "Initials" }).check();
    expect(await seriousA11yViolations(page, "dialog")).toEqual([]);
    await page.keyboard.press("Escape");
    await page.getByRole("button", { name: "New journey" }).click();
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
