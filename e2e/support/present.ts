import type { Page } from "@playwright/test";
import { expect } from "./fixtures";
import { journeyFile } from "./journey-file";

/** What the presentation tests share: a small journey and ways to know where the show is. */

/** Three stages with scores, a pain point, votes and a few kinds of card. */
export const threeStages = () =>
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
export const progress = (page: Page) => page.locator(".present__where strong");

/** Waits until the camera has arrived: the current slide is whole and still on screen. */
export async function settled(page: Page) {
  const slide = page.locator(".slide--current");
  await expect(slide).toBeVisible();
  // The camera's CSS transitions run to their end first: on a busy machine a frame can take
  // longer than the still-box check below, which alone once measured a slide mid-zoom.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity)
        .map((animation) => animation.finished.catch(() => {})),
    ),
  );
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
export async function expectFullscreenOrNotice(page: Page) {
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
