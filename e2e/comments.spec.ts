import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { FORMAT_VERSION } from "../src/format/version";
import { expect, openApp, test } from "./support/fixtures";
import { card, importFile, journeyFile, openImportedJourney } from "./support/journey-file";
import { joinAs, startRoom } from "./support/rooms";

/**
 * Comments on cards with the real room server: threads written, answered and resolved on one
 * device show on another as they happen, keep through a file's export and import, and hostile
 * text in them stays text.
 */

const file = () =>
  journeyFile({
    stages: ["Discover", "Compare"],
    cards: [{ id: "site", stage: 0, lane: "touchpoints", title: "Comparison site" }],
  });

const comments = (page: Page) =>
  page.getByRole("region", { name: "Inspector" }).getByRole("region", { name: "Comments" });

test("comments: written, answered and resolved on one device show on the other; hostile text is text; export and import keep them", async ({
  page,
  browser,
}) => {
  await openApp(page);
  await openImportedJourney(page, file());
  const links = await startRoom(page, "Ana");
  const ben = await joinAs(browser, links.edit, "Ben");

  await card(page, "Touchpoint: Comparison site").click();
  await comments(page)
    .getByRole("textbox", { name: "Write a comment" })
    .fill("Fees surprise people");
  await comments(page).getByRole("button", { name: "Comment", exact: true }).click();

  await card(ben.page, "Touchpoint: Comparison site").click();
  const thread = comments(ben.page).getByRole("article", { name: "Comment thread started by Ana" });
  await expect(thread).toContainText("Fees surprise people");
  await thread.getByRole("button", { name: "Reply" }).click();
  const hostile = '<img src=x onerror="window.__pwned=1"> \u202Egnp.exe';
  await thread.getByRole("textbox", { name: "Write a reply" }).fill(hostile);
  await thread.getByRole("textbox", { name: "Write a reply" }).press("Control+Enter");
  // His own reply says "You" to him, his name to Ana.
  await expect(thread.locator(".comment--reply .comment__author")).toHaveText("You");
  const anaThread = comments(page).getByRole("article", { name: "Comment thread started by You" });
  await expect(anaThread.locator(".comment--reply .comment__author")).toHaveText("Ben");
  await expect(anaThread.locator(".comment--reply .comment__text")).toHaveText(hostile);
  await expect(anaThread.locator("img")).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  // The card says how many comments are under discussion, on the map and to screen readers.
  await expect(card(page, "Touchpoint: Comparison site")).toHaveAttribute(
    "aria-description",
    /2 comments/,
  );
  await expect(page.locator(".card__badge--comments, .card__compact-badge--comments")).toHaveText(
    "2",
  );

  // Only its writer edits a comment.
  await expect(
    thread.locator(".comment").first().getByRole("button", { name: "Edit" }),
  ).toHaveCount(0);
  await anaThread.locator(".comment").first().getByRole("button", { name: "Edit" }).click();
  await anaThread
    .getByRole("textbox", { name: "Edit your comment" })
    .fill("Fees surprise most people");
  await anaThread.getByRole("button", { name: "Save" }).click();
  await expect(thread).toContainText("Fees surprise most people");
  await expect(thread).toContainText("edited");

  // Ben resolves the thread: it folds away for both and the badge goes.
  await thread.getByRole("button", { name: "Resolve" }).click();
  await expect(
    comments(page).getByRole("button", { name: "Show 1 resolved thread" }),
  ).toBeVisible();
  await expect(page.locator(".card__badge--comments, .card__compact-badge--comments")).toHaveCount(
    0,
  );
  await comments(page).getByRole("button", { name: "Show 1 resolved thread" }).click();
  await comments(page).getByRole("button", { name: "Reopen" }).click();
  await expect(comments(ben.page).getByRole("button", { name: "Resolve" })).toBeVisible();

  // The journey's file carries the thread; importing it brings it back, text as it was.
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Main menu" }).click();
  await page.getByRole("menuitem", { name: "Export this journey as a file" }).click();
  const text = readFileSync(await (await download).path(), "utf8");
  const written = JSON.parse(text) as { version: number; journeys: { comments: unknown[] }[] };
  expect(written.version).toBe(FORMAT_VERSION);
  expect(written.journeys[0]!.comments).toHaveLength(2);
  await importFile(page, text, "again.waymark.json");
  await expect(page).not.toHaveURL(/journeyTest1$/);
  await card(page, "Touchpoint: Comparison site").click();
  const copy = comments(page).getByRole("article");
  await expect(copy).toContainText("Fees surprise most people");
  await expect(copy.locator(".comment--reply .comment__text")).toHaveText(hostile);

  expect(ben.errors).toEqual([]);
  await ben.context.close();
});
