import type { Page } from "@playwright/test";
import { expect, openApp, test } from "./support/fixtures";
import { card, journeyFile, openImportedJourney } from "./support/journey-file";
import { isOnTopAtItsCentre } from "./support/workspace";

/**
 * Notices in presentation mode: they must never cover the control bar or anything else a
 * facilitator may need to press, and must stay readable from the back of the room. The page's
 * clock is held still, so a notice stays for as long as the test looks at it.
 */

const journey = () =>
  journeyFile({
    stages: ["Discover", "Buy", "Use"],
    cards: [
      { id: "tpAd", stage: 0, lane: "touchpoints", title: "Instagram ad", satisfaction: 4 },
      { id: "actSearch", stage: 0, lane: "actions", title: "Searches for a shop" },
      { id: "tpCheckout", stage: 1, lane: "touchpoints", title: "Checkout page", satisfaction: 2 },
    ],
  });

/** The names of things that can be pressed and that a notice overlaps; none is the answer. */
async function coveredControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const region = document.querySelector(".notices")!;
    // Notices on screen only: one set aside (display: none) has an empty box at the corner.
    const boxes = Array.from(region.querySelectorAll(".notice"), (n) =>
      n.getBoundingClientRect(),
    ).filter((b) => b.width > 0 && b.height > 0);
    const controls = document.querySelectorAll<HTMLElement>(
      "button, a[href], input, select, textarea, [role='button'], [tabindex]:not([tabindex='-1'])",
    );
    const covered: string[] = [];
    for (const control of Array.from(controls)) {
      if (region.contains(control) || control.closest("[inert]")) continue;
      const r = control.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || getComputedStyle(control).visibility === "hidden") {
        continue;
      }
      const overlaps = boxes.some(
        (b) => r.left < b.right && b.left < r.right && r.top < b.bottom && b.top < r.bottom,
      );
      if (overlaps) {
        covered.push(control.getAttribute("aria-label") ?? control.textContent?.trim() ?? "?");
      }
    }
    return covered;
  });
}

/** The notices: the live region whose notices can each be dismissed. */
const noticesOf = (page: Page) =>
  page.getByRole("status").filter({ has: page.getByRole("button", { name: "Dismiss" }) });

/** Each notice is whole on screen, on top, in type big enough for a projector, and covers nothing. */
async function expectClearAndReadable(page: Page) {
  const region = noticesOf(page);
  await expect(region).toBeInViewport({ ratio: 1 });
  const bar = await page
    .getByRole("navigation", { name: "Presentation", exact: true })
    .boundingBox();
  // One message at a time: a new one replaces the one showing.
  const items = region.locator(".notice:visible");
  await expect(items).toHaveCount(1);
  for (let i = 0; i < (await items.count()); i += 1) {
    const item = items.nth(i);
    expect(await isOnTopAtItsCentre(item.locator("span").first())).toBe(true);
    expect(await isOnTopAtItsCentre(item.getByRole("button", { name: "Dismiss" }))).toBe(true);
    const size = await item.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
    expect(size).toBeGreaterThanOrEqual(20);
    const box = await item.boundingBox();
    expect(box!.y + box!.height).toBeLessThan(bar!.y);
  }
  expect(await coveredControls(page)).toEqual([]);
}

async function present(page: Page) {
  await page.getByRole("button", { name: "Present", exact: true }).click();
  await expect(page.getByRole("navigation", { name: "Presentation", exact: true })).toBeVisible();
}

test.describe("notices in presentation mode", () => {
  test.beforeEach(async ({ page }) => {
    await page.clock.install();
  });

  test("an import notice sits clear of the control bar, on the overview and on a stage", async ({
    page,
  }, testInfo) => {
    await openApp(page);
    await openImportedJourney(page, journey());
    await present(page);
    const notice = noticesOf(page);
    await expect(notice).toContainText("Imported one journey.");
    // The controls it used to cover.
    await expect(page.getByRole("button", { name: "Spotlight" })).toBeVisible();
    await expect(page.getByRole("combobox", { name: "Spotlight lane" })).toBeVisible();
    await expectClearAndReadable(page);
    await page.screenshot({ path: testInfo.outputPath("present-notice-overview.png") });

    await page.keyboard.press("PageDown");
    await expect(page.locator(".present__where strong")).toHaveText("Stage 1 of 3");
    await card(page, "Touchpoint: Instagram ad").click();
    await expect(page.getByRole("group", { name: "Votes on Instagram ad" })).toBeVisible();
    await expectClearAndReadable(page);
    await page.screenshot({ path: testInfo.outputPath("present-notice-stage.png") });
  });

  test("a voting round speaks in its card, and nothing covers the stage's name", async ({
    page,
  }, testInfo) => {
    await openApp(page);
    await openImportedJourney(page, journey());
    await page.getByRole("button", { name: "Voting round" }).click();
    const setup = page.getByRole("dialog", { name: "Start a voting round" });
    await setup.getByRole("textbox", { name: "Dots per participant" }).fill("1");
    await setup.getByRole("textbox", { name: "Participants" }).fill("2");
    await setup.getByRole("button", { name: "Start round" }).click();
    await present(page);
    const panel = page.getByRole("region", { name: "Voting round" });
    await expect(panel).toContainText("Participant 1 of 2");

    await page.keyboard.press("PageDown");
    await card(page, "Touchpoint: Instagram ad").click();
    await page.keyboard.press("v");
    await expect(panel).toContainText("no dots left");
    await page.keyboard.press("v");
    // The voting card says it, in one place: no notice repeats it over the slide.
    await expect(panel).toContainText("This participant has used every dot.");
    await expect(page.locator(".notice:visible")).toHaveCount(0);
    expect(await coveredControls(page)).toEqual([]);
    // Nothing covers the stage's name.
    expect(
      await isOnTopAtItsCentre(page.getByRole("heading", { level: 2, name: "Discover" })),
    ).toBe(true);
    await page.screenshot({ path: testInfo.outputPath("present-notice-voting.png") });
  });

  test("in the projector theme, and below the notice that full screen was refused", async ({
    page,
  }, testInfo) => {
    await page.addInitScript(() => {
      Element.prototype.requestFullscreen = () =>
        Promise.reject(new TypeError("Permissions check failed"));
    });
    await openApp(page);
    await page.getByRole("button", { name: "Main menu" }).click();
    await page.getByRole("menuitemradio", { name: "Projector" }).click();
    await expect(page.locator("html")).toHaveAttribute("data-theme", "projector");
    await openImportedJourney(page, journey());
    await present(page);
    const refused = page
      .getByRole("status")
      .filter({ hasText: "The browser did not allow full screen" });
    await expect(refused.getByRole("button", { name: "OK" })).toBeVisible();
    const notice = noticesOf(page);
    await expect(notice).toContainText("Imported one journey.");
    await expectClearAndReadable(page);
    const above = await refused.boundingBox();
    const box = await notice.locator(".notice").boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(above!.y + above!.height);
    await page.screenshot({ path: testInfo.outputPath("present-notice-projector.png") });

    // Once the full-screen notice is put away, the notice keeps clear of the slide's controls.
    await refused.getByRole("button", { name: "OK" }).click();
    await expectClearAndReadable(page);
  });
});
