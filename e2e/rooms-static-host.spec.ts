import { expect, test } from "./support/fixtures";
import { card, journeyFile, openImportedJourney } from "./support/journey-file";
import { joinAs, roomBar, roomDialog } from "./support/rooms";
import { serveBuild } from "./support/static-server";

/**
 * A copy of Waymark on a static host, with no room server of its own: the person names the room
 * server (the suite's, which `npm start` runs), and rooms work through it; the links carry it.
 */
test.describe("rooms from a static host", () => {
  test("asks for a room server, refuses what is not one with a reason, and runs a room through the one named", async ({
    page,
    browser,
    baseURL,
    consoleErrors,
  }) => {
    const host = await serveBuild();
    try {
      await page.goto(`${host.url}/#/`);
      await openImportedJourney(
        page,
        journeyFile({
          cards: [{ id: "ad", stage: 0, lane: "touchpoints", title: "Instagram ad" }],
        }),
      );
      await page.getByRole("button", { name: "Room", exact: true }).click();
      const dialog = roomDialog(page);
      await expect(dialog).toContainText("Rooms need a Waymark room server");
      await expect(dialog.getByRole("button", { name: "Start a room" })).toHaveCount(0);
      const address = dialog.getByRole("textbox", { name: "Room server address" });
      const use = dialog.getByRole("button", { name: "Use this server" });

      await address.fill("javascript:alert(1)");
      await use.click();
      await expect(dialog.getByRole("alert")).toHaveText(/^This is not a room server's address/);
      await expect(address).toHaveAttribute("aria-invalid", "true");

      // The static host answers HTTP, but no room server is behind it. (The browser logs the
      // refused handshake itself; that one error is this step's, and expected.)
      await address.fill(host.url);
      await use.click();
      await expect(dialog.getByRole("alert")).toHaveText(/^No room server answered/);
      const handshake = `WebSocket connection to '${host.url.replace(/^http/, "ws")}/rooms' failed`;
      expect(consoleErrors.filter((error) => error.startsWith(handshake))).toHaveLength(1);
      consoleErrors.splice(
        consoleErrors.findIndex((error) => error.startsWith(handshake)),
        1,
      );

      await address.fill(baseURL!);
      await use.click();
      const rooms = `${baseURL!.replace(/^http/, "ws")}/rooms`;
      await expect(dialog.getByText("New rooms go to")).toContainText(rooms);
      await dialog.getByRole("textbox", { name: "Your name in the room" }).fill("Ana");
      await dialog.getByRole("button", { name: "Start a room" }).click();
      const editLink = await dialog.getByRole("textbox", { name: "Edit link" }).inputValue();
      expect(editLink.startsWith(`${host.url}/#/room/`)).toBe(true);
      expect(decodeURIComponent(editLink)).toContain(rooms);
      await dialog.getByRole("button", { name: "Close" }).first().click();
      await expect(roomBar(page)).toContainText("Live");

      // Someone opens the link on the same static host: they set nothing, and they are in.
      const ben = await joinAs(browser, editLink, "Ben");
      await expect(card(ben.page, "Touchpoint: Instagram ad")).toBeVisible();
      await card(ben.page, "Touchpoint: Instagram ad").click();
      await ben.page
        .getByRole("region", { name: "Inspector" })
        .getByRole("textbox", { name: "Title" })
        .fill("Podcast ad");
      await expect(card(page, "Touchpoint: Podcast ad")).toBeVisible();

      // The server stays chosen after a reload.
      await page.reload();
      await expect(roomBar(page)).toContainText("2 people here");
      expect(ben.errors).toEqual([]);
      await ben.context.close();
    } finally {
      await host.close();
    }
  });
});
