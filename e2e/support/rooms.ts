import type { Browser, BrowserContext, Page } from "@playwright/test";
import { expect } from "./fixtures";

/** The room dialog of the open journey. */
export const roomDialog = (page: Page) =>
  page.getByRole("dialog", { name: "Work on this journey together" });

/** Starts a room on the open journey as a person does, and returns its three links. */
export async function startRoom(page: Page, name: string) {
  await page.getByRole("button", { name: "Room", exact: true }).click();
  const dialog = roomDialog(page);
  await dialog.getByRole("textbox", { name: "Your name in the room" }).fill(name);
  await dialog.getByRole("button", { name: "Start a room" }).click();
  const link = (role: string) => dialog.getByRole("textbox", { name: `${role} link` });
  await expect(link("Edit")).toHaveValue(/#\/room\//);
  const links = {
    edit: await link("Edit").inputValue(),
    contribute: await link("Contribute").inputValue(),
    view: await link("View only").inputValue(),
  };
  await dialog.getByRole("button", { name: "Close" }).first().click();
  await expect(roomBar(page)).toContainText("Live");
  return links;
}

export const roomBar = (page: Page) => page.getByRole("region", { name: "Room" });

/** Opens a room link in a fresh browser context (another person's device) and joins. */
export async function joinAs(
  browser: Browser,
  link: string,
  name: string,
  {
    viewport = { width: 1280, height: 800 },
    touch = false,
    color,
    before,
  }: {
    viewport?: { width: number; height: number };
    /** A phone: a touch screen, as a phone's browser reports it. */
    touch?: boolean;
    /** The colour chosen on joining, by its name; otherwise the one suggested. */
    color?: string;
    /** Runs on the new device before it opens the link (to route its WebSocket). */
    before?: (context: BrowserContext) => Promise<void>;
  } = {},
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport, hasTouch: touch, isMobile: touch });
  await before?.(context);
  const page = await context.newPage();
  // Console errors on every device fail the test, as on the first page.
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(`${error.name}: ${error.message}`));
  await page.goto(link);
  await page.getByRole("textbox", { name: "Your name in the room" }).fill(name);
  if (color) await page.getByRole("radio", { name: color }).check();
  await page.getByRole("button", { name: "Join the room" }).click();
  await expect(page).toHaveURL(/#\/journey\//);
  await expect(roomBar(page)).toContainText("Live");
  return { context, page, errors };
}

/**
 * Routes a device's room connections through the test, so its network to the room can be cut
 * and restored (`setOffline` does not close open WebSockets).
 */
export async function cuttableRoomLink(context: BrowserContext) {
  let cut = false;
  const open: { close: () => Promise<void> }[] = [];
  await context.routeWebSocket(/\/rooms$/, async (ws) => {
    if (cut) return ws.close();
    const server = ws.connectToServer();
    open.push({ close: async () => (await ws.close(), await server.close()) });
  });
  return {
    async cut() {
      cut = true;
      for (const socket of open.splice(0)) await socket.close();
    },
    restore() {
      cut = false;
    },
  };
}
