import type { Page } from "@playwright/test";
import { expect, openApp, seriousA11yViolations, test } from "./support/fixtures";
import { card, cell, journeyFile, openImportedJourney, waitSaved } from "./support/journey-file";

const SHOTS = "test-results/screenshots";

/** Seconds left on the timer, read from its mm:ss readout. */
async function secondsLeft(page: Page): Promise<number> {
  const text = (await page.getByRole("timer", { name: "Time left" }).textContent()) ?? "";
  const [m, s] = text.split(":").map(Number);
  return m! * 60 + s!;
}

async function setMinutes(page: Page, minutes: string) {
  await page.getByRole("button", { name: "Timer settings" }).click();
  const input = page.getByRole("spinbutton", { name: "Minutes" });
  await input.fill(minutes);
  await page.keyboard.press("Escape");
  await expect(input).toHaveCount(0);
}

const votingJourney = () =>
  journeyFile({
    stages: ["Discover", "Buy", "Use"],
    cards: [
      {
        id: "tpCheckout",
        stage: 1,
        lane: "touchpoints",
        title: "Checkout page",
        painPoints: [{ id: "pp1", text: "Delivery fee shown late", severity: "high" }],
      },
      {
        id: "tpSlots",
        stage: 1,
        lane: "touchpoints",
        title: "Delivery slot picker",
        painPoints: [{ id: "pp2", text: "Evening slots gone", severity: "medium" }],
      },
      { id: "frSignup", stage: 0, lane: "frictionPoints", title: "Slots hidden until sign-up" },
      { id: "frSearch", stage: 1, lane: "frictionPoints", title: "Search ignores favourites" },
      { id: "opReorder", stage: 2, lane: "opportunities", title: "Reorder in one tap" },
    ],
  });

test.describe("workshop tools", () => {
  test("the timer counts down, keeps running across a reload and into presentation", async ({
    page,
  }) => {
    await openApp(page);
    await openImportedJourney(page, journeyFile({}));
    const timer = page.getByRole("timer", { name: "Time left" });
    await expect(timer).toHaveText("05:00");
    await setMinutes(page, "1");
    await expect(timer).toHaveText("01:00");
    await page.getByRole("button", { name: "Start timer" }).click();
    await expect.poll(() => secondsLeft(page), { timeout: 5_000 }).toBeLessThan(60);
    const beforeReload = await secondsLeft(page);

    await waitSaved(page);
    await page.reload();
    await expect(page.getByRole("region", { name: "Inspector" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Pause timer" })).toBeVisible();
    await expect.poll(() => secondsLeft(page), { timeout: 5_000 }).toBeLessThan(beforeReload);
    const afterReload = await secondsLeft(page);
    expect(afterReload).toBeGreaterThan(30);

    // Into presentation mode: the same timer, still running, large in the control bar.
    await page.getByRole("button", { name: "Present", exact: true }).click();
    await expect(page.locator(".present")).toBeVisible();
    await expect.poll(() => secondsLeft(page), { timeout: 5_000 }).toBeLessThan(afterReload);
    await page.getByRole("button", { name: "Pause timer" }).click();
    const paused = await secondsLeft(page);
    await page.waitForTimeout(1_500);
    expect(await secondsLeft(page)).toBe(paused);
    await page.keyboard.press("Escape");
    await expect(page.getByRole("button", { name: "Start timer" })).toBeVisible();
    expect(await secondsLeft(page)).toBe(paused);
    await page.getByRole("button", { name: "Reset timer" }).click();
    await expect(timer).toHaveText("01:00");
  });

  test("at zero the timer says Time is up, in the editor and in presentation", async ({ page }) => {
    await page.clock.install();
    await openApp(page);
    await openImportedJourney(page, journeyFile({}));
    await page.getByRole("button", { name: "Timer settings" }).click();
    await page.getByRole("spinbutton", { name: "Minutes" }).fill("2");
    await page.getByRole("checkbox", { name: "Sound at the end" }).check();
    expect(await seriousA11yViolations(page, ".timer")).toEqual([]);
    await page.keyboard.press("Escape");
    await page.getByRole("button", { name: "Start timer" }).click();
    await page.clock.fastForward("01:00");
    await expect(page.getByRole("timer")).toHaveText(/^0[01]:0\d$/);
    await expect(page.getByRole("alert").filter({ hasText: "Time is up" })).toHaveCount(0);
    await page.clock.fastForward("01:05");
    await expect(page.getByRole("alert").filter({ hasText: "Time is up" })).toBeVisible();
    await expect(page.getByRole("timer")).toHaveText("00:00");
    await expect(page.getByRole("group", { name: "Timer" })).toHaveClass(/timer--up/);
    await page.screenshot({ path: `${SHOTS}/timer-up-editor.png` });

    await page.getByRole("button", { name: "Present", exact: true }).click();
    const banner = page.getByRole("alert").filter({ hasText: "Time is up" });
    await expect(banner).toBeVisible();
    const size = await banner.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(40);
    await page.screenshot({ path: `${SHOTS}/timer-up-presentation.png` });
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Reset timer" }).click();
    await expect(banner).toHaveCount(0);
  });

  test("the timer refuses 0 minutes with a message on the field, and Enter starts nothing", async ({
    page,
  }) => {
    await openApp(page);
    await openImportedJourney(page, journeyFile({}));
    const timer = page.getByRole("timer", { name: "Time left" });
    await expect(timer).toHaveText("05:00");
    await page.getByRole("button", { name: "Timer settings" }).click();
    const minutes = page.getByRole("spinbutton", { name: "Minutes" });
    await minutes.fill("0");
    await minutes.press("Enter");
    await expect(minutes).toHaveAttribute("aria-invalid", "true");
    await expect(minutes).toHaveAccessibleDescription(
      /From 1 to 180\. .*Minutes are a whole number from 1 to 180\./,
    );
    await expect(page.getByRole("alert")).toHaveText("Minutes are a whole number from 1 to 180.");
    await expect(minutes).toHaveValue("0");
    await page.screenshot({ path: `${SHOTS}/timer-minutes-refused.png` });
    expect(await seriousA11yViolations(page, ".timer")).toEqual([]);
    // Nothing started: the clock stays on the length it had, and offers to start.
    await page.waitForTimeout(1_200);
    await expect(timer).toHaveText("05:00");
    await expect(page.getByRole("button", { name: "Start timer" })).toBeVisible();
    // An empty box is refused too.
    await minutes.fill("");
    await minutes.press("Enter");
    await expect(minutes).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByRole("button", { name: "Start timer" })).toBeVisible();
    // A length in range clears the message, and Enter starts it.
    await minutes.fill("2");
    await expect(minutes).not.toHaveAttribute("aria-invalid");
    await expect(page.getByRole("alert")).toHaveCount(0);
    await minutes.press("Enter");
    await expect(page.getByRole("button", { name: "Pause timer" })).toBeVisible();
    await expect.poll(() => secondsLeft(page), { timeout: 5_000 }).toBeLessThan(120);
    expect(await secondsLeft(page)).toBeGreaterThan(100);
  });

  test("every dot of a round shows in the votes, on whatever kind of card it was cast", async ({
    page,
  }) => {
    await openApp(page);
    await openImportedJourney(
      page,
      journeyFile({
        stages: ["Awareness", "Buy"],
        cards: [
          { id: "tpReferral", stage: 0, lane: "touchpoints", title: "Friend's referral code" },
          { id: "tpAd", stage: 0, lane: "touchpoints", title: "Free first delivery ad" },
          {
            id: "tpCheckout",
            stage: 0,
            lane: "touchpoints",
            title: "Checkout page",
            painPoints: [{ id: "pp1", text: "Delivery fee shown late", severity: "high" }],
          },
          { id: "noteBudget", stage: 0, lane: "backstage", title: "Referral budget" },
        ],
      }),
    );
    await page.getByRole("button", { name: "Present", exact: true }).click();
    await expect(page.locator(".present__where strong")).toHaveText("Overview");
    await page.getByRole("button", { name: "Voting round" }).click();
    const setup = page.getByRole("dialog", { name: "Start a voting round" });
    await setup.getByRole("spinbutton", { name: "Dots per participant" }).fill("2");
    await setup.getByRole("spinbutton", { name: "Participants" }).fill("2");
    await setup.getByRole("button", { name: "Start round" }).click();
    await page.keyboard.press("ArrowRight");
    await expect(page.locator(".present__where strong")).toHaveText("Stage 1 of 2");
    const slide = page.locator(".slide--current");
    const panel = page.getByRole("region", { name: "Voting round" });

    // Participant 1: both dots on a touchpoint that has no pain point.
    await slide.getByRole("button", { name: "Touchpoint: Free first delivery ad" }).click();
    await page.keyboard.press("v");
    await page.keyboard.press("v");
    await expect(panel).toContainText("no dots left");
    await panel.getByRole("button", { name: "Next participant" }).click();
    // Participant 2: one on the note, one on the card with a pain point.
    await slide.getByRole("button", { name: "Note: Referral budget" }).click();
    await page.keyboard.press("v");
    await slide.getByRole("button", { name: "Touchpoint: Checkout page" }).click();
    await page.keyboard.press("v");
    await expect(panel).toContainText("4 of 4 dots cast");
    await panel.getByRole("button", { name: "Finish and show the votes" }).click();

    const ranking = page.getByRole("dialog", { name: "Votes" });
    const items = (name: string) => ranking.getByRole("region", { name }).getByRole("button");
    await expect(items("Pain points")).toHaveCount(1);
    await expect(items("Pain points").first()).toHaveAccessibleName(
      "1. Delivery fee shown late, on Checkout page: 1 vote",
    );
    await expect(items("Other cards with votes")).toHaveCount(2);
    await expect(items("Other cards with votes").nth(0)).toHaveAccessibleName(
      "1. Free first delivery ad, Touchpoint: 2 votes",
    );
    await expect(items("Other cards with votes").nth(1)).toHaveAccessibleName(
      "2. Referral budget, Note: 1 vote",
    );
    // The four dots, all in the view.
    const names = await ranking
      .getByRole("region")
      .getByRole("button")
      .evaluateAll((buttons) => buttons.map((b) => b.getAttribute("aria-label") ?? ""));
    const dots = names.map((name) => Number(/: (\d+) votes?$/.exec(name)?.[1] ?? 0));
    expect(dots.reduce((sum, n) => sum + n, 0)).toBe(4);
    expect(await seriousA11yViolations(page, "dialog")).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/votes-ranking-other-cards.png` });

    // An entry there leads back to its card, the same way as the others.
    await items("Other cards with votes").nth(0).click();
    await expect(ranking).toHaveCount(0);
    const ad = slide.getByRole("button", { name: "Touchpoint: Free first delivery ad" });
    await expect(ad).toBeFocused();
    await expect(ad).toHaveAttribute("aria-pressed", "true");
  });

  test("a voting round gives each participant their dots, and the ranking leads back to the cards", async ({
    page,
  }) => {
    await openApp(page);
    await openImportedJourney(page, votingJourney());
    await page.getByRole("button", { name: "Voting round" }).click();
    const setup = page.getByRole("dialog", { name: "Start a voting round" });
    await setup.getByRole("spinbutton", { name: "Dots per participant" }).fill("2");
    await setup.getByRole("spinbutton", { name: "Participants" }).fill("2");
    await setup.getByRole("button", { name: "Start round" }).click();
    const panel = page.getByRole("region", { name: "Voting round" });
    await expect(panel).toContainText("Participant 1 of 2");
    await expect(panel).toContainText("2 dots left");

    // Participant 1: both dots on the checkout page, with the key; a third is refused.
    await card(page, "Touchpoint: Checkout page").click();
    await page.keyboard.press("v");
    await page.keyboard.press("v");
    await expect(panel).toContainText("no dots left");
    await page.keyboard.press("v");
    await expect(page.getByText("This participant has used every dot.").first()).toBeVisible();
    // Undoing a vote gives its dot back, and the participant can cast it again.
    await page.keyboard.press("Control+z");
    await expect(panel).toContainText("1 dot left");
    await page.keyboard.press("v");
    await expect(panel).toContainText("no dots left");
    await expect(card(page, "Touchpoint: Checkout page")).toHaveAttribute(
      "aria-description",
      /2 votes/,
    );
    expect(await seriousA11yViolations(page, ".app-header")).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/voting-round-editor.png` });
    await panel.getByRole("button", { name: "Next participant" }).click();
    await expect(panel).toContainText("Participant 2 of 2");

    // Participant 2: one dot by key on a friction point, one with the inspector's + button.
    await card(page, "Friction point: Search ignores favourites").click();
    await page.keyboard.press("v");
    await page.keyboard.press("Shift+V");
    await page.keyboard.press("v");
    await card(page, "Opportunity: Reorder in one tap").click();
    await page
      .getByRole("region", { name: "Inspector" })
      .getByRole("button", { name: "Add a vote" })
      .click();
    await expect(panel).toContainText("4 of 4 dots cast");
    await panel.getByRole("button", { name: "Finish and show the votes" }).click();
    await expect(panel).toHaveCount(0);

    const ranking = page.getByRole("dialog", { name: "Votes" });
    await expect(ranking).toBeVisible();
    const items = (name: string) => ranking.getByRole("region", { name }).getByRole("button");
    await expect(items("Pain points")).toHaveText([/Delivery fee shown late/]);
    await expect(items("Pain points").first()).toHaveAccessibleName(
      "1. Delivery fee shown late, on Checkout page: 2 votes",
    );
    await expect(items("Friction points")).toHaveCount(1);
    await expect(items("Friction points").first()).toHaveAccessibleName(
      "1. Search ignores favourites: 1 vote",
    );
    await expect(items("Opportunities").first()).toHaveAccessibleName(
      "1. Reorder in one tap: 1 vote",
    );
    expect(await seriousA11yViolations(page, "dialog")).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/votes-ranking.png` });

    // An entry leads back to its card: selected, and holding the keyboard.
    await items("Friction points").first().click();
    await expect(ranking).toHaveCount(0);
    const friction = card(page, "Friction point: Search ignores favourites");
    await expect(friction).toBeFocused();
    await expect(friction).toHaveAttribute("aria-pressed", "true");

    // The votes are stored on the cards (the view stays on the revealed card after the reload).
    await waitSaved(page);
    await page.reload();
    await expect(page.getByRole("region", { name: "Inspector" })).toBeVisible();
    await page.getByRole("button", { name: "Votes", exact: true }).click();
    const after = page.getByRole("dialog", { name: "Votes" });
    await expect(
      after.getByRole("region", { name: "Pain points" }).getByRole("button").first(),
    ).toHaveAccessibleName("1. Delivery fee shown late, on Checkout page: 2 votes");
    await expect(after.getByRole("region", { name: "Opportunities" })).toContainText(
      "Reorder in one tap",
    );
  });

  test("votes in presentation mode land on the card and the ranking shows it big", async ({
    page,
  }) => {
    await openApp(page);
    await openImportedJourney(page, votingJourney());
    await page.getByRole("button", { name: "Present", exact: true }).click();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await expect(page.locator(".present__where strong")).toHaveText("Stage 2 of 3");
    const slide = page.locator(".slide--current");
    await slide.getByRole("button", { name: "Touchpoint: Delivery slot picker" }).click();
    await page.keyboard.press("v");
    await page.keyboard.press("v");
    await page.keyboard.press("v");
    await expect(page.getByRole("group", { name: "Votes on Delivery slot picker" })).toContainText(
      "3 votes",
    );
    await page.getByRole("button", { name: "Votes", exact: true }).click();
    const ranking = page.getByRole("dialog", { name: "Votes" });
    await expect(ranking.getByRole("region", { name: "Pain points" })).toContainText(
      "Evening slots gone",
    );
    await page.screenshot({ path: `${SHOTS}/votes-ranking-presentation.png` });
    await ranking.getByRole("button", { name: /Evening slots gone/ }).click();
    await expect(
      slide.getByRole("button", { name: "Touchpoint: Delivery slot picker" }),
    ).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(card(page, "Touchpoint: Delivery slot picker")).toHaveAttribute(
      "aria-description",
      /3 votes/,
    );
  });

  test("captures 20 cards with the keyboard alone", async ({ page }) => {
    await openApp(page);
    await openImportedJourney(
      page,
      journeyFile({
        stages: ["Discover", "Buy", "Use"],
        cards: [{ id: "seed", stage: 0, lane: "actions", title: "Searches for a shop" }],
      }),
    );
    // Into the map without the mouse: a card takes focus, then arrows lead to a cell.
    await card(page, "Customer action: Searches for a shop").focus();
    await page.keyboard.press("ArrowUp");
    await expect(cell(page, "Discover", "Customer actions")).toBeFocused();
    await page.keyboard.press("ArrowRight");
    await expect(cell(page, "Buy", "Customer actions")).toBeFocused();

    // Type, Enter, type the next; Tab moves on to the next cell (then the next lane).
    const plan: [string, string, number][] = [
      ["Buy", "Customer actions", 4],
      ["Use", "Customer actions", 4],
      ["Discover", "Touchpoints", 4],
      ["Buy", "Touchpoints", 4],
      ["Use", "Touchpoints", 4],
    ];
    let n = 0;
    for (const [stage, lane, count] of plan) {
      for (let i = 0; i < count; i++) {
        n += 1;
        await page.keyboard.type(`Idea ${n}`);
        await page.keyboard.press("Enter");
      }
      await expect(cell(page, stage, lane)).toHaveAccessibleName(
        `${stage}, ${lane}: ${count} cards`,
      );
      if (n < 20) await page.keyboard.press("Tab");
    }
    await page.keyboard.press("Escape");
    await expect(page.locator("[data-card-id]")).toHaveCount(21);
    for (let i = 1; i <= 20; i++)
      await expect(page.getByText(`Idea ${i}`, { exact: true })).toHaveCount(1);
    await waitSaved(page);
    await page.reload();
    await expect(cell(page, "Use", "Touchpoints")).toHaveAccessibleName(
      "Use, Touchpoints: 4 cards",
    );
    await expect(page.locator("[data-card-id]")).toHaveCount(21);
  });

  test("Tab in quick capture comes round from the last cell to the first", async ({ page }) => {
    await openApp(page);
    await openImportedJourney(
      page,
      journeyFile({
        stages: ["Discover", "Use"],
        cards: [{ id: "seed", stage: 0, lane: "actions", title: "Searches for a shop" }],
      }),
    );
    await card(page, "Customer action: Searches for a shop").focus();
    await page.keyboard.press("ArrowUp");
    await expect(cell(page, "Discover", "Customer actions")).toBeFocused();
    await page.keyboard.type("First");
    const composer = page.getByRole("textbox", { name: /^New .+ in / });
    await expect(composer).toHaveAccessibleName(
      "New customer action in Discover, Customer actions",
    );
    // Shift+Tab from the first cell keeps the text as a card and goes round to the last cell.
    await page.keyboard.press("Shift+Tab");
    await expect(composer).toHaveAccessibleName("New note in Use, Backstage");
    await expect(composer).toBeFocused();
    await page.keyboard.type("Last");
    await page.keyboard.press("Tab");
    await expect(composer).toHaveAccessibleName(
      "New customer action in Discover, Customer actions",
    );
    await expect(composer).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(cell(page, "Discover", "Customer actions")).toHaveAccessibleName(
      "Discover, Customer actions: 2 cards",
    );
    await expect(cell(page, "Use", "Backstage")).toHaveAccessibleName("Use, Backstage: one card");
  });

  test("the projector theme is a choice in the editor too, and passes axe", async ({ page }) => {
    await openApp(page);
    await page.emulateMedia({ colorScheme: "dark" });
    await openImportedJourney(page, votingJourney());
    // The system preference is the default.
    expect(await page.evaluate(() => document.documentElement.dataset.theme ?? "system")).toBe(
      "system",
    );
    const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(await bg()).toBe("rgb(15, 20, 27)");
    await page.getByRole("button", { name: "Main menu" }).click();
    await page.getByRole("menuitemradio", { name: "Projector" }).click();
    await expect(page.locator("html")).toHaveAttribute("data-theme", "projector");
    // Projector wins over the dark system preference: black on white, larger type.
    expect(await bg()).toBe("rgb(255, 255, 255)");
    expect(await page.evaluate(() => getComputedStyle(document.body).fontSize)).toBe("17px");
    await card(page, "Touchpoint: Checkout page").click();
    await page.screenshot({ path: `${SHOTS}/editor-projector.png` });
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.reload();
    await expect(page.locator("html")).toHaveAttribute("data-theme", "projector");
  });
});
