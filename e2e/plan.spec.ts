import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, openApp, seriousA11yViolations, test } from "./support/fixtures";
import { card, inspector, openView, reloadJourney } from "./support/canvas";
import { journeyFile, openImportedJourney, waitSaved } from "./support/journey-file";

const SHOTS = "test-results/screenshots";

const file = () =>
  journeyFile({
    cards: [
      {
        id: "opChat",
        stage: 0,
        lane: "opportunities",
        kind: "opportunity",
        title: "Live chat at checkout",
        owner: { kind: "standard", id: "customerService" },
        votes: 3,
      },
      {
        id: "opFee",
        stage: 1,
        lane: "opportunities",
        kind: "opportunity",
        title: "Show the delivery fee early",
      },
      {
        id: "frSlots",
        stage: 1,
        lane: "frictionPoints",
        kind: "frictionPoint",
        title: "Slots hidden until sign-up",
      },
      { id: "tpAd", stage: 0, lane: "touchpoints", title: "Instagram ad" },
    ],
  });

const editor = (page: Page) => page.getByRole("complementary", { name: "Action" });
const column = (page: Page, owner: string, status: string) =>
  page.getByRole("list", { name: `${owner}: ${status}` });
const findBar = (page: Page) => page.getByRole("search", { name: "Find and filter" });

test.describe("the action plan", () => {
  test.beforeEach(async ({ page }) => {
    await openApp(page);
    await openImportedJourney(page, file());
  });

  test("turns an opportunity into an owned, dated action, moves it on the board by keys and by dragging, exports it, and the map filters by its status", async ({
    page,
  }) => {
    await card(page, "Opportunity: Live chat at checkout").click();
    await inspector(page).getByText("No action fixes this card yet.").waitFor();
    await inspector(page).getByRole("button", { name: "Make an action" }).click();

    // The plan opens on the new action: the card's title and owner came along.
    await expect(page).toHaveURL(/#\/journey\/journeyTest1\/plan$/);
    await expect(
      page.getByRole("heading", { level: 1, name: "Action plan: Test journey" }),
    ).toBeVisible();
    const title = editor(page).getByRole("textbox", { name: "Title" });
    await expect(title).toBeFocused();
    await expect(title).toHaveValue("Live chat at checkout");
    await expect(column(page, "Customer service", "Idea").getByRole("button")).toHaveText([
      /Live chat at checkout/,
    ]);

    await title.fill("Offer live chat on the checkout page");
    await editor(page).getByRole("combobox", { name: "Status" }).selectOption("Planned");
    await editor(page).getByLabel("Due date").fill("2020-03-31");
    await editor(page).getByRole("combobox", { name: "Target metric" }).selectOption("NPS");
    const value = editor(page).getByRole("textbox", { name: "Value aimed at" });
    await value.fill("140");
    await expect(value).toHaveAttribute("aria-invalid", "true");
    await value.fill("10");
    await expect(value).toHaveAttribute("aria-invalid", "false");
    await editor(page)
      .getByRole("combobox", { name: "Add a card it fixes" })
      .selectOption("Friction point: Slots hidden until sign-up");
    await expect(editor(page).getByRole("listitem")).toHaveText([
      "Live chat at checkout (Discover)",
      "Slots hidden until sign-up (Buy)",
    ]);

    const action = column(page, "Customer service", "Planned").getByRole("button", {
      name: /Offer live chat on the checkout page/,
    });
    await expect(action).toContainText("Overdue");
    await expect(action).toContainText("NPS: aim 10");
    await expect(action).toContainText("Fixes 2 cards");
    await expect(page.getByText("1 overdue")).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/plan-1280.png` });

    // Alt and the arrows move it, and it keeps the keyboard.
    await action.focus();
    await page.keyboard.press("Alt+ArrowRight");
    const moved = column(page, "Customer service", "In progress").getByRole("button", {
      name: /Offer live chat/,
    });
    await expect(moved).toBeFocused();
    await expect(page.getByRole("status").filter({ hasText: "is now" })).toHaveText(
      "“Offer live chat on the checkout page” is now In progress, Customer service.",
    );

    // Dragged to Done.
    await moved.dragTo(column(page, "Customer service", "Done"));
    const done = column(page, "Customer service", "Done").getByRole("button", {
      name: /Offer live chat/,
    });
    await expect(done).toBeVisible();
    await expect(done).not.toContainText("Overdue");

    // The plan as CSV: a row per action, the day and the target as a spreadsheet reads them.
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Export the plan (CSV)" }).click();
    const csv = readFileSync(await (await download).path(), "utf8");
    expect((await download).suggestedFilename()).toMatch(
      /^Test journey - action plan \d{4}-\d\d-\d\d\.csv$/,
    );
    expect(csv.replace(/^\ufeff/, "").split("\r\n")[0]).toBe(
      "Action,Status,Owner department,Due date,Target metric,Value aimed at,Cards it fixes,Stages,Notes",
    );
    expect(csv).toContain(
      'Offer live chat on the checkout page,Done,Customer service,2020-03-31,NPS,10,"Live chat at checkout\nSlots hidden until sign-up","Discover\nBuy",',
    );

    // On the map, the filter finds the cards the done action fixes; it all stays after a reload.
    await waitSaved(page);
    await page.getByRole("button", { name: "Back to the map" }).click();
    // A key pressed before the map has drawn goes nowhere: wait for its cards.
    await expect(page.locator(".react-flow__node").first()).toBeVisible();
    await page.keyboard.press("/");
    await findBar(page).getByRole("button", { name: "Filters" }).click();
    await findBar(page)
      .getByRole("group", { name: "Action plan" })
      .getByRole("button", { name: "Done" })
      .click();
    await expect(findBar(page).getByRole("status")).toHaveText("2 of 4 cards match");
    await findBar(page)
      .getByRole("group", { name: "Action plan" })
      .getByRole("button", { name: "No action" })
      .click();
    await expect(findBar(page).getByRole("status")).toHaveText("4 of 4 cards match");
    await reloadJourney(page);
    await card(page, "Friction point: Slots hidden until sign-up").click();
    await inspector(page)
      .getByRole("button", { name: "Open “Offer live chat on the checkout page” in the plan" })
      .click();
    await expect(editor(page).getByRole("textbox", { name: "Title" })).toHaveValue(
      "Offer live chat on the checkout page",
    );
    await expect(editor(page).getByRole("combobox", { name: "Status" })).toHaveValue("done");
  });

  test("a new action from the board; Escape closes it; delete and undo bring it back; no serious accessibility violations", async ({
    page,
  }) => {
    await openView(page, "Action plan");
    await expect(page.getByText(/^No actions yet\./)).toBeVisible();
    await page.getByRole("button", { name: "New action" }).click();
    const title = editor(page).getByRole("textbox", { name: "Title" });
    await expect(title).toHaveValue("New action");
    await title.fill("Name the delivery fee on the first page");
    await editor(page).getByRole("combobox", { name: "Owner department" }).selectOption("Product");
    await expect(column(page, "Product", "Idea").getByRole("button")).toHaveText([
      /Name the delivery fee/,
    ]);
    expect(await seriousA11yViolations(page)).toEqual([]);

    await title.press("Escape");
    await expect(editor(page)).toHaveCount(0);
    const action = column(page, "Product", "Idea").getByRole("button");
    await expect(action).toBeFocused();
    await action.press("Enter");
    await editor(page).getByRole("button", { name: "Delete the action" }).click();
    await expect(page.getByText(/^No actions yet\./)).toBeVisible();
    await page.keyboard.press("Control+z");
    await expect(column(page, "Product", "Idea").getByRole("button")).toHaveText([
      /Name the delivery fee/,
    ]);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${SHOTS}/plan-390.png`, fullPage: true });
  });
});
