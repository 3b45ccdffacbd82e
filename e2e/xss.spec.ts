import type { Page } from "@playwright/test";
import { expect, openApp, test } from "./support/fixtures";
import { card, journeyFile, openImportedJourney } from "./support/journey-file";
import { letPayloadsFire, XSS_PAYLOADS, watchForScript } from "./support/xss";
import { personaCard, personaEditor, reload } from "./support/workspace";

function hostileFile() {
  const file = journeyFile({
    title: XSS_PAYLOADS[1],
    persona: XSS_PAYLOADS[2],
    stages: ["<b>Discover</b>", "Buy", "Use"],
    cards: XSS_PAYLOADS.map((payload, i) => ({
      id: `x${i}`,
      stage: i % 3,
      lane: "touchpoints" as const,
      title: payload,
      painPoints: [{ id: `p${i}`, text: payload, severity: "high" as const }],
    })),
  });
  const journey = file.journeys[0]!;
  journey.scenario = XSS_PAYLOADS[0]!;
  journey.elements.forEach(
    (element, i) => (element.notes = XSS_PAYLOADS[(i + 5) % XSS_PAYLOADS.length]!),
  );
  file.personas[0]!.quote = XSS_PAYLOADS[3]!;
  (file.personas[0]! as { goals: string[] }).goals = [XSS_PAYLOADS[4]!, XSS_PAYLOADS[5]!];
  return file;
}

test.describe("hostile text", () => {
  test(`shows ${XSS_PAYLOADS.length} payloads from an imported file exactly as typed, and runs none`, async ({
    page,
  }) => {
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(30);
    const check = await watchForScript(page);
    await openApp(page);
    await openImportedJourney(page, hostileFile());
    // Fit the map so every card is on screen (cards off screen are not rendered at all).
    await page.getByRole("button", { name: "Fit the whole journey" }).click();
    for (const payload of XSS_PAYLOADS) {
      await expect(card(page, `Touchpoint: ${payload}`)).toHaveCount(1);
    }
    // Open a few in the inspector, where they sit in text fields.
    for (const i of [0, 1, 11, 22, 34]) {
      await card(page, `Touchpoint: ${XSS_PAYLOADS[i]}`).click();
      const inspector = page.getByRole("region", { name: "Inspector" });
      await expect(inspector.getByRole("textbox", { name: "Title" })).toHaveValue(XSS_PAYLOADS[i]!);
      await expect(inspector.getByRole("textbox", { name: "Pain point" })).toHaveValue(
        XSS_PAYLOADS[i]!,
      );
    }
    // The persona header (a link to the persona) and the breadcrumbs show the hostile persona name
    // and journey title.
    await expect(
      page.getByRole("link", { name: XSS_PAYLOADS[2], exact: true }).first(),
    ).toBeVisible();
    await expect(page.getByRole("navigation", { name: "You are here" })).toContainText(
      XSS_PAYLOADS[1]!,
    );
    await page.goto("/#/");
    await expect(page.getByRole("link", { name: XSS_PAYLOADS[2], exact: true })).toBeVisible();
    await letPayloadsFire(page);
    expect(await check()).toEqual({ ran: undefined, violations: [], dialogs: 0 });
  });

  test("exports an SVG of the hostile journey that runs nothing even opened as a page of its own", async ({
    page,
    browser,
  }) => {
    await openApp(page);
    await openImportedJourney(page, hostileFile());
    await page.getByRole("button", { name: "Export", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: "Export" });
    await expect(dialog.getByRole("img", { name: "Preview of the exported image" })).toBeVisible();
    await dialog.getByLabel("Format").selectOption({ label: "SVG" });
    const [file] = await Promise.all([
      page.waitForEvent("download"),
      dialog.getByRole("button", { name: "Download", exact: true }).click(),
    ]);
    // Saved with its .svg name, so the browser renders it as an SVG document (not as text).
    const svgPath = test.info().outputPath("hostile-journey.svg");
    await file.saveAs(svgPath);
    // Opened straight in the browser, as a double-click on the file would: any script would run.
    const context = await browser.newContext();
    const viewer = await context.newPage();
    const check = await watchForScript(viewer);
    await viewer.goto(`file://${svgPath}`);
    await letPayloadsFire(viewer);
    expect(await viewer.evaluate(() => document.documentElement.localName)).toBe("svg");
    const text = await viewer.evaluate(() => document.documentElement.textContent ?? "");
    // Titles wrap over several lines in the image, so look for pieces that fit on one line: the
    // markup is there as visible text, not as elements.
    for (const piece of ["${window.__xss=21}", "<embed", "<audio src=x", "<base"])
      expect(text).toContain(piece);
    expect(
      await viewer.evaluate(
        () => document.querySelectorAll("script, foreignObject, iframe").length,
      ),
    ).toBe(0);
    const { ran, dialogs } = await check();
    expect({ ran, dialogs }).toEqual({ ran: undefined, dialogs: 0 });
    await context.close();
  });

  test("presents the hostile journey, overview and every stage, showing each payload as typed and running none", async ({
    page,
  }) => {
    const check = await watchForScript(page);
    // Steps and scrolls then land at once, so each key's effect can be read straight after it.
    await page.emulateMedia({ reducedMotion: "reduce" });
    await openApp(page);
    const file = hostileFile();
    // A vote on every card, so the ranking (the one place a presentation shows pain point text)
    // lists them.
    file.journeys[0]!.elements.forEach((element) => (element.votes = 1));
    await openImportedJourney(page, file);
    await page.getByRole("button", { name: "Present", exact: true }).click();
    const presentation = page.getByRole("region", { name: `Presentation: ${XSS_PAYLOADS[1]}` });
    await expect(presentation).toBeVisible();
    await expect(progress(page)).toHaveText("Overview");
    await expect(presentation.getByRole("heading", { level: 1 })).toHaveText(XSS_PAYLOADS[1]!);

    // The overview board draws every card title and stage name as text.
    const stageNames = file.journeys[0]!.stages.map((stage) => stage.name);
    await expect(presentation.locator(".board__stage-name")).toHaveText(stageNames);
    await expect
      .poll(async () => (await presentation.locator(".board__card-title").allTextContents()).sort())
      .toEqual([...XSS_PAYLOADS].sort());

    // Every stage, with the keys: its name and each of its cards as typed.
    for (const [index, name] of stageNames.entries()) {
      await stepWithKeysTo(page, `Stage ${index + 1} of ${stageNames.length}`);
      const slide = presentation.locator(".slide--current");
      await expect(slide.getByRole("heading", { level: 2 })).toHaveText(name);
      const payloads = XSS_PAYLOADS.filter((_, i) => i % 3 === index);
      const cards = slide.getByRole("region", { name: "Touchpoints" }).getByRole("button");
      await expect(cards).toHaveCount(payloads.length);
      for (const payload of payloads) {
        const shown = slide.getByRole("button", { name: `Touchpoint: ${payload}`, exact: true });
        await expect(shown).toHaveCount(1);
        await expect(shown.locator(".pcard__title")).toHaveText(payload);
      }
    }

    // The ranking of votes shows pain points by their text.
    await page.getByRole("button", { name: "Votes", exact: true }).click();
    const ranking = page.getByRole("dialog", { name: "Votes" });
    const painPoints = ranking.getByRole("region", { name: "Pain points" });
    await expect(painPoints.getByRole("button")).toHaveCount(10);
    for (const text of await painPoints.locator(".vote-ranking__title").allTextContents())
      expect(XSS_PAYLOADS).toContain(text);
    await page.keyboard.press("Escape");
    await expect(ranking).toHaveCount(0);

    await page.keyboard.press("Escape");
    await expect(page).toHaveURL(/#\/journey\/journeyTest1$/);
    await letPayloadsFire(page);
    expect(await check()).toEqual({ ran: undefined, violations: [], dialogs: 0 });
  });

  test("shows payloads typed into a card title, a persona's name and a pain point as text wherever they appear", async ({
    page,
  }) => {
    const check = await watchForScript(page);
    await openApp(page);
    await openImportedJourney(
      page,
      journeyFile({ cards: [{ id: "a", stage: 0, lane: "touchpoints", title: "Plain" }] }),
    );
    await card(page, "Touchpoint: Plain").click();
    const inspector = page.getByRole("region", { name: "Inspector" });
    const title = inspector.getByRole("textbox", { name: "Title" });
    for (const payload of [XSS_PAYLOADS[1]!, XSS_PAYLOADS[3]!, XSS_PAYLOADS[28]!]) {
      await title.fill(payload);
      await expect(card(page, `Touchpoint: ${payload}`)).toBeVisible();
      await expect(page.locator(`[data-card-id="a"] .card__title`)).toHaveText(payload);
    }
    const cardTitle = XSS_PAYLOADS[28]!;

    // A pain point, typed into the inspector.
    const painText = XSS_PAYLOADS[11]!;
    await inspector.getByRole("button", { name: "Add pain point" }).click();
    const pain = inspector.getByRole("textbox", { name: "Pain point" });
    await expect(pain).toBeFocused();
    await pain.fill(painText);
    await expect(pain).toHaveValue(painText);

    // The persona's name, typed into the persona editor.
    const personaName = XSS_PAYLOADS[32]!;
    const header = page.getByRole("region", { name: "Persona" });
    await header.getByRole("link", { name: "Test Persona", exact: true }).click();
    await page.getByRole("button", { name: "Edit persona" }).click();
    const editor = personaEditor(page);
    await editor.getByRole("textbox", { name: "Name" }).fill(personaName);
    await editor.getByRole("button", { name: "Save changes" }).click();
    await expect(editor).toBeHidden();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(personaName);

    // The home view.
    await page.getByRole("link", { name: "Workspace" }).click();
    const home = personaCard(page, personaName);
    await expect(home.getByRole("link", { name: personaName, exact: true })).toHaveText(
      personaName,
    );

    // The journey: the persona header, the card and the inspector.
    const checkJourney = async () => {
      await expect(header.getByRole("link", { name: personaName, exact: true })).toHaveText(
        personaName,
      );
      await expect(page.locator(`[data-card-id="a"] .card__title`)).toHaveText(cardTitle);
      await card(page, `Touchpoint: ${cardTitle}`).click();
      await expect(title).toHaveValue(cardTitle);
      await expect(pain).toHaveValue(painText);
    };
    await home.getByRole("link", { name: "Test journey" }).click();
    await checkJourney();

    // Presentation mode: the overview, the stage, and the ranking once the card has a vote.
    await page.getByRole("button", { name: "Present", exact: true }).click();
    await expect(progress(page)).toHaveText("Overview");
    await expect(page.locator(".board__card-title")).toHaveText([cardTitle]);
    await page.keyboard.press("ArrowRight");
    await expect(progress(page)).toHaveText("Stage 1 of 3");
    const slide = page.locator(".slide--current");
    const shown = slide.getByRole("button", { name: `Touchpoint: ${cardTitle}`, exact: true });
    await expect(shown.locator(".pcard__title")).toHaveText(cardTitle);
    // Select the card (it may still be selected from the editor), then vote on it with V.
    if ((await shown.getAttribute("aria-pressed")) !== "true") await shown.click();
    await expect(shown).toHaveAttribute("aria-pressed", "true");
    await page.keyboard.press("v");
    await expect(page.getByRole("group", { name: `Votes on ${cardTitle}` })).toContainText(
      "1 vote",
    );
    await page.getByRole("button", { name: "Votes", exact: true }).click();
    const ranking = page.getByRole("dialog", { name: "Votes" });
    const ranked = ranking.getByRole("region", { name: "Pain points" }).getByRole("button");
    await expect(ranked).toHaveAccessibleName(`1. ${painText}, on ${cardTitle}: 1 vote`);
    await expect(ranked.locator(".vote-ranking__title")).toHaveText(painText);
    await page.keyboard.press("Escape");
    await expect(ranking).toHaveCount(0);
    await page.keyboard.press("Escape");
    await expect(page).toHaveURL(/#\/journey\/journeyTest1$/);

    // Stored as typed: the same after a reload.
    await reload(page);
    await checkJourney();
    await letPayloadsFire(page);
    expect(await check()).toEqual({ ran: undefined, violations: [], dialogs: 0 });
  });
});

/** Where the presentation says it is ("Overview", "Stage 2 of 3"). */
const progress = (page: Page) => page.locator(".present__where strong");

/**
 * Presses the right arrow until the presentation is at `where`: a stage taller than the screen
 * takes a press or more to scroll before the next one moves on, as a clicker would.
 */
async function stepWithKeysTo(page: Page, where: string) {
  const state = () =>
    page.evaluate(() => ({
      where: document.querySelector(".present__where strong")?.textContent ?? null,
      scrolled: document.querySelector(".slide--current")?.scrollTop ?? null,
    }));
  for (let press = 0; press < 12; press++) {
    const before = await state();
    await page.keyboard.press("ArrowRight");
    await expect.poll(state, "a press moves or scrolls").not.toEqual(before);
    if ((await state()).where === where) return;
  }
  throw new Error(`The keys never reached ${where}`);
}
