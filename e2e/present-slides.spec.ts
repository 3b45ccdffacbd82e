import AxeBuilder from "@axe-core/playwright";
import { expect, openApp, seriousA11yViolations, test } from "./support/fixtures";
import { journeyFile, openImportedJourney } from "./support/journey-file";
import { expectFullscreenOrNotice, progress, settled, threeStages } from "./support/present";

const SHOTS = "test-results/screenshots";

test.describe("presentation slides: spotlight, legibility, accessibility", () => {
  test.beforeEach(async ({ page }) => {
    await openApp(page);
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
    // Going full screen resizes the window, and the browser closes an open list when it does:
    // a list opened before the change came was shut under the test's Escape.
    await expectFullscreenOrNotice(page);
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

  test("a full stage keeps its name in view as it scrolls, and a 5 of 5 face is whole", async ({
    page,
  }) => {
    const many = Array.from({ length: 14 }, (_, i) => ({
      id: `tp${i}`,
      stage: 0,
      lane: "touchpoints" as const,
      title: `Touchpoint number ${i + 1}`,
      satisfaction: i === 0 ? 5 : i === 1 ? 1 : null,
    }));
    await openImportedJourney(page, journeyFile({ stages: ["Discover", "Buy"], cards: many }));
    await page.getByRole("button", { name: "Present", exact: true }).click();
    // Keys pressed before the presentation has drawn its overview would go to the editor.
    await expect(progress(page)).toHaveText("Overview");
    await page.keyboard.press("PageDown");
    await expect(progress(page)).toHaveText("Stage 1 of 2");
    await settled(page);
    const slide = page.locator(".slide--current");
    const heading = slide.getByRole("heading", { level: 2, name: "Discover" });
    // The faces at 5 and at 1 lie whole inside the strip.
    const strip = (await slide.locator(".emotion-strip").boundingBox())!;
    for (const face of await slide.locator(".emotion-strip .face").all()) {
      const box = (await face.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(strip.y);
      expect(box.y + box.height).toBeLessThanOrEqual(strip.y + strip.height);
    }
    // Page Down scrolls the stage first; its name stays on screen.
    await expect(page.getByText("More below")).toBeVisible();
    await page.keyboard.press("PageDown");
    await expect(progress(page)).toHaveText("Stage 1 of 2");
    await expect.poll(() => slide.evaluate((el) => el.scrollTop)).toBeGreaterThan(100);
    await expect(heading).toBeInViewport({ ratio: 1 });
    const top = (await slide.boundingBox())!.y;
    expect((await heading.boundingBox())!.y).toBeGreaterThanOrEqual(top);
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
    // A card's name holds the words it shows, as on the map (axe's rule is off unless asked).
    const labelInName = await new AxeBuilder({ page })
      .include(".slide--current")
      .withRules(["label-content-name-mismatch"])
      .analyze();
    expect(labelInName.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
    await page.getByRole("button", { name: "Votes", exact: true }).click();
    await expect(page.getByRole("dialog", { name: "Votes" })).toBeVisible();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.keyboard.press("Escape");
    await expect(page.getByRole("dialog", { name: "Votes" })).toHaveCount(0);
    // Escape closed the dialog only; the presentation is still on.
    await expect(progress(page)).toHaveText("Stage 2 of 3");
  });
});
