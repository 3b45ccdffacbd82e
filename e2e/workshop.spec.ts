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
  const input = page.getByRole("textbox", { name: "Minutes" });
  await input.fill(minutes);
  await page.keyboard.press("Escape");
  await expect(input).toHaveCount(0);
}

import { votingJourney } from "./support/voting-journey";

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
    await page.getByRole("textbox", { name: "Minutes" }).fill("2");
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
    // The presentation draws a moment after the click: until its overview is there, the banner
    // found would be the editor's, about to go (read then, it has no computed style: NaN).
    await expect(page.locator(".present__where strong")).toHaveText("Overview");
    const banner = page.getByRole("alert").filter({ hasText: "Time is up" });
    await expect(banner).toBeVisible();
    const size = await banner.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(40);
    // Over the timer it comes from, clear of a stage's name and of the control bar's buttons.
    await page.keyboard.press("PageDown");
    await expect(page.locator(".present__where strong")).toHaveText(/^Stage 1 of /);
    const overlaps = (a: DOMRect | null, b: DOMRect | null) =>
      !!a &&
      !!b &&
      a.x < b.x + b.width &&
      b.x < a.x + a.width &&
      a.y < b.y + b.height &&
      b.y < a.y + a.height;
    const alert = await banner.boundingBox();
    const name = await page.locator(".slide--current h2").boundingBox();
    expect(overlaps(alert as DOMRect, name as DOMRect)).toBe(false);
    const bar = await page
      .getByRole("navigation", { name: "Presentation", exact: true })
      .boundingBox();
    expect(alert!.y + alert!.height).toBeLessThanOrEqual(bar!.y);
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
    const minutes = page.getByRole("textbox", { name: "Minutes" });
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
