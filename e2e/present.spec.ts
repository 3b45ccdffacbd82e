import { expect, openApp, test } from "./support/fixtures";
import { expectView, settledView, viewOf } from "./support/canvas";
import { card, openImportedJourney } from "./support/journey-file";
import { expectFullscreenOrNotice, progress, settled, threeStages } from "./support/present";

const SHOTS = "test-results/screenshots";

test.describe("presentation mode", () => {
  test.beforeEach(async ({ page }) => {
    await openApp(page);
  });

  test("walks every stage with the keys, then Escape lands back in the editor where it was", async ({
    page,
  }) => {
    const file = threeStages();
    await openImportedJourney(page, file);
    // Leave the editor in a particular state: zoomed in, one card selected.
    await card(page, "Touchpoint: Checkout page").click();
    const fitted = await settledView(page);
    await page.keyboard.press("+");
    // The zoom animates: the view to come back to is the one it arrives at, not one on the way.
    await expect.poll(async () => (await viewOf(page)).zoom).toBeGreaterThan(fitted.zoom);
    const before = await settledView(page);

    await page.getByRole("button", { name: "Present", exact: true }).click();
    await expect(page).toHaveURL(/#\/journey\/journeyTest1\/present$/);
    await expectFullscreenOrNotice(page);
    // The editing chrome is gone: no header, palette, inspector or map.
    await expect(page.getByRole("banner")).toHaveCount(0);
    await expect(page.getByRole("navigation", { name: "Add to the map" })).toHaveCount(0);
    await expect(page.getByRole("region", { name: "Inspector" })).toHaveCount(0);
    await expect(page.locator(".react-flow")).toHaveCount(0);
    await expect(progress(page)).toHaveText("Overview");
    await expect(page.getByRole("heading", { level: 1, name: "Test journey" })).toBeVisible();

    const walk: [string, string, string | null][] = [
      ["ArrowRight", "Stage 1 of 3", "Discover"],
      ["PageDown", "Stage 2 of 3", "Buy"],
      ["Space", "Stage 3 of 3", "Use"],
      ["ArrowLeft", "Stage 2 of 3", "Buy"],
      ["PageUp", "Stage 1 of 3", "Discover"],
      ["ArrowUp", "Overview", null],
      ["ArrowDown", "Stage 1 of 3", "Discover"],
      ["End", "Stage 3 of 3", "Use"],
      ["Shift+Space", "Stage 2 of 3", "Buy"],
      ["Home", "Overview", null],
    ];
    for (const [key, where, stage] of walk) {
      await page.keyboard.press(key);
      await expect(progress(page), key).toHaveText(where);
      if (stage) {
        await settled(page);
        await expect(page.locator(".slide--current h2")).toHaveText(stage);
        await expect(page.getByRole("heading", { level: 2, name: stage })).toBeInViewport({
          ratio: 1,
        });
      }
    }
    await expect(page.locator(".present__where")).toHaveAttribute("aria-live", "polite");

    await page.keyboard.press("Escape");
    await expect(page).toHaveURL(/#\/journey\/journeyTest1$/);
    await expect(page.getByRole("button", { name: "Present", exact: true })).toBeVisible();
    await expect(page.getByRole("region", { name: "Inspector" })).toBeVisible();
    await expect(card(page, "Touchpoint: Checkout page")).toHaveAttribute("aria-pressed", "true");
    await expectView(page, before);
    // Leaving full screen is asynchronous: the browser answers a little after the Escape.
    await expect.poll(() => page.evaluate(() => Boolean(document.fullscreenElement))).toBe(false);
  });

  test("the buttons step too, and leaving full screen by the browser leaves the presentation", async ({
    page,
  }) => {
    await openImportedJourney(page, threeStages());
    await page.getByRole("button", { name: "Present", exact: true }).click();
    await expectFullscreenOrNotice(page);
    await page.getByRole("button", { name: "Next stage" }).click();
    await expect(progress(page)).toHaveText("Stage 1 of 3");
    await page.getByRole("button", { name: "Stage 3: Use" }).click();
    await expect(progress(page)).toHaveText("Stage 3 of 3");
    await expect(page.getByRole("button", { name: "Next stage" })).toBeDisabled();
    await page.getByRole("button", { name: "Previous stage" }).click();
    await expect(progress(page)).toHaveText("Stage 2 of 3");

    // Into full screen with the button (a real click), then out the way the browser's Esc does.
    const fullscreen = page.getByRole("button", { name: "Full screen" });
    if ((await fullscreen.getAttribute("aria-pressed")) !== "true") await fullscreen.click();
    await expect(fullscreen).toHaveAttribute("aria-pressed", "true");
    await page.evaluate(() => document.exitFullscreen());
    await expect(page).toHaveURL(/#\/journey\/journeyTest1$/);
    await expect(page.getByRole("region", { name: "Inspector" })).toBeVisible();

    // The Leave button leaves as well.
    await page.getByRole("button", { name: "Present", exact: true }).click();
    await expect(progress(page)).toHaveText("Overview");
    await page.getByRole("button", { name: "Leave" }).click();
    await expect(page).toHaveURL(/#\/journey\/journeyTest1$/);
  });

  test("when the browser refuses full screen, the presentation fills the window and says so", async ({
    page,
  }) => {
    // The refusal a browser gives when its policy or the person says no.
    await page.addInitScript(() => {
      Element.prototype.requestFullscreen = () =>
        Promise.reject(new TypeError("Permissions check failed"));
    });
    await page.reload();
    await openApp(page);
    await openImportedJourney(page, threeStages());
    await page.getByRole("button", { name: "Present", exact: true }).click();
    await expect(
      page.getByRole("status").filter({ hasText: "The browser did not allow full screen" }),
    ).toContainText("so the presentation fills this window");
    expect(await page.evaluate(() => Boolean(document.fullscreenElement))).toBe(false);
    const presentation = page.getByRole("region", { name: "Presentation: Test journey" });
    expect(await presentation.boundingBox()).toEqual({ x: 0, y: 0, width: 1280, height: 800 });
    await expect(page.getByRole("navigation", { name: "Presentation" })).toBeInViewport({
      ratio: 1,
    });
    await page.keyboard.press("PageDown");
    await expect(progress(page)).toHaveText("Stage 1 of 3");
    await settled(page);
    await page.screenshot({ path: `${SHOTS}/present-fullscreen-refused.png` });
    await page.keyboard.press("Escape");
    await expect(page).toHaveURL(/#\/journey\/journeyTest1$/);
  });

  test("a reload in presentation mode keeps presenting on the same stage, and Escape still leaves", async ({
    page,
  }) => {
    await openImportedJourney(page, threeStages());
    await page.getByRole("button", { name: "Present", exact: true }).click();
    await expect(progress(page)).toHaveText("Overview");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await expect(progress(page)).toHaveText("Stage 2 of 3");
    await page.reload();
    await expect(progress(page)).toHaveText("Stage 2 of 3");
    await page.keyboard.press("ArrowRight");
    await expect(progress(page)).toHaveText("Stage 3 of 3");
    await page.keyboard.press("Escape");
    await expect(page).toHaveURL(/#\/journey\/journeyTest1$/);
    // Presenting again starts from the overview.
    await page.getByRole("button", { name: "Present", exact: true }).click();
    await expect(progress(page)).toHaveText("Overview");
  });

  test("moves smoothly, and at once when the person prefers reduced motion", async ({ page }) => {
    await openImportedJourney(page, threeStages());
    await page.getByRole("button", { name: "Present", exact: true }).click();
    const duration = () =>
      page
        .locator(".present__strip")
        .evaluate((el) => parseFloat(getComputedStyle(el).transitionDuration));
    expect(await duration()).toBeGreaterThan(0.2);
    await page.emulateMedia({ reducedMotion: "reduce" });
    expect(await duration()).toBe(0);
    await page.keyboard.press("ArrowRight");
    await expect(progress(page)).toHaveText("Stage 1 of 3");
    const box = await page.locator(".slide--current").boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
  });
});
