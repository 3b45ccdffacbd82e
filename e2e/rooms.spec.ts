import type { Page } from "@playwright/test";
import { expect, openApp, test } from "./support/fixtures";
import { chooseFromMenu, inPane, stageMenu } from "./support/canvas";
import {
  card,
  cell,
  fitWholeJourney,
  journeyFile,
  openImportedJourney,
} from "./support/journey-file";
import { progress } from "./support/present";
import { joinAs, roomBar, roomDialog, startRoom } from "./support/rooms";

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
    // A narrow screen opens on the phone view (the workshop's own tests); this phone uses the map.
    await phone.page.getByRole("button", { name: "Map", exact: true }).click();
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

    // Others see who has which card selected, who is typing in it, and where their pointer is.
    const ana = projector.page.locator(".peer-selection", { hasText: "Ana" });
    await expect(ana).toBeVisible();
    await inspector(page).getByRole("textbox", { name: "Title" }).pressSequentially(" now");
    await expect(ana).toContainText("Ana is typing");
    const map = await page.getByRole("region", { name: "Journey map" }).boundingBox();
    await page.mouse.move(map!.x + map!.width / 2, map!.y + map!.height / 2);
    await page.mouse.move(map!.x + map!.width / 2 + 40, map!.y + map!.height / 2 + 20);
    await expect(projector.page.locator(".peer-pointer", { hasText: "Ana" })).toBeVisible();

    // The phone adds a card and moves it to another stage: the others see both.
    await phone.page.getByRole("button", { name: "Touchpoint", exact: true }).click();
    await inspector(phone.page).getByRole("textbox", { name: "Title" }).fill("Asked a friend");
    await inspector(phone.page).getByRole("combobox", { name: "Stage" }).selectOption({
      label: "Compare",
    });
    await expect(card(page, "Touchpoint: Asked a friend")).toBeVisible();
    await card(page, "Touchpoint: Asked a friend").click();
    await expect(
      inspector(page).getByRole("combobox", { name: "Stage" }).locator("option:checked"),
    ).toHaveText("Compare");
    await expect(card(projector.page, "Touchpoint: Asked a friend")).toBeVisible();

    // A contribute link deletes its own cards, not others'; it says why when it cannot.
    await phone.page.getByRole("button", { name: "Show or hide the inspector" }).click();
    await phone.page.getByRole("button", { name: "Show icons only" }).click();
    await phone.page.evaluate(() => window.scrollTo(0, 0));
    await fitWholeJourney(phone.page);
    await card(phone.page, "Touchpoint: Review site").click();
    await phone.page.keyboard.press("Delete");
    await expect(phone.page.getByText("A contribute link adds and edits cards")).toBeVisible();
    await expect(card(phone.page, "Touchpoint: Review site")).toBeVisible();
    await card(phone.page, "Touchpoint: Asked a friend").click();
    await phone.page.keyboard.press("Delete");
    await expect(card(page, "Touchpoint: Asked a friend")).toHaveCount(0);

    // The projector's link is view only: a delete there changes nothing anywhere.
    await card(projector.page, "Touchpoint: Review site").click();
    await projector.page.keyboard.press("Delete");
    await expect(projector.page.getByText("This link is view only")).toBeVisible();
    await expect(card(projector.page, "Touchpoint: Review site")).toBeVisible();
    await expect(card(page, "Touchpoint: Review site")).toBeVisible();

    // The phone leaves: its copy stays an ordinary journey, and the room goes on without it.
    await phone.page.getByRole("button", { name: "Room", exact: true }).click();
    await phone.page.getByRole("button", { name: "Leave the room" }).click();
    await expect(roomBar(phone.page)).toHaveCount(0);
    await expect(roomBar(page)).toContainText("2 people here");
    await phone.page.reload();
    await expect(card(phone.page, "Touchpoint: TikTok ad now")).toBeVisible();
    await expect(roomBar(phone.page)).toHaveCount(0);

    expect([...phone.errors, ...projector.errors]).toEqual([]);
    await phone.context.close();
    await projector.context.close();
  });

  test("each person's chosen colour marks them; a new link lets go whoever is on the old one, and the old link opens nothing", async ({
    page,
    browser,
  }) => {
    await openApp(page);
    await openImportedJourney(page, file());
    const links = await startRoom(page, "Ana");
    const ben = await joinAs(browser, links.edit, "Ben", { color: "Red" });
    await expect(roomBar(page).getByRole("listitem").filter({ hasText: "Ben" })).toHaveCSS(
      "background-color",
      "rgb(185, 28, 28)",
    );

    await page.getByRole("button", { name: "Room", exact: true }).click();
    const dialog = roomDialog(page);
    await dialog
      .getByRole("button", { name: "Make a new Edit link; the old one stops working" })
      .click();
    await expect(dialog.getByText("The Edit link is new")).toBeVisible();
    const fresh = await dialog.getByRole("textbox", { name: "Edit link" }).inputValue();
    expect(fresh).not.toBe(links.edit);
    await dialog.getByRole("button", { name: "Close" }).first().click();

    // Ben, on the old link, is let go and told why; his copy stays with him.
    await expect(roomBar(ben.page).getByRole("alert")).toHaveText(
      "This link was changed by the person who started the room. Ask them for the new one.",
    );
    await expect(roomBar(page)).toContainText("Only you here");
    await expect(card(ben.page, "Touchpoint: Instagram ad")).toBeVisible();

    // The old link opens nothing on a new device; the new one joins.
    const late = await browser.newContext();
    const latePage = await late.newPage();
    await latePage.goto(links.edit);
    await latePage.getByRole("textbox", { name: "Your name in the room" }).fill("Dan");
    await latePage.getByRole("button", { name: "Join the room" }).click();
    await expect(latePage.getByRole("alert")).toHaveText(/^This link was changed/);
    const cleo = await joinAs(browser, fresh, "Cleo");
    await expect(roomBar(page)).toContainText("2 people here");
    await expect(card(cleo.page, "Touchpoint: Instagram ad")).toBeVisible();

    expect([...ben.errors, ...cleo.errors]).toEqual([]);
    await Promise.all([ben.context.close(), cleo.context.close(), late.close()]);
  });

  test("the facilitator leads: views follow their stage, a participant steps away and back, Bring everyone here moves all once, the room runs on their timer, locks hold, and presentations follow", async ({
    page,
    browser,
  }) => {
    const stages = ["Discover", "Compare", "Choose", "Buy", "Use", "Renew"];
    await openApp(page);
    await openImportedJourney(page, journeyFile({ stages }));
    const links = await startRoom(page, "Ana");
    const laptop = await joinAs(browser, links.contribute, "Ben");
    const projector = await joinAs(browser, links.view, "Wall");
    const onStage = (who: Page, stage: string) =>
      expect.poll(() => inPane(who, cell(who, stage, "Touchpoints"))).toBe(true);
    // A view that should not move: given the time a move takes to arrive (about 10 ms here) many
    // times over, it is still where it was.
    const stillOn = async (who: Page, stage: string, not: string) => {
      await who.waitForTimeout(1000);
      expect(await inPane(who, cell(who, stage, "Touchpoints"))).toBe(true);
      expect(await inPane(who, cell(who, not, "Touchpoints"))).toBe(false);
    };
    const zoomTo = (stage: string) =>
      page.getByRole("combobox", { name: "Zoom to a stage…" }).selectOption({ label: stage });
    const bar = roomBar(page);

    await bar.getByRole("button", { name: "Follow me" }).click();
    await expect(bar.getByRole("button", { name: "Follow me" })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    await expect(roomBar(laptop.page)).toContainText("Following Ana");
    await expect(roomBar(projector.page)).toContainText("Following Ana");
    await zoomTo("Use");
    await onStage(laptop.page, "Use");
    await onStage(projector.page, "Use");

    // Ben steps away: the lead moves on without him; the projector follows.
    await roomBar(laptop.page).getByRole("button", { name: "Stop following" }).click();
    await zoomTo("Compare");
    await onStage(projector.page, "Compare");
    await stillOn(laptop.page, "Use", "Compare");

    // Bring everyone here moves Ben once, though he stepped away.
    await zoomTo("Renew");
    await onStage(projector.page, "Renew");
    await bar.getByRole("button", { name: "Bring everyone here" }).click();
    await onStage(laptop.page, "Renew");
    await expect(roomBar(laptop.page).getByRole("button", { name: "Back to Ana" })).toBeVisible();
    await roomBar(laptop.page).getByRole("button", { name: "Back to Ana" }).click();
    await zoomTo("Discover");
    await onStage(laptop.page, "Discover");

    // The room runs on the facilitator's timer: the same time left everywhere, no controls but
    // theirs, through a participant's reload; a pause reaches everyone.
    const timer = (who: Page) => who.getByRole("group", { name: /^(Timer|Room timer)/ });
    const secondsLeft = async (who: Page) => {
      const text = (await who.getByRole("timer", { name: "Time left" }).textContent())!;
      const [minutes, seconds] = text.split(":").map(Number);
      return minutes! * 60 + seconds!;
    };
    await expect(timer(laptop.page)).toHaveAccessibleName("Room timer, run by the facilitator");
    await expect(timer(laptop.page).getByRole("button")).toHaveCount(0);
    await page.getByRole("button", { name: "Timer settings" }).click();
    await page.getByRole("textbox", { name: "Minutes" }).fill("2");
    await page.keyboard.press("Escape");
    await page.getByRole("button", { name: "Start timer" }).click();
    await expect.poll(() => secondsLeft(laptop.page)).toBeLessThan(120);
    expect(
      Math.abs((await secondsLeft(laptop.page)) - (await secondsLeft(page))),
    ).toBeLessThanOrEqual(1);
    await laptop.page.reload();
    await expect(roomBar(laptop.page)).toContainText("Live");
    await expect.poll(() => secondsLeft(laptop.page)).toBeLessThan(120);
    expect(
      Math.abs((await secondsLeft(laptop.page)) - (await secondsLeft(page))),
    ).toBeLessThanOrEqual(1);
    await page.getByRole("button", { name: "Pause timer" }).click();
    const paused = await secondsLeft(page);
    await expect.poll(() => secondsLeft(projector.page)).toBe(paused);
    await expect.poll(() => secondsLeft(laptop.page)).toBe(paused);

    // Locks: the stages and lanes, then everything but votes. Participants are told, and what a
    // lock holds is refused with the reason; the facilitator's map keeps its stage.
    const lock = bar.getByRole("combobox", { name: "Lock for everyone else" });
    await lock.selectOption({ label: "Stages and lanes locked" });
    await expect(roomBar(laptop.page)).toContainText("Ana locked the stages and lanes");
    await chooseFromMenu(laptop.page, stageMenu(laptop.page, "Discover"), "Rename");
    const stageName = laptop.page.getByRole("textbox", { name: "Stage name" });
    await stageName.fill("Explore");
    await stageName.press("Enter");
    await expect(
      laptop.page.getByText("The facilitator locked the stages and lanes"),
    ).toBeVisible();
    await expect(stageMenu(laptop.page, "Discover")).toBeVisible();
    await lock.selectOption({ label: "Map locked (votes and comments only)" });
    await expect(roomBar(laptop.page)).toContainText(
      "Ana locked the map: only votes and comments count",
    );
    // The facilitator reloading keeps the lock, the lead and its stage for everyone.
    await page.reload();
    await expect(bar).toContainText("Live");
    await expect(lock).toHaveValue("map");
    await expect(bar.getByRole("button", { name: "Follow me" })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    await stillOn(laptop.page, "Discover", "Buy");
    await expect(roomBar(laptop.page)).toContainText(
      "Ana locked the map: only votes and comments count",
    );
    await expect(roomBar(laptop.page)).toContainText("Following Ana");
    await laptop.page.getByRole("button", { name: "Touchpoint", exact: true }).click();
    await expect(laptop.page.getByText("The facilitator locked the map for now")).toBeVisible();
    await lock.selectOption({ label: "Nothing locked" });
    await expect(roomBar(laptop.page)).not.toContainText("locked");
    await laptop.page.getByRole("button", { name: "Touchpoint", exact: true }).click();
    await inspector(laptop.page).getByRole("textbox", { name: "Title" }).fill("Unlocked idea");
    await expect(card(page, "Touchpoint: Unlocked idea")).toBeVisible();
    await expect(stageMenu(page, "Explore")).toHaveCount(0);

    // In the presentation too: a participant who opens it lands on the facilitator's slide and
    // follows it; a participant on the map follows on the map.
    await page.getByRole("button", { name: "Present", exact: true }).click();
    await expect(progress(page)).toHaveText("Overview");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await expect(progress(page)).toHaveText("Stage 2 of 6");
    await laptop.page.getByRole("button", { name: "Present", exact: true }).click();
    await expect(progress(laptop.page)).toHaveText("Stage 2 of 6");
    await page.keyboard.press("ArrowRight");
    await expect(progress(laptop.page)).toHaveText("Stage 3 of 6");
    await onStage(projector.page, "Choose");
    await page.keyboard.press("Escape");
    await laptop.page.keyboard.press("Escape");

    // Leading off: nobody follows any more.
    await bar.getByRole("button", { name: "Follow me" }).click();
    await expect(roomBar(laptop.page)).not.toContainText("Following Ana");
    await zoomTo("Buy");
    await onStage(page, "Buy");
    await stillOn(projector.page, "Choose", "Buy");

    expect([...laptop.errors, ...projector.errors]).toEqual([]);
    await Promise.all([laptop.context.close(), projector.context.close()]);
  });
});
