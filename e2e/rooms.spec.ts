import type { Page } from "@playwright/test";
import { expect, openApp, test } from "./support/fixtures";
import { card, journeyFile, openImportedJourney } from "./support/journey-file";
import { joinAs, roomBar, startRoom } from "./support/rooms";

/**
 * Rooms with the real room server (the one `npm start` runs, serving this suite): a facilitator
 * starts a room, others join from its links on their own devices, and edits flow every way.
 */

const file = () =>
  journeyFile({
    stages: ["Discover", "Compare", "Buy"],
    cards: [
      { id: "ad", stage: 0, lane: "touchpoints", title: "Instagram ad" },
      { id: "reviews", stage: 1, lane: "touchpoints", title: "Review site" },
    ],
  });

const inspector = (page: Page) => page.getByRole("region", { name: "Inspector" });

test.describe("rooms", () => {
  test("a room started on one laptop is joined from a phone and a projector; edits reach everyone; view only cannot edit", async ({
    page,
    browser,
  }) => {
    await openApp(page);
    await openImportedJourney(page, file());
    const links = await startRoom(page, "Ana");

    const phone = await joinAs(browser, links.contribute, "Ben", {
      viewport: { width: 390, height: 844 },
    });
    const projector = await joinAs(browser, links.view, "Wall");
    await expect(card(phone.page, "Touchpoint: Instagram ad")).toBeVisible();
    await expect(card(projector.page, "Touchpoint: Review site")).toBeVisible();
    await expect(roomBar(page)).toContainText("3 people here");
    await expect(roomBar(page)).toContainText("Ben");
    await expect(roomBar(projector.page)).toContainText("View only");

    // The facilitator retitles a card: the phone and the projector see it.
    await card(page, "Touchpoint: Instagram ad").click();
    await inspector(page).getByRole("textbox", { name: "Title" }).fill("TikTok ad");
    await expect(card(phone.page, "Touchpoint: TikTok ad")).toBeVisible();
    await expect(card(projector.page, "Touchpoint: TikTok ad")).toBeVisible();

    // The projector's link is view only: a delete there changes nothing anywhere.
    await card(projector.page, "Touchpoint: Review site").click();
    await projector.page.keyboard.press("Delete");
    await expect(card(projector.page, "Touchpoint: Review site")).toBeVisible();

    expect([...phone.errors, ...projector.errors]).toEqual([]);
    await phone.context.close();
    await projector.context.close();
  });
});
