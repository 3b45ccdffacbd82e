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
  viewport = { width: 1280, height: 800 },
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.goto(link);
  await page.getByRole("textbox", { name: "Your name in the room" }).fill(name);
  await page.getByRole("button", { name: "Joining a room" }).click();
  await expect(page).toHaveURL(/#\/journey\//);
  await expect(roomBar(page)).toContainText("Live");
  return { context, page };
}
