import { expect, openApp, test } from "./support/fixtures";
import { card, journeyFile, openImportedJourney } from "./support/journey-file";
import { XSS_PAYLOADS, watchForScript } from "./support/xss";

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
    await page.waitForTimeout(500);
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
    await viewer.waitForTimeout(500);
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

  test("shows a payload typed into a card and a persona as text", async ({ page }) => {
    const check = await watchForScript(page);
    await openApp(page);
    await openImportedJourney(
      page,
      journeyFile({ cards: [{ id: "a", stage: 0, lane: "touchpoints", title: "Plain" }] }),
    );
    await card(page, "Touchpoint: Plain").click();
    const title = page
      .getByRole("region", { name: "Inspector" })
      .getByRole("textbox", { name: "Title" });
    for (const payload of [XSS_PAYLOADS[1]!, XSS_PAYLOADS[3]!, XSS_PAYLOADS[28]!]) {
      await title.fill(payload);
      await expect(card(page, `Touchpoint: ${payload}`)).toBeVisible();
      await expect(page.locator(`[data-card-id="a"] .card__title`)).toHaveText(payload);
    }
    await page.reload();
    await expect(card(page, `Touchpoint: ${XSS_PAYLOADS[28]}`)).toBeVisible();
    await page.waitForTimeout(300);
    expect(await check()).toEqual({ ran: undefined, violations: [], dialogs: 0 });
  });
});
