import { expect, openApp, seriousA11yViolations, test } from "./support/fixtures";
import { card, journeyFile, openImportedJourney } from "./support/journey-file";

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
        id: "tpSlots",
        stage: 1,
        lane: "touchpoints",
        title: "Delivery slots page",
        satisfaction: 3,
        channel: { kind: "standard", id: "web" },
        owner: { kind: "standard", id: "product" },
        painPoints: [{ id: "pp2", text: "Slots hidden until sign-up", severity: "medium" }],
      },
      {
        id: "tpEmail",
        stage: 2,
        lane: "touchpoints",
        title: "Welcome email",
        channel: { kind: "standard", id: "email" },
        owner: { kind: "standard", id: "marketing" },
      },
    ],
  });

test.describe("insights", () => {
  test("reads satisfaction and friction off the map, and a heatmap cell shows exactly its cards on the map", async ({
    page,
  }) => {
    await openApp(page);
    await openImportedJourney(page, file());
    await page.keyboard.press("Alt+i");
    await expect(page).toHaveURL(/#\/journey\/journeyTest1\/insights$/);
    await expect(
      page.getByRole("heading", { level: 1, name: "Insights: Test journey" }),
    ).toBeVisible();

    const profile = page.getByRole("region", { name: "Satisfaction by stage" }).getByRole("table");
    await expect(profile.getByRole("row")).toHaveText([
      /Stage.*Average/,
      /Discover\s*4\.0.*0$/,
      /Buy\s*2\.0.*0$/,
      /Use\s*No score yet.*1$/,
    ]);

    const byChannel = page.getByRole("region", { name: "Friction by stage and channel" });
    // Web, Buy: both cards with pain points, the worst of them high.
    const cell = byChannel.getByRole("button", {
      name: "Buy, Web: 2 cards with friction, worst pain point High. Show on the map",
    });
    await expect(cell).toHaveText("2");
    const ranking = page.getByRole("region", { name: "Pain points by severity and votes" });
    await expect(ranking.getByRole("listitem")).toHaveText([
      /High\s*Delivery fee shown late.*Checkout page · Buy.*2 votes/,
      /Medium\s*Slots hidden until sign-up.*Delivery slots page · Buy/,
    ]);
    await expect(
      page
        .getByRole("region", { name: "Metrics by stage" })
        .getByText("No card gives a metric yet."),
    ).toBeVisible();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/insights.png`, fullPage: true });

    await cell.click();
    await expect(page).toHaveURL(/#\/journey\/journeyTest1$/);
    const bar = page.getByRole("search", { name: "Find and filter" });
    await expect(bar).toContainText("Only: Buy · Web");
    await expect(bar.getByRole("status")).toHaveText("2 of 4 cards match");
    const dimmed = await page
      .locator(".react-flow__node .card--dimmed")
      .evaluateAll((cards) => cards.map((c) => c.getAttribute("aria-label")).sort());
    expect(dimmed).toEqual(["Touchpoint: Instagram ad", "Touchpoint: Welcome email"]);
    await expect(card(page, "Touchpoint: Checkout page")).not.toHaveClass(/card--dimmed/);

    // Taking the chosen cards away shows every card again.
    await bar.getByRole("button", { name: "Show all cards again" }).click();
    await expect(page.locator(".react-flow__node .card--dimmed")).toHaveCount(0);
  });
});
