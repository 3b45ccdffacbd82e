import { expect, openApp, seriousA11yViolations, test } from "./support/fixtures";
import { journeyFile, openImportedJourney } from "./support/journey-file";
import { journeyAction, openPersona } from "./support/workspace";

const file = () =>
  journeyFile({
    cards: [
      { id: "tpAd", stage: 0, lane: "touchpoints", title: "Instagram ad", satisfaction: 4 },
      {
        id: "tpCheckout",
        stage: 1,
        lane: "touchpoints",
        title: "Checkout page",
        satisfaction: 1,
        painPoints: [{ id: "pp1", text: "Delivery fee shown late", severity: "high" }],
      },
      {
        id: "frSlots",
        stage: 1,
        lane: "frictionPoints",
        kind: "frictionPoint",
        title: "Slots hidden",
      },
    ],
  });

test("compares a future state with its current state: curves, and what changed stage by stage", async ({
  page,
}) => {
  await openApp(page);
  await openImportedJourney(page, file());
  await openPersona(page, "Test Persona");
  await journeyAction(page, "Test journey", "Create future state");
  await page.getByRole("link", { name: "Test journey (future state)" }).click();

  // In the future state, checkout is fixed: a happy score, and no friction point.
  await page.keyboard.press("Alt+t");
  const grid = page.getByRole("grid");
  await grid.getByRole("rowheader", { name: "Checkout page" }).click();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Enter");
  await page
    .getByRole("combobox", { name: "Edit Satisfaction of “Checkout page”" })
    .selectOption({ label: "5 of 5, Very happy" });
  await page.keyboard.press("Enter");
  await grid.getByRole("rowheader", { name: "Slots hidden" }).click();
  await page.getByRole("button", { name: "Back to the map" }).click();
  await page.getByRole("button", { name: "Friction point: Slots hidden" }).click();
  await page.keyboard.press("Delete");
  await expect(page.getByRole("button", { name: "Friction point: Slots hidden" })).toHaveCount(0);

  await page.keyboard.press("Alt+c");
  await expect(page).toHaveURL(/\/compare$/);
  await expect(
    page.getByRole("heading", {
      level: 1,
      name: "Compare: Test journey (future state) with Test journey",
    }),
  ).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Compare with" })).toHaveValue("journeyTest1");
  await expect(page.getByRole("img", { name: "Emotion curves" })).toBeVisible();
  const table = page.getByRole("table", { name: "By stage" });
  const buy = table.getByRole("row", { name: /^Buy/ });
  await expect(buy.getByRole("cell").nth(0)).toHaveText("5 → 1 −4 worse");
  await expect(buy.getByRole("cell").nth(1)).toHaveText("1 → 2 +1 worse");

  // The other way round reads as the fix it is.
  await page.goto("/#/journey/journeyTest1/compare");
  const back = page.getByRole("table", { name: "By stage" }).getByRole("row", { name: /^Buy/ });
  await expect(back.getByRole("cell").nth(0)).toHaveText("1 → 5 +4 better");
  await expect(back.getByRole("cell").nth(1)).toHaveText("2 → 1 −1 better");
  await expect(
    page
      .getByRole("table", { name: "By stage" })
      .getByRole("row", { name: /^Discover/ })
      .getByRole("cell")
      .nth(0),
  ).toHaveText("4 → 4 no change");
  await page.screenshot({ path: "test-results/screenshots/compare-1280.png" });
  expect(await seriousA11yViolations(page)).toEqual([]);
});

test("overlays two personas' journeys on the stages they share, each curve with its persona's face", async ({
  page,
}) => {
  await openApp(page);
  await openImportedJourney(page, file(), { fit: false });
  await openImportedJourney(
    page,
    journeyFile({
      journeyId: "journeyStudent",
      personaId: "personaStudent",
      persona: "Student Sam",
      title: "Groceries on a budget",
      stages: ["Discover", "Ask friends", "Buy"],
      cards: [
        { id: "sAd", stage: 0, lane: "touchpoints", title: "Flyer", satisfaction: 2 },
        { id: "sPay", stage: 2, lane: "touchpoints", title: "Pays by card", satisfaction: 5 },
      ],
    }),
    { fit: false },
  );
  await page.keyboard.press("Alt+c");
  const section = page.getByRole("region", { name: "Personas on the same stages" });
  const pick = section.getByRole("group", { name: "Journeys to overlay" });
  // By default this journey and the other persona's.
  await expect(
    pick.getByRole("checkbox", { name: "Student Sam: Groceries on a budget" }),
  ).toBeChecked();
  await expect(pick.getByRole("checkbox", { name: "Test Persona: Test journey" })).toBeChecked();
  await expect(pick.getByText("2 stages in common")).toBeVisible();
  await expect(section.getByRole("img", { name: "Personas on the same stages" })).toBeVisible();
  // Each curve ends on its persona's face.
  await expect(section.locator("svg.curves__svg [data-avatar-kind=initials]")).toHaveCount(2);
  const table = section.getByRole("table", { name: "Satisfaction by stage and persona" });
  await expect(table.getByRole("columnheader")).toHaveText([
    "Stage",
    "Student Sam",
    "Test Persona",
  ]);
  await expect(table.getByRole("row", { name: /^Discover/ }).getByRole("cell")).toHaveText([
    "2",
    "4",
  ]);
  await expect(table.getByRole("row", { name: /^Ask friends/ }).getByRole("cell")).toHaveText([
    "not scored",
    "not scored",
  ]);
  await expect(table.getByRole("row", { name: /^Buy/ }).getByRole("cell")).toHaveText(["5", "1"]);
  await section.scrollIntoViewIfNeeded();
  await page.screenshot({ path: "test-results/screenshots/compare-personas-1280.png" });
  expect(await seriousA11yViolations(page)).toEqual([]);

  await pick.getByRole("checkbox", { name: "Test Persona: Test journey" }).uncheck();
  await expect(section.getByText("Choose at least two journeys to overlay.")).toBeVisible();
});
