import { writeFile } from "node:fs/promises";
import { expect, openApp, test } from "./support/fixtures";
import {
  SAMPLE,
  openPersona,
  personaCard,
  personaEditor,
  pngFile,
  reload,
  storedSession,
} from "./support/workspace";

/**
 * Personas: creating, editing and duplicating them, pictures refused with a reason, and the
 * persona header on the journey view.
 */
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

    // Given as a path, the browser reads the file from disk as it would a person's; 20 MB sent
    // through the test protocol instead takes the better part of half a minute.
    const huge = test.info().outputPath("huge.png");
    await writeFile(huge, Buffer.alloc(20 * 1024 * 1024));
    await upload.setInputFiles(huge);
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
