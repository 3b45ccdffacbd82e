import { expect, openApp, seriousA11yViolations, test } from "./support/fixtures";
import { card, journeyFile, openImportedJourney, waitSaved } from "./support/journey-file";
import { votingJourney } from "./support/voting-journey";

const SHOTS = "test-results/screenshots";

test.describe("dot voting", () => {
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
    await setup.getByRole("textbox", { name: "Dots per participant" }).fill("2");
    await setup.getByRole("textbox", { name: "Participants" }).fill("2");
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
    await setup.getByRole("textbox", { name: "Dots per participant" }).fill("2");
    await setup.getByRole("textbox", { name: "Participants" }).fill("2");
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
    // Keys pressed before the presentation has drawn its overview would go to the editor.
    await expect(page.locator(".present__where strong")).toHaveText("Overview");
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
});
