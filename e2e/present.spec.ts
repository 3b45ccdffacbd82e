import type { Page } from "@playwright/test";
import { expect, openApp, seriousA11yViolations, test } from "./support/fixtures";
import { card, journeyFile, openImportedJourney } from "./support/journey-file";

const SHOTS = "test-results/screenshots";

const threeStages = () =>
  journeyFile({
    stages: ["Discover", "Buy", "Use"],
    cards: [
      { id: "tpAd", stage: 0, lane: "touchpoints", title: "Instagram ad", satisfaction: 4 },
      { id: "actSearch", stage: 0, lane: "actions", title: "Searches for a shop" },
      {
        id: "tpCheckout",
        stage: 1,
        lane: "touchpoints",
        title: "Checkout page",
        satisfaction: 2,
        painPoints: [{ id: "pp1", text: "Delivery fee shown late", severity: "high" }],
        votes: 3,
      },
      { id: "frSlots", stage: 1, lane: "frictionPoints", title: "Slots hidden until sign-up" },
      { id: "tpEmail", stage: 2, lane: "touchpoints", title: "Welcome email", satisfaction: 5 },
      { id: "opReorder", stage: 2, lane: "opportunities", title: "Reorder in one tap" },
    ],
  });

/** Where the presentation says it is ("Overview", "Stage 2 of 3"). */
const progress = (page: Page) => page.locator(".present__where strong");

/** Waits until the camera has arrived: the current slide is whole and still on screen. */
async function settled(page: Page) {
  const slide = page.locator(".slide--current");
  await expect(slide).toBeVisible();
  await expect
    .poll(async () => {
      const a = await slide.boundingBox();
      await page.waitForTimeout(120);
      const b = await slide.boundingBox();
      return a && b && a.x === b.x && a.x >= 0 && a.x + a.width <= 1280;
    })
    .toBe(true);
}

/** Presentation mode either went full screen or said plainly that it could not. */
async function expectFullscreenOrNotice(page: Page) {
  await expect
    .poll(async () => {
      const full = await page.evaluate(() => Boolean(document.fullscreenElement));
      const notice = await page
        .getByText("The browser did not allow full screen")
        .or(page.getByText("This browser cannot present full screen"))
        .count();
      return full || notice > 0;
    })
    .toBe(true);
}

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
    await page.keyboard.press("+");
    await page.waitForTimeout(400);
    const viewport = page.locator(".react-flow__viewport");
    const before = await viewport.getAttribute("style");

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
    await expect(viewport).toHaveAttribute("style", before!);
    expect(await page.evaluate(() => Boolean(document.fullscreenElement))).toBe(false);
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

  test("spotlights the current stage or a chosen lane", async ({ page }) => {
    await openImportedJourney(page, threeStages());
    await page.getByRole("button", { name: "Present", exact: true }).click();
    // Keys pressed before the presentation has drawn its overview would go to the editor.
    await expect(progress(page)).toHaveText("Overview");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await settled(page);
    const slides = page.locator(".slide");
    // On by default: the neighbours of the current stage are dimmed.
    await expect(slides.nth(1)).not.toHaveClass(/slide--dimmed/);
    await expect(slides.nth(0)).toHaveClass(/slide--dimmed/);
    await expect(slides.nth(2)).toHaveClass(/slide--dimmed/);
    const spotlight = page.getByRole("button", { name: "Spotlight", exact: true });
    await expect(spotlight).toHaveAttribute("aria-pressed", "true");
    await spotlight.click();
    await expect(slides.nth(0)).not.toHaveClass(/slide--dimmed/);

    await page.getByRole("combobox", { name: "Spotlight lane" }).selectOption({
      label: "Friction points",
    });
    const current = page.locator(".slide--current");
    await expect(current.getByRole("region", { name: "Friction points" })).not.toHaveClass(
      /lane-block--dim/,
    );
    await expect(current.getByRole("region", { name: "Touchpoints" })).toHaveClass(
      /lane-block--dim/,
    );
    await expect
      .poll(() =>
        current
          .getByRole("region", { name: "Touchpoints" })
          .evaluate((el) => Number(getComputedStyle(el).opacity)),
      )
      .toBeLessThan(0.5);
    // The overview dims the other lanes too.
    await page.keyboard.press("Home");
    await expect(page.locator(".board__veil")).not.toHaveCount(0);
  });

  test("a lane chosen with the keyboard gives the keys back: Page Down steps and Escape leaves", async ({
    page,
  }) => {
    await openImportedJourney(page, threeStages());
    await page.getByRole("button", { name: "Present", exact: true }).click();
    // Keys pressed before the presentation has drawn its overview would go to the editor.
    await expect(progress(page)).toHaveText("Overview");
    await page.keyboard.press("ArrowRight");
    await expect(progress(page)).toHaveText("Stage 1 of 3");
    const lanes = page.getByRole("combobox", { name: "Spotlight lane" });
    const chosen = () => lanes.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]!.text);
    await lanes.focus();
    // A closed list chooses with the arrows: each one changes the lane, and the stage stays.
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    expect(await chosen()).toBe("Touchpoints");
    await expect(lanes).toBeFocused();
    await expect(progress(page)).toHaveText("Stage 1 of 3");
    const current = page.locator(".slide--current");
    await expect(current.getByRole("region", { name: "Customer actions" })).toHaveClass(
      /lane-block--dim/,
    );
    // The clicker's Page Down presents again, from the list, and the lane stays chosen.
    await page.keyboard.press("PageDown");
    await expect(progress(page)).toHaveText("Stage 2 of 3");
    await expect(lanes).not.toBeFocused();
    expect(await chosen()).toBe("Touchpoints");
    await page.keyboard.press("ArrowRight");
    await expect(progress(page)).toHaveText("Stage 3 of 3");
    await page.keyboard.press("Escape");
    await expect(page).toHaveURL(/#\/journey\/journeyTest1$/);
  });

  test("a lane picked from the open list gives the keys back, and Escape there only closes the list", async ({
    page,
  }) => {
    await openImportedJourney(page, threeStages());
    await page.getByRole("button", { name: "Present", exact: true }).click();
    const lanes = page.getByRole("combobox", { name: "Spotlight lane" });
    const chosen = () => lanes.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]!.text);
    await lanes.focus();
    // Escape in the open list closes it; the presentation stays.
    await page.keyboard.press("Alt+ArrowDown");
    await page.keyboard.press("Escape");
    await expect(progress(page)).toHaveText("Overview");
    await expect(page).toHaveURL(/\/present$/);
    // Opened again, the arrows move in the list, and Enter picks the lane.
    await page.keyboard.press("Alt+ArrowDown");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await expect.poll(chosen).toBe("Touchpoints");
    await expect(progress(page)).toHaveText("Overview");
    await expect(lanes).not.toBeFocused();
    await page.keyboard.press("ArrowRight");
    await expect(progress(page)).toHaveText("Stage 1 of 3");
    await page.keyboard.press("Escape");
    await expect(page).toHaveURL(/#\/journey\/journeyTest1$/);
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

  test("the sample journey reads from the back of the room: titles of 28 px or more, and legible screenshots", async ({
    page,
  }) => {
    await page
      .getByRole("link", { name: /Weekly grocery order/ })
      .first()
      .click();
    await expect(page.getByRole("region", { name: "Inspector" })).toBeVisible();
    await page.getByRole("button", { name: "Present", exact: true }).click();
    await expect(progress(page)).toHaveText("Overview");
    await page.waitForTimeout(800);
    await page.screenshot({ path: `${SHOTS}/present-overview.png` });
    const stages = await page.locator(".present__dot").count();
    expect(stages).toBeGreaterThan(3);
    for (let stage = 1; stage < stages; stage++) {
      await page.getByRole("button", { name: new RegExp(`^Stage ${stage}: `) }).click();
      await expect(progress(page)).toHaveText(`Stage ${stage} of ${stages - 1}`);
      await settled(page);
      const titles = page.locator(".slide--current .pcard__title");
      expect(await titles.count()).toBeGreaterThan(0);
      // The size as drawn: the computed font size times any scale on the way to the screen.
      const sizes = await titles.evaluateAll((elements) =>
        elements.map((el) => {
          const font = parseFloat(getComputedStyle(el).fontSize);
          const scale = el.getBoundingClientRect().width / (el as HTMLElement).offsetWidth;
          return font * scale;
        }),
      );
      expect(Math.min(...sizes), `stage ${stage}`).toBeGreaterThanOrEqual(28);
      await page.screenshot({ path: `${SHOTS}/present-stage-${stage}.png` });
    }
  });

  test("each lane's cards stay together under its heading on a stage slide", async ({ page }) => {
    await page
      .getByRole("link", { name: /Weekly grocery order/ })
      .first()
      .click();
    await expect(page.getByRole("region", { name: "Inspector" })).toBeVisible();
    await page.getByRole("button", { name: "Present", exact: true }).click();
    await expect(progress(page)).toHaveText("Overview");
    const stages = (await page.locator(".present__dot").count()) - 1;
    for (let stage = 1; stage <= stages; stage++) {
      await page.getByRole("button", { name: new RegExp(`^Stage ${stage}: `) }).click();
      await expect(progress(page)).toHaveText(`Stage ${stage} of ${stages}`);
      await settled(page);
      if (stage === 1) await page.screenshot({ path: `${SHOTS}/present-stage-lanes.png` });
      const lanes = await page
        .locator(".slide--current .slide__lanes > section")
        .evaluateAll((blocks) =>
          blocks.map((block) => {
            const heading = block.querySelector("h3")!.getBoundingClientRect();
            return {
              lane: block.getAttribute("aria-label"),
              // A block split across columns has one box per column.
              boxes: block.getClientRects().length,
              heading: { left: Math.round(heading.left), bottom: heading.bottom },
              cards: Array.from(block.querySelectorAll(".pcard"), (card) => {
                const box = card.getBoundingClientRect();
                return { left: Math.round(box.left), top: box.top };
              }),
            };
          }),
        );
      expect(lanes.length, `stage ${stage}`).toBeGreaterThan(0);
      for (const lane of lanes) {
        const where = `stage ${stage}, ${lane.lane}`;
        expect(lane.boxes, where).toBe(1);
        for (const box of lane.cards) {
          expect(box.left, where).toBe(lane.heading.left);
          expect(box.top, where).toBeGreaterThanOrEqual(lane.heading.bottom);
        }
      }
      if (stage === 1) {
        // The rest of the stage, scrolled into view, still reads lane by lane.
        await page.locator(".slide--current").evaluate((el) => el.scrollTo(0, el.scrollHeight));
        await page.screenshot({ path: `${SHOTS}/present-stage-lanes-scrolled.png` });
      }
    }
  });

  test("axe finds nothing serious in presentation mode", async ({ page }) => {
    await openImportedJourney(page, threeStages());
    await page.getByRole("button", { name: "Present", exact: true }).click();
    await expect(progress(page)).toHaveText("Overview");
    await page.waitForTimeout(700);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await settled(page);
    await page
      .locator(".slide--current")
      .getByRole("button", { name: /Checkout page/ })
      .click();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Votes", exact: true }).click();
    await expect(page.getByRole("dialog", { name: "Votes" })).toBeVisible();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.keyboard.press("Escape");
    await expect(page.getByRole("dialog", { name: "Votes" })).toHaveCount(0);
    // Escape closed the dialog only; the presentation is still on.
    await expect(progress(page)).toHaveText("Stage 2 of 3");
  });
});
