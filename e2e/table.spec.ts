import { expect, openApp, seriousA11yViolations, test } from "./support/fixtures";
import { openView, reloadJourney } from "./support/canvas";
import { card, journeyFile, openImportedJourney, waitSaved } from "./support/journey-file";
import type { Page } from "@playwright/test";
import { bytesOf, download, openExport } from "./support/export";

const SHOTS = "test-results/screenshots";

const file = () =>
  journeyFile({
    cards: [
      {
        id: "tpAd",
        stage: 0,
        lane: "touchpoints",
        title: "Instagram ad",
        satisfaction: 4,
        channel: { kind: "standard", id: "socialMedia" },
        owner: { kind: "standard", id: "marketing" },
      },
      {
        id: "tpCheckout",
        stage: 1,
        lane: "touchpoints",
        title: "Checkout page",
        satisfaction: 1,
        channel: { kind: "standard", id: "web" },
        owner: { kind: "standard", id: "product" },
        painPoints: [{ id: "pp1", text: "Delivery fee shown late", severity: "high" }],
        votes: 2,
      },
      {
        id: "tpEmail",
        stage: 2,
        lane: "touchpoints",
        title: "Welcome email",
        satisfaction: 5,
        channel: { kind: "standard", id: "email" },
      },
      { id: "actSearch", stage: 0, lane: "actions", title: "Searches for a shop" },
    ],
  });

const grid = (page: Page) => page.getByRole("grid", { name: "Table: Test journey" });
/** The titles of the table's rows, top to bottom (each row's header cell). */
const titles = (page: Page) => grid(page).getByRole("rowheader").allInnerTexts();

test.describe("the journey as a table", () => {
  test.beforeEach(async ({ page }) => {
    await openApp(page);
    await openImportedJourney(page, file());
  });

  test("lists every card in reading order, sorts by a column's header, and filters with the map's filter", async ({
    page,
  }) => {
    await page.keyboard.press("Alt+t");
    await expect(page).toHaveURL(/#\/journey\/journeyTest1\/table$/);
    await expect(grid(page)).toBeVisible();
    expect(await titles(page)).toEqual([
      "Searches for a shop",
      "Instagram ad",
      "Checkout page",
      "Welcome email",
    ]);
    const checkout = grid(page).getByRole("row", { name: /Checkout page/ });
    await expect(checkout.getByRole("gridcell")).toHaveText([
      "Buy",
      "Touchpoints",
      "Touchpoint",
      "1 of 5, Very unhappy",
      "Delivery fee shown late (High)",
      "",
      "Web",
      "Product",
      "",
      "2",
      "",
    ]);

    const satisfaction = page.getByRole("columnheader", { name: "Satisfaction" });
    await satisfaction.getByRole("button").click();
    await expect(satisfaction).toHaveAttribute("aria-sort", "ascending");
    expect(await titles(page)).toEqual([
      "Checkout page",
      "Instagram ad",
      "Welcome email",
      "Searches for a shop",
    ]);
    await satisfaction.getByRole("button").click();
    await expect(satisfaction).toHaveAttribute("aria-sort", "descending");
    expect(await titles(page)).toEqual([
      "Welcome email",
      "Instagram ad",
      "Checkout page",
      "Searches for a shop",
    ]);

    await page.getByRole("searchbox", { name: "Find in the table" }).fill("fee");
    await expect(page.getByText("1 of 4 cards", { exact: true })).toBeVisible();
    expect(await titles(page)).toEqual(["Checkout page"]);
    await page.getByRole("button", { name: "Clear the filter" }).click();
    await expect(grid(page).getByRole("rowheader")).toHaveCount(4);
    await page.screenshot({ path: `${SHOTS}/table-1280.png` });
    await page.getByRole("searchbox", { name: "Find in the table" }).fill("fee");
    // The same filter dims the map: back on it, one card of four matches.
    await page.getByRole("button", { name: "Back to the map" }).click();
    await expect(page.getByRole("search", { name: "Find and filter" })).toBeVisible();
    await expect(page.getByText("1 of 4 cards matches")).toBeVisible();
  });

  test("edits in place from the keyboard: typing replaces a title, Escape cancels, lists choose, undo takes back", async ({
    page,
  }) => {
    await openView(page, "Table");
    await expect(grid(page)).toBeVisible();
    // A click gives a cell the keyboard; arrows go on from there.
    await grid(page).getByRole("rowheader", { name: "Searches for a shop" }).click();
    await expect(grid(page).getByRole("rowheader", { name: "Searches for a shop" })).toBeFocused();
    await page.keyboard.press("ArrowDown");
    const ad = grid(page).getByRole("rowheader", { name: "Instagram ad" });
    await expect(ad).toBeFocused();

    // Typing on a title starts editing it with what was typed; Enter keeps it.
    await page.keyboard.type("Instagram story");
    const editor = page.getByRole("textbox", { name: "Edit Title of “Instagram ad”" });
    await expect(editor).toHaveValue("Instagram story");
    await page.keyboard.press("Enter");
    const story = grid(page).getByRole("rowheader", { name: "Instagram story" });
    await expect(story).toBeFocused();

    // Enter edits, Escape cancels: the title stays.
    await page.keyboard.press("Enter");
    await page.keyboard.type(" gone");
    await page.keyboard.press("Escape");
    await expect(story).toBeFocused();
    await expect(story).toHaveText("Instagram story");

    // A list: the kind, changed with the keyboard.
    await page.keyboard.press("ArrowLeft");
    await expect(
      grid(page)
        .getByRole("row", { name: /Instagram story/ })
        .getByRole("gridcell")
        .nth(2),
    ).toBeFocused();
    await page.keyboard.press("F2");
    const kind = page.getByRole("combobox", { name: "Edit Kind of “Instagram story”" });
    await expect(kind).toBeFocused();
    await kind.selectOption({ label: "Channel" });
    await page.keyboard.press("Enter");
    await expect(
      grid(page)
        .getByRole("row", { name: /Instagram story/ })
        .getByRole("gridcell")
        .nth(2),
    ).toHaveText("Channel");

    // The stage, moved from the table.
    await page.keyboard.press("Home");
    await page.keyboard.press("Enter");
    await page
      .getByRole("combobox", { name: "Edit Stage of “Instagram story”" })
      .selectOption({ label: "Use" });
    await page.keyboard.press("Enter");
    expect(await titles(page)).toEqual([
      "Searches for a shop",
      "Checkout page",
      "Welcome email",
      "Instagram story",
    ]);

    // Undo takes back the move, then the kind; the title stays.
    await page.keyboard.press("Control+z");
    await page.keyboard.press("Control+z");
    expect(await titles(page)).toEqual([
      "Searches for a shop",
      "Instagram story",
      "Checkout page",
      "Welcome email",
    ]);
    await expect(
      grid(page)
        .getByRole("row", { name: /Instagram story/ })
        .getByRole("gridcell")
        .nth(2),
    ).toHaveText("Touchpoint");

    // What the table changed is on the map, and stays after a reload.
    await waitSaved(page);
    await page.getByRole("button", { name: "Show “Instagram story” on the map" }).click();
    await expect(page).toHaveURL(/#\/journey\/journeyTest1$/);
    const onMap = card(page, "Touchpoint: Instagram story");
    await expect(onMap).toBeFocused();
    await expect(page.getByRole("textbox", { name: "Title" })).toHaveValue("Instagram story");
    await reloadJourney(page);
    await expect(card(page, "Touchpoint: Instagram story")).toBeVisible();
  });

  test("adds cards from a CSV file: Waymark's own export comes back whole, a bad row is refused and nothing changes", async ({
    page,
  }) => {
    const dialog = await openExport(page);
    const csv = await bytesOf(
      await download(page, () => dialog.getByRole("button", { name: "Download CSV" }).click()),
    );
    await page.keyboard.press("Escape");
    await page.keyboard.press("Alt+t");
    await expect(grid(page).getByRole("rowheader")).toHaveCount(4);
    const input = page.getByLabel("Add cards from CSV…");

    await input.setInputFiles({
      name: "bad.csv",
      mimeType: "text/csv",
      buffer: Buffer.from("Stage,Lane,Title\nNowhere,Touchpoints,X\n"),
    });
    await expect(page.getByRole("alert")).toContainText(
      "Could not import “bad.csv”. It is damaged: row 2 › stage names a stage that does not exist. Nothing in your workspace was changed.",
    );
    await expect(grid(page).getByRole("rowheader")).toHaveCount(4);

    await input.setInputFiles({ name: "cards.csv", mimeType: "text/csv", buffer: csv });
    await expect(
      page.getByText("Added 4 cards from “cards.csv”. Undo takes them back."),
    ).toBeVisible();
    await expect(page.getByRole("alert")).toHaveCount(0);
    expect(await titles(page)).toEqual([
      "Searches for a shop",
      "Searches for a shop",
      "Instagram ad",
      "Instagram ad",
      "Checkout page",
      "Checkout page",
      "Welcome email",
      "Welcome email",
    ]);
    const copies = grid(page).getByRole("row", { name: /Checkout page/ });
    for (const row of await copies.all())
      await expect(row.getByRole("gridcell")).toHaveText([
        "Buy",
        "Touchpoints",
        "Touchpoint",
        "1 of 5, Very unhappy",
        "Delivery fee shown late (High)",
        "",
        "Web",
        "Product",
        "",
        "2",
        "",
      ]);
    // One undo step takes the whole file back.
    await page.keyboard.press("Control+z");
    await expect(grid(page).getByRole("rowheader")).toHaveCount(4);
  });

  test("has no serious accessibility violations (the languages test reads Polish and Persian)", async ({
    page,
  }) => {
    await page.keyboard.press("Alt+t");
    await expect(grid(page)).toBeVisible();
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});
