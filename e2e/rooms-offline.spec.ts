import type { Page } from "@playwright/test";
import { expect, openApp, test } from "./support/fixtures";
import { card, journeyFile, openImportedJourney } from "./support/journey-file";
import { ownRoomServer } from "./support/room-server";
import { cuttableRoomLink, joinAs, roomBar, startRoom } from "./support/rooms";

/**
 * Rooms when the network or the server goes away: people keep working, and everything merges
 * when they are back; nobody is asked to choose between versions.
 */

const file = () =>
  journeyFile({
    stages: ["Discover", "Compare", "Buy"],
    cards: [
      { id: "ad", stage: 0, lane: "touchpoints", title: "Instagram ad" },
      { id: "reviews", stage: 1, lane: "touchpoints", title: "Review site" },
      { id: "checkout", stage: 2, lane: "touchpoints", title: "Checkout page" },
    ],
  });

const titleBox = (page: Page) =>
  page.getByRole("region", { name: "Inspector" }).getByRole("textbox", { name: "Title" });

async function retitle(page: Page, from: string, to: string) {
  await card(page, `Touchpoint: ${from}`).click();
  await titleBox(page).fill(to);
  await titleBox(page).press("Tab");
}

test.describe("rooms offline and back", () => {
  test("a participant cut off keeps editing, sees what waits, and merges on return", async ({
    page,
    browser,
  }) => {
    await openApp(page);
    await openImportedJourney(page, file());
    const links = await startRoom(page, "Ana");
    let link!: Awaited<ReturnType<typeof cuttableRoomLink>>;
    const laptop = await joinAs(browser, links.edit, "Ben", {
      before: async (context) => void (link = await cuttableRoomLink(context)),
    });
    await expect(card(laptop.page, "Touchpoint: Instagram ad")).toBeVisible();

    await link.cut();
    await expect(roomBar(laptop.page)).toContainText("Offline");
    await retitle(laptop.page, "Instagram ad", "TikTok ad");
    await retitle(laptop.page, "Review site", "Comparison site");
    await expect(roomBar(laptop.page)).toContainText(/Offline: \d+ changes waiting/);
    // Meanwhile the room goes on without them.
    await retitle(page, "Checkout page", "One-page checkout");
    await expect(card(page, "Touchpoint: TikTok ad")).toHaveCount(0);

    link.restore();
    await expect(roomBar(laptop.page)).toContainText("Live", { timeout: 15_000 });
    for (const device of [page, laptop.page]) {
      await expect(card(device, "Touchpoint: TikTok ad")).toBeVisible();
      await expect(card(device, "Touchpoint: Comparison site")).toBeVisible();
      await expect(card(device, "Touchpoint: One-page checkout")).toBeVisible();
      await expect(device.getByRole("alert")).toHaveCount(0);
    }
    expect(laptop.errors).toEqual([]);
    await laptop.context.close();
  });

  test("the server killed with SIGKILL and started again on its SQLite file: what it stored stays, and clients resend the rest", async ({
    page,
    browser,
    consoleErrors,
  }, testInfo) => {
    const server = await ownRoomServer(4400 + testInfo.workerIndex);
    try {
      // The facilitator's connection goes through the test, so the newcomer below can be shown to
      // get what the server itself stored, before the facilitator's browser is back to resend.
      const facilitator = await cuttableRoomLink(page.context());
      await page.goto(server.url);
      await openImportedJourney(page, file());
      const links = await startRoom(page, "Ana");
      await retitle(page, "Instagram ad", "Stored before the crash");
      // Longer than the server's longest wait before it stores (STORE_MAX_WAIT_MS, 2 s).
      await page.waitForTimeout(2500);
      await retitle(page, "Review site", "Sent just before the crash");
      await page.waitForTimeout(100);
      await server.stop("SIGKILL");
      await expect(roomBar(page)).toContainText("Offline");
      await retitle(page, "Checkout page", "Made while the server was down");
      await facilitator.cut();

      await server.start();
      // A newcomer: what the server stored is there for them...
      const wall = await joinAs(browser, links.view, "Wall");
      await expect(card(wall.page, "Touchpoint: Stored before the crash")).toBeVisible();
      await expect(card(wall.page, "Touchpoint: Made while the server was down")).toHaveCount(0);
      // ...and the facilitator's browser, back, sends what the server lost or never had.
      facilitator.restore();
      await expect(roomBar(page)).toContainText("Live", { timeout: 15_000 });
      await expect(card(wall.page, "Touchpoint: Sent just before the crash")).toBeVisible();
      await expect(card(wall.page, "Touchpoint: Made while the server was down")).toBeVisible();
      expect(wall.errors).toEqual([]);
      await wall.context.close();
      // While the server was down, a reconnection the provider tried before the cut was refused:
      // Chromium logs that itself (nothing the app says or a person sees). Anything else fails.
      const refused =
        /^WebSocket connection to 'ws:\/\/127\.0\.0\.1:\d+\/rooms' failed: .*ERR_CONNECTION_REFUSED$/;
      consoleErrors.splice(
        0,
        consoleErrors.length,
        ...consoleErrors.filter((e) => !refused.test(e)),
      );
    } finally {
      await server.dispose();
    }
  });
});
