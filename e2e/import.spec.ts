import type { Page } from "@playwright/test";
import { expect, openApp, test } from "./support/fixtures";
import { fixtureText, personaCard, reload } from "./support/workspace";

/** A file as the browser hands it to a drop handler, made in the page. */
async function fileTransfer(page: Page, name: string, text: string) {
  return page.evaluateHandle(
    ([fileName, content]) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], fileName, { type: "application/json" }));
      return transfer;
    },
    [name, text] as const,
  );
}

test.describe("importing from the home view", () => {
  test("the Import button opens a file picker and adds the chosen journey", async ({ page }) => {
    await openApp(page);
    const chooser = page.waitForEvent("filechooser");
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await (
      await chooser
    ).setFiles({
      name: "order-groceries.waymark.json",
      mimeType: "application/json",
      buffer: Buffer.from(fixtureText("journey.waymark.json")),
    });
    await expect(page).toHaveURL(/#\/journey\/[\w-]+$/);
    await expect(page.getByRole("region", { name: "Persona" })).toContainText("Maya Kowalska");
    await reload(page);
    await expect(page.getByRole("region", { name: "Persona" })).toContainText("Maya Kowalska");
    await page.getByRole("link", { name: "Workspace" }).click();
    await expect(
      personaCard(page, "Maya Kowalska").getByRole("link", { name: "Order groceries" }),
    ).toBeVisible();
  });

  test("dropping a Waymark file anywhere on the window imports it, with an overlay while dragging", async ({
    page,
  }) => {
    await openApp(page);
    const transfer = await fileTransfer(
      page,
      "team.waymark.json",
      fixtureText("workspace.waymark.json"),
    );
    const overlay = page.getByText("Drop to import");
    await expect(overlay).toBeHidden();
    await page.dispatchEvent("main", "dragenter", { dataTransfer: transfer });
    await expect(overlay).toBeVisible();
    await page.dispatchEvent("main", "dragover", { dataTransfer: transfer });
    await page.dispatchEvent("main", "drop", { dataTransfer: transfer });
    await expect(overlay).toBeHidden();
    // The file holds one journey, so it opens; its two personas are in the workspace.
    await expect(page.getByRole("region", { name: "Persona" })).toContainText("Maya Kowalska");
    await reload(page);
    await page.getByRole("link", { name: "Workspace" }).click();
    await expect(personaCard(page, "Maya Kowalska")).toContainText("Order groceries");
    await expect(personaCard(page, "Reza Ahmadi")).toBeVisible();
    await expect(page.getByText("3 personas · 2 journeys")).toBeVisible();
  });

  test("the overlay goes away when the file is dragged off the window", async ({ page }) => {
    await openApp(page);
    const transfer = await fileTransfer(page, "team.waymark.json", "{}");
    await page.dispatchEvent("main", "dragenter", { dataTransfer: transfer });
    await page.dispatchEvent("h1", "dragenter", { dataTransfer: transfer });
    await page.dispatchEvent("main", "dragleave", { dataTransfer: transfer });
    await expect(page.getByText("Drop to import")).toBeVisible();
    await page.dispatchEvent("h1", "dragleave", { dataTransfer: transfer });
    await expect(page.getByText("Drop to import")).toBeHidden();
    await expect(page.getByText("1 persona · 1 journey")).toBeVisible();
  });

  test("a dropped file that is not a Waymark file is refused with its reason", async ({ page }) => {
    await openApp(page);
    const transfer = await fileTransfer(page, "notes.waymark.json", '{"hello":"world"}');
    await page.dispatchEvent("main", "dragenter", { dataTransfer: transfer });
    await page.dispatchEvent("main", "drop", { dataTransfer: transfer });
    const alert = page.getByRole("alert");
    await expect(alert).toContainText("Could not import “notes.waymark.json”.");
    await expect(alert).toContainText("It is not a Waymark file.");
    await expect(alert).toContainText("Nothing in your workspace was changed.");
    await expect(page.getByText("1 persona · 1 journey")).toBeVisible();
  });
});

test.describe("importing a file that is already in, or cut short", () => {
  async function chooseFile(page: Page, name: string, text: string) {
    const chooser = page.waitForEvent("filechooser");
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await (
      await chooser
    ).setFiles({
      name,
      mimeType: "application/json",
      buffer: Buffer.from(text),
    });
  }

  test("a file opened twice says its journeys came in as copies, and Undo takes them back", async ({
    page,
  }) => {
    await openApp(page);
    const workspace = fixtureText("workspace.waymark.json");
    await chooseFile(page, "team.waymark.json", workspace);
    await expect(page.getByRole("region", { name: "Persona" })).toContainText("Maya Kowalska");
    await page.getByRole("link", { name: "Workspace" }).click();
    await expect(page.getByText("3 personas · 2 journeys")).toBeVisible();

    await chooseFile(page, "team.waymark.json", workspace);
    const notice = page
      .locator(".notice")
      .filter({ hasText: "Imported one journey. One was already here, so it came in as a copy." });
    await expect(notice).toBeVisible();
    await page.getByRole("link", { name: "Workspace" }).click();
    await expect(page.getByText("3 personas · 3 journeys")).toBeVisible();

    await notice.getByRole("button", { name: "Undo import" }).click();
    await expect(page.getByText("Import undone.")).toBeVisible();
    await expect(page.getByText("3 personas · 2 journeys")).toBeVisible();
    await reload(page);
    await expect(page.getByText("3 personas · 2 journeys")).toBeVisible();
  });

  test("a file cut off part way is called incomplete, and an empty one empty", async ({ page }) => {
    await openApp(page);
    const workspace = fixtureText("workspace.waymark.json");
    await chooseFile(page, "team.waymark.json", workspace.slice(0, 500));
    const alert = page.getByRole("alert");
    await expect(alert).toContainText("It starts like a Waymark file but is cut short or damaged");
    await expect(alert).toContainText("Nothing in your workspace was changed.");
    await chooseFile(page, "blank.waymark.json", "");
    await expect(alert).toContainText("Could not import “blank.waymark.json”. It is empty.");
    await expect(page.getByText("1 persona · 1 journey")).toBeVisible();
  });
});
