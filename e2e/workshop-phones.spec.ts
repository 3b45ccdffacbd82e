import type { Locator, Page } from "@playwright/test";
import { expect, openApp, test } from "./support/fixtures";
import { card, journeyFile, openImportedJourney } from "./support/journey-file";
import { cuttableRoomLink, joinAs, roomBar, startRoom } from "./support/rooms";

/**
 * The workshop from every seat, with the real room server: a facilitator on a laptop (and the
 * projector) and three phones (390x844, touch) in one room. Phones add cards into the
 * facilitator's stage, follow them, are held by their lock, and vote privately on their own.
 */

const PHONE = { viewport: { width: 390, height: 844 }, touch: true };
const shot = (name: string) => `test-results/screenshots/workshop-${name}.png`;

const file = () =>
  journeyFile({
    stages: ["Discover", "Compare", "Buy"],
    cards: [
      { id: "ad", stage: 1, lane: "touchpoints", title: "Comparison site" },
      { id: "price", stage: 1, lane: "frictionPoints", title: "Hidden fees" },
      { id: "chat", stage: 1, lane: "opportunities", title: "Live chat" },
    ],
  });

/** The stage a phone shows, as its stage picker says. */
const phoneStage = (phone: Page) =>
  phone.getByRole("navigation", { name: "Stages" }).getByRole("combobox", { name: "Stage" });

const phoneCard = (phone: Page, title: string): Locator =>
  phone.locator(".phone-card").filter({ hasText: title });

/** Adds cards from a phone as a person does: Add a card, the kind, the lane, then each text + Enter. */
async function addFromPhone(phone: Page, kind: string, lane: string, texts: string[]) {
  await phone.getByRole("button", { name: "Add a card" }).tap();
  await phone.getByRole("button", { name: kind, exact: true }).tap();
  await phone.getByRole("button", { name: lane, exact: true }).tap();
  const box = phone.getByRole("textbox", { name: "Text" });
  for (const text of texts) {
    await box.fill(text);
    await box.press("Enter");
    await expect(box).toHaveValue("");
  }
  await phone.getByRole("button", { name: "Done" }).tap();
}

test.describe("the workshop from every seat", () => {
  test("phones add cards into the facilitator's stage, follow them and come when brought, and a lock holds their cards", async ({
    page,
    browser,
  }) => {
    await openApp(page);
    await openImportedJourney(page, file());
    const links = await startRoom(page, "Ana");
    const bar = roomBar(page);
    const zoomTo = (stage: string) =>
      page.getByRole("combobox", { name: "Zoom to a stage…" }).selectOption({ label: stage });
    await bar.getByRole("button", { name: "Follow me" }).click();
    await zoomTo("Compare");

    const phones = await Promise.all(
      ["Ben", "Cleo", "Dan"].map((name) => joinAs(browser, links.contribute, name, PHONE)),
    );
    const [ben, cleo, dan] = phones.map((p) => p.page) as [Page, Page, Page];
    for (const phone of [ben, cleo, dan]) {
      // A narrow screen opens on the phone view, on the facilitator's stage.
      await expect(phone.getByRole("button", { name: "Add a card" })).toBeVisible();
      await expect(phoneStage(phone).locator("option:checked")).toHaveText("Compare");
      await expect(roomBar(phone)).toContainText("Following Ana");
      await expect(phoneCard(phone, "Hidden fees")).toBeVisible();
    }
    await ben.screenshot({ path: shot("phone-stage") });

    // Three taps and typing; Enter adds and the box stays for the next one.
    await addFromPhone(ben, "Touchpoint", "Touchpoints", ["Asked a friend", "Read reviews"]);
    await addFromPhone(cleo, "Friction point", "Friction points", ["Too many plans"]);
    for (const title of ["Touchpoint: Asked a friend", "Touchpoint: Read reviews"])
      await expect(card(page, title)).toBeVisible();
    // The friction point lies below the facilitator's view: the stage counts it.
    await expect(
      page.locator(".stage-header").filter({ hasText: "Compare" }).locator(".stage-header__count"),
    ).toHaveText("6 cards");
    // They land in the facilitator's stage, and every phone sees them arrive.
    await card(page, "Touchpoint: Asked a friend").click();
    await expect(
      page
        .getByRole("region", { name: "Inspector" })
        .getByRole("combobox", { name: "Stage" })
        .locator("option:checked"),
    ).toHaveText("Compare");
    await expect(phoneCard(dan, "Too many plans")).toBeVisible();
    await expect(phoneCard(dan, "Asked a friend")).toBeVisible();
    // Ben's own cards say so and open for editing; others' do not.
    await expect(phoneCard(ben, "Asked a friend")).toContainText("Yours");
    await expect(ben.getByRole("button", { name: "Edit your card: Too many plans" })).toHaveCount(
      0,
    );
    await ben.getByRole("button", { name: "Edit your card: Read reviews" }).tap();
    await ben.getByRole("textbox", { name: "Text" }).fill("Read reviews on Trustpilot");
    await ben.getByRole("button", { name: "Done" }).tap();
    await expect(card(page, "Touchpoint: Read reviews on Trustpilot")).toBeVisible();
    await ben.screenshot({ path: shot("phone-cards") });

    // Follow me: the facilitator moves on and every phone goes along.
    await zoomTo("Buy");
    for (const phone of [ben, cleo, dan])
      await expect(phoneStage(phone).locator("option:checked")).toHaveText("Buy");
    // Ben steps away to another stage; the others stay with the facilitator.
    await ben.getByRole("button", { name: "Previous stage" }).tap();
    await expect(phoneStage(ben).locator("option:checked")).toHaveText("Compare");
    await expect(roomBar(ben).getByRole("button", { name: "Back to Ana" })).toBeVisible();
    await zoomTo("Discover");
    await expect(phoneStage(cleo).locator("option:checked")).toHaveText("Discover");
    await expect(phoneStage(ben).locator("option:checked")).toHaveText("Compare");
    // Bring everyone here moves him once, though he stepped away.
    await bar.getByRole("button", { name: "Bring everyone here" }).click();
    await expect(phoneStage(ben).locator("option:checked")).toHaveText("Discover");
    await ben.getByRole("button", { name: "Back to Ana" }).tap();
    await expect(roomBar(ben)).toContainText("Following Ana");

    // The facilitator locks the map: a phone can neither move its card to another stage nor add.
    await bar.getByRole("combobox", { name: "Lock for everyone else" }).selectOption({
      label: "Map locked (votes and comments only)",
    });
    await expect(roomBar(ben)).toContainText("Ana locked the map");
    await expect(ben.getByRole("button", { name: "Add a card" })).toBeDisabled();
    await ben.getByRole("button", { name: "Next stage" }).tap();
    await ben.getByRole("button", { name: "Edit your card: Asked a friend" }).tap();
    const editor = ben.getByRole("dialog", { name: "Your card" });
    await expect(editor).toContainText("The facilitator locked the map for now");
    await expect(editor.getByRole("combobox", { name: "Stage" })).toBeDisabled();
    await editor.getByRole("button", { name: "Done" }).tap();
    // Unlocked, the same move goes through and reaches the facilitator.
    await bar.getByRole("combobox", { name: "Lock for everyone else" }).selectOption({
      label: "Nothing locked",
    });
    await expect(ben.getByRole("button", { name: "Add a card" })).toBeEnabled();
    await ben.getByRole("button", { name: "Edit your card: Asked a friend" }).tap();
    await editor.getByRole("combobox", { name: "Stage" }).selectOption({ label: "Buy" });
    await editor.getByRole("button", { name: "Done" }).tap();
    await expect(phoneCard(ben, "Asked a friend")).toHaveCount(0);
    // Ben stepped away to edit his card; back with the facilitator, he finds it on their stage.
    await zoomTo("Buy");
    await ben.getByRole("button", { name: "Back to Ana" }).tap();
    await expect(phoneStage(ben).locator("option:checked")).toHaveText("Buy");
    await expect(phoneCard(ben, "Asked a friend")).toBeVisible();
    await card(page, "Touchpoint: Asked a friend").click();
    await expect(
      page
        .getByRole("region", { name: "Inspector" })
        .getByRole("combobox", { name: "Stage" })
        .locator("option:checked"),
    ).toHaveText("Buy");

    expect(phones.flatMap((p) => p.errors)).toEqual([]);
    await Promise.all(phones.map((p) => p.context.close()));
  });
  test("a private round: each phone spends its own dots unseen by the others, a person on two devices (one offline) is counted once within budget, and the reveal ranks everyone's votes", async ({
    page,
    browser,
  }) => {
    await openApp(page);
    await openImportedJourney(page, file());
    const links = await startRoom(page, "Ana");
    const bar = roomBar(page);
    await bar.getByRole("button", { name: "Follow me" }).click();
    await page
      .getByRole("combobox", { name: "Zoom to a stage…" })
      .selectOption({ label: "Compare" });

    let danLink: Awaited<ReturnType<typeof cuttableRoomLink>> | null = null;
    const phones = await Promise.all([
      joinAs(browser, links.contribute, "Ben", PHONE),
      joinAs(browser, links.contribute, "Cleo", PHONE),
      joinAs(browser, links.contribute, "Dan", {
        ...PHONE,
        before: async (context) => {
          danLink = await cuttableRoomLink(context);
        },
      }),
    ]);
    const [ben, cleo, dan] = phones.map((p) => p.page) as [Page, Page, Page];
    // Dan also has his laptop open in the room.
    const danLaptop = await joinAs(browser, links.contribute, "Dan");

    await page.getByRole("button", { name: "Voting round" }).click();
    const setup = page.getByRole("dialog", { name: "Start a voting round" });
    await expect(setup.getByRole("radio", { name: /Each on their own device/ })).toBeChecked();
    await setup.getByRole("textbox", { name: "Dots per participant" }).fill("3");
    await setup.getByRole("button", { name: "Start round" }).click();
    const panel = page.getByRole("region", { name: "Voting round" });
    await expect(panel).toContainText("Nobody of 3 has used all their dots yet");

    const dot = async (phone: Page, title: string, times = 1) => {
      for (let i = 0; i < times; i++)
        await phone.getByRole("button", { name: `Put a dot on ${title}` }).tap();
    };
    for (const phone of [ben, cleo, dan])
      await expect(phone.getByRole("region", { name: "Voting round" })).toContainText(
        "3 dots left",
      );
    await dot(ben, "Hidden fees", 2);
    await dot(ben, "Live chat");
    await expect(ben.getByRole("region", { name: "Voting round" })).toContainText("no dots left");
    await dot(ben, "Comparison site");
    await expect(ben.getByText("You have used all your dots")).toBeVisible();
    await dot(cleo, "Hidden fees", 3);
    // Dan votes from his phone while it is offline, then from his laptop (which has not seen them).
    await danLink!.cut();
    await expect(roomBar(dan)).toContainText("Offline");
    await dot(dan, "Live chat", 3);
    await expect(roomBar(dan)).toContainText("Offline: 3 changes waiting");
    const laptopCard = card(danLaptop.page, "Touchpoint: Comparison site");
    await laptopCard.click();
    await danLaptop.page.keyboard.press("v");
    await danLaptop.page.keyboard.press("v");
    await expect(danLaptop.page.getByRole("region", { name: "Voting round" })).toContainText(
      "1 dot left",
    );
    // His map marks his own dots on the card (dashed: they do not count until the reveal).
    await expect(laptopCard).toHaveAttribute("aria-description", /2 of your dots/);

    // Nobody sees anyone else's dots: each phone shows its own, the facilitator none.
    const dotsOn = (phone: Page, title: string) =>
      phone.getByRole("group", { name: `Your dots on ${title}` });
    await expect(dotsOn(ben, "Hidden fees")).toContainText("2 of your dots");
    await expect(dotsOn(cleo, "Hidden fees")).toContainText("3 of your dots");
    await expect(dotsOn(cleo, "Live chat")).toContainText("none of your dots");
    await expect(dotsOn(ben, "Comparison site")).toContainText("none of your dots");
    // Dan's laptop put two dots on this card: the facilitator's map shows none of them.
    await card(page, "Touchpoint: Comparison site").click();
    await expect(page.locator(".card", { hasText: "Comparison site" })).not.toContainText("2");
    await expect(
      page.getByRole("region", { name: "Inspector" }).getByRole("group", { name: /Your dots/ }),
    ).toContainText("0");
    await expect(panel).toContainText("2 of 3 have used all their dots");

    // Dan's phone comes back: his five dots merge, and he has used his budget.
    danLink!.restore();
    await expect(roomBar(dan)).toContainText("Live");
    await expect(dan.getByRole("region", { name: "Voting round" })).toContainText("no dots left");
    await expect(panel).toContainText("3 of 3 have used all their dots");

    // The projector during the round: the board of who has finished, no one's choices.
    await page.getByRole("button", { name: "Present", exact: true }).click();
    const board = page.getByRole("region", { name: "Voting round" });
    await expect(board.getByRole("list", { name: "People voting" })).toContainText("Dan");
    await page.screenshot({ path: shot("projector-round") });
    await dan.screenshot({ path: shot("phone-voting") });

    // The reveal: everyone's dots count, each person's earliest within their budget.
    await board.getByRole("button", { name: "Reveal the votes" }).click();
    const ranking = page.getByRole("dialog", { name: "Votes" });
    const items = (name: string) => ranking.getByRole("region", { name }).getByRole("button");
    await expect(items("Friction points").first()).toHaveAccessibleName("1. Hidden fees: 5 votes");
    // Dan's phone voted first, offline: its three dots count; his laptop's two later ones do not.
    await expect(items("Opportunities").first()).toHaveAccessibleName("1. Live chat: 4 votes");
    await expect(ranking.getByRole("region", { name: "Other cards with votes" })).toHaveCount(0);
    await page.screenshot({ path: shot("projector-reveal") });
    for (const phone of [ben, cleo, dan])
      await expect(phone.getByText("The votes are revealed.")).toBeVisible();
    await cleo.getByRole("button", { name: "Votes" }).tap();
    const phoneRanking = cleo.getByRole("list", { name: "Votes" });
    await expect(phoneRanking.getByRole("listitem").first()).toContainText("Hidden fees");
    await expect(phoneRanking.getByRole("listitem").first()).toContainText("5 votes");

    expect([...phones.flatMap((p) => p.errors), ...danLaptop.errors]).toEqual([]);
    await Promise.all([...phones, danLaptop].map((p) => p.context.close()));
  });
});
