import { expect, openApp, seriousA11yViolations, test } from "./support/fixtures";
import { card, inspector, openView, reloadJourney } from "./support/canvas";
import { journeyFile, openImportedJourney, waitSaved } from "./support/journey-file";
import type { Page } from "@playwright/test";

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

const matrix = (page: Page) => page.getByRole("group", { name: "Opportunity matrix" });
const quadrant = (page: Page, name: string) =>
  page.getByRole("region", { name: new RegExp(`^${name}`) });

test.describe("priorities: the opportunity matrix", () => {
  test.beforeEach(async ({ page }) => {
    await openApp(page);
    await openImportedJourney(page, file());
  });

  test("weighs an opportunity from the list, moves it with the keys and by dragging, and the card's fields follow", async ({
    page,
  }) => {
    await page.keyboard.press("Alt+p");
    await expect(page).toHaveURL(/#\/journey\/journeyTest1\/priorities$/);
    await expect(
      page.getByRole("heading", { level: 1, name: "Priorities: Test journey" }),
    ).toBeVisible();
    // Nothing weighed yet: both opportunities wait in the list; the friction point only when asked.
    const unplaced = page.getByRole("region", { name: /^Not weighed yet/ });
    await expect(unplaced.getByRole("button")).toHaveText([
      "Weigh “Live chat at checkout”",
      "Weigh “Show the delivery fee early”",
    ]);

    // Chosen from the list, it lands in the middle, and keeps the keyboard.
    await unplaced.getByRole("button", { name: "Weigh “Live chat at checkout”" }).click();
    const chat = matrix(page).getByRole("button", {
      name: /^Opportunity: Live chat at checkout\./,
    });
    await expect(chat).toBeFocused();
    await expect(chat).toHaveAccessibleName(
      "Opportunity: Live chat at checkout. Impact 3, effort 3: Big bets. 3 votes",
    );
    // Up for more impact, left for less effort: a quick win.
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowLeft");
    await expect(chat).toBeFocused();
    await expect(chat).toHaveAccessibleName(
      "Opportunity: Live chat at checkout. Impact 5, effort 1: Quick wins. 3 votes",
    );
    await expect(quadrant(page, "Quick wins").getByRole("listitem")).toHaveText([
      /Live chat at checkout/,
    ]);

    // Dragged: the second one, weighed, then dragged to little impact and much effort.
    await unplaced.getByRole("button", { name: "Weigh “Show the delivery fee early”" }).click();
    const fee = matrix(page).getByRole("button", {
      name: /^Opportunity: Show the delivery fee early\./,
    });
    const target = matrix(page).locator('[data-impact="1"][data-effort="5"]');
    const from = (await fee.boundingBox())!;
    const to = (await target.boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + 12);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2 + 10, from.y + 20, { steps: 2 });
    await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 10 });
    await page.mouse.up();
    await expect(fee).toHaveAccessibleName(
      "Opportunity: Show the delivery fee early. Impact 1, effort 5: Money pits. No votes",
    );
    await expect(unplaced).toHaveCount(0);
    await page.screenshot({ path: `${SHOTS}/priorities-1280.png` });

    // Friction points weigh too when asked.
    await page.getByRole("checkbox", { name: "Weigh friction points too" }).check();
    await expect(
      page.getByRole("region", { name: /^Not weighed yet/ }).getByRole("button"),
    ).toHaveText(["Weigh “Slots hidden until sign-up”"]);

    // On the map, the inspector shows what the matrix set, and it stays after a reload.
    await waitSaved(page);
    await chat.press("Enter");
    await expect(page).toHaveURL(/#\/journey\/journeyTest1$/);
    await expect(card(page, "Opportunity: Live chat at checkout")).toBeFocused();
    await expect(inspector(page).getByRole("combobox", { name: "Impact (1–5)" })).toHaveValue("5");
    await expect(inspector(page).getByRole("combobox", { name: "Effort (1–5)" })).toHaveValue("1");
    await reloadJourney(page);
    await openView(page, "Priorities");
    await expect(quadrant(page, "Money pits").getByRole("listitem")).toHaveText([
      /Show the delivery fee early/,
    ]);
  });

  test("an impact set in the inspector places the card; undo takes it back; no serious accessibility violations", async ({
    page,
  }) => {
    await card(page, "Opportunity: Show the delivery fee early").click();
    await inspector(page).getByRole("combobox", { name: "Impact (1–5)" }).selectOption("4");
    await inspector(page).getByRole("combobox", { name: "Effort (1–5)" }).selectOption("2");
    await openView(page, "Priorities");
    await expect(quadrant(page, "Quick wins").getByRole("listitem")).toHaveText([
      /Show the delivery fee early/,
    ]);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.goBack();
    await expect(page).toHaveURL(/#\/journey\/journeyTest1$/);
    // Undo takes back the effort: the card waits to be weighed again, its impact kept.
    await page.getByRole("button", { name: "Undo", exact: true }).click();
    await openView(page, "Priorities");
    await expect(matrix(page).getByRole("button")).toHaveCount(0);
    await page.getByRole("button", { name: "Weigh “Show the delivery fee early”" }).click();
    await expect(matrix(page).getByRole("button")).toHaveAccessibleName(
      /Impact 4, effort 3: Big bets/,
    );
  });
});
