import { expect, openApp, seriousA11yViolations, test } from "./support/fixtures";
import { accessibleNames } from "./support/accessible-name";
import { reloadJourney } from "./support/canvas";
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
  test("Alt+I opens Insights the moment a reloaded map shows", async ({ page }) => {
    await openApp(page);
    await openImportedJourney(page, file());
    await reloadJourney(page);
    // The first card drawn is the first moment a person can act; the toolbar that owns the key
    // once came up to 300 ms after it.
    await expect(card(page, "Touchpoint: Checkout page")).toBeVisible();
    await page.keyboard.press("Alt+i");
    await expect(page).toHaveURL(/#\/journey\/journeyTest1\/insights$/);
  });

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
      /High\s*Delivery fee shown late.*Checkout page, Buy.*2 votes/,
      /Medium\s*Slots hidden until sign-up.*Delivery slots page, Buy/,
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
    const dimmed = await accessibleNames(page.locator(".react-flow__node .card--dimmed"));
    expect(dimmed).toEqual(["Touchpoint: Instagram ad", "Touchpoint: Welcome email"]);
    await expect(card(page, "Touchpoint: Checkout page")).not.toHaveClass(/card--dimmed/);

    // Taking the chosen cards away shows every card again.
    await bar.getByRole("button", { name: "Show all cards again" }).click();
    await expect(page.locator(".react-flow__node .card--dimmed")).toHaveCount(0);
  });

  test("sets a target per metric, shows where the journey stands against it, and keeps it", async ({
    page,
  }) => {
    await openApp(page);
    await openImportedJourney(
      page,
      journeyFile({
        cards: [
          {
            id: "tpAd",
            stage: 0,
            lane: "touchpoints",
            title: "Instagram ad",
            metrics: { nps: 10 },
          },
          {
            id: "tpCheckout",
            stage: 1,
            lane: "touchpoints",
            title: "Checkout page",
            metrics: { nps: -30, csat: 40 },
          },
        ],
      }),
    );
    await page.keyboard.press("Alt+i");
    const targets = page.getByRole("table", { name: "Targets" });
    const nps = targets.getByRole("row", { name: /^NPS/ });
    await expect(nps.getByRole("cell").nth(0)).toHaveText("-10 from 2 cards");
    await expect(nps.getByRole("cell").nth(3)).toHaveText("No target");
    const value = nps.getByRole("textbox", { name: "Target for NPS" });
    await value.fill("200");
    await expect(value).toHaveAttribute("aria-invalid", "true");
    await expect(nps.getByRole("alert")).toHaveText("NPS is a whole number from −100 to 100.");
    await value.fill("20");
    await nps.getByLabel("NPS: target by").fill("2020-06-30");
    await expect(nps.getByRole("cell").nth(3)).toHaveText("Late: 30 to go (by Jun 30, 2020)");
    // The metric tables mark the figures against it.
    await expect(
      page
        .getByRole("table", { name: "Metrics by stage" })
        .getByRole("row", { name: /^Discover/ })
        .getByText("short of the target of 20"),
    ).toBeAttached();
    await page.screenshot({ path: `${SHOTS}/insights-targets.png`, fullPage: true });
    expect(await seriousA11yViolations(page)).toEqual([]);

    await value.fill("-20");
    await expect(nps.getByRole("cell").nth(3)).toHaveText("Met (by Jun 30, 2020)");
    // Undo takes back the last step: the value typed (one step per pause), then the day.
    await page.keyboard.press("Escape");
    await page.getByRole("heading", { level: 1 }).click();
    await page.keyboard.press("Control+z");
    await expect(value).toHaveValue("20");
    await page.reload();
    await expect(
      page.getByRole("table", { name: "Targets" }).getByRole("textbox", { name: "Target for NPS" }),
    ).toHaveValue("20");
  });
});
