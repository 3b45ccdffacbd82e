import type { Page } from "@playwright/test";
import { loadLocale, setLocale } from "../src/i18n";
import type { Message } from "../src/i18n/catalogue";
import { en } from "../src/i18n/en";
import { viewsEn } from "../src/i18n/views-en";
import { templatesEn } from "../src/i18n/en/templates";
import { fa } from "../src/i18n/fa";
import { templatesFa } from "../src/i18n/fa/templates";
import { pl } from "../src/i18n/pl";
import { templatesPl } from "../src/i18n/pl/templates";
import { posterToPixels } from "../src/export/image-plan";
import { cardOnPoster, planPoster } from "../src/export/poster-plan";
import { paletteFor } from "../src/export/palette";
import { expect, openApp, seriousA11yViolations, test } from "./support/fixtures";
import { buildJourney, journeyFileText } from "./support/export-journey";
import { DEFAULT_OPTIONS, SAMPLE, bytesOf, download } from "./support/export";
import { decodePng, hexToRgb, matching } from "./support/png";

type Texts = Readonly<Record<string, Message>>;
const english: Texts = { ...en, ...viewsEn, ...templatesEn };
const LANGUAGES = {
  en: { browser: "en-GB", texts: english },
  pl: { browser: "pl-PL", texts: { ...pl, ...templatesPl } as Texts },
  fa: { browser: "fa-IR", texts: { ...fa, ...templatesFa } as Texts },
} as const;
type Code = keyof typeof LANGUAGES;

const forms = (message: Message | undefined): string[] =>
  message === undefined ? [] : typeof message === "string" ? [message] : Object.values(message);

/**
 * English texts the page must not show in another language: every English text without
 * placeholders that the language does not also write the same way ("Waymark", "CSAT").
 */
function englishOnly(code: Code): Set<string> {
  const own = LANGUAGES[code].texts;
  const left = new Set<string>();
  for (const [key, message] of Object.entries(english)) {
    const same = new Set(forms(own[key]));
    for (const text of forms(message))
      if (!text.includes("{") && !same.has(text) && /[a-z]{3}/i.test(text)) left.add(text);
  }
  return left;
}

/** The visible texts of the page that are English catalogue texts. */
async function englishOnPage(page: Page, code: Code): Promise<string[]> {
  if (code === "en") return [];
  const lines = await page.evaluate(() =>
    document.body.innerText
      .split("\n")
      .map((line) => line.trim())
      .filter(Boolean),
  );
  const banned = englishOnly(code);
  return [...new Set(lines.filter((line) => banned.has(line)))];
}

const text = (code: Code, key: string): string => {
  const message = LANGUAGES[code].texts[key];
  if (typeof message !== "string") throw new Error(`${key} is not a plain text`);
  return message;
};

for (const code of Object.keys(LANGUAGES) as Code[]) {
  test.describe(`in ${code}`, () => {
    test.use({ locale: LANGUAGES[code].browser });

    test("opens in the browser's language, with nothing left in English and nothing inaccessible", async ({
      page,
    }) => {
      await openApp(page);
      await expect(page.locator("html")).toHaveAttribute("lang", code);
      await expect(page.locator("html")).toHaveAttribute("dir", code === "fa" ? "rtl" : "ltr");
      // The first run's sample speaks the language too.
      const sampleTitle = forms(LANGUAGES[code].texts["template.grocery.title"])[0]!;
      const journey = page.getByRole("link", { name: sampleTitle });
      await expect(journey).toBeVisible();
      expect(await englishOnPage(page, code), "home").toEqual([]);
      // In English, axe already reads the home page, the export dialog and the presentation in
      // their own tests (workspace-a11y, export-dialog, present-slides): here the translations.
      const translated = code !== "en";
      if (translated) expect(await seriousA11yViolations(page), "home").toEqual([]);

      await journey.click();
      await expect(page.locator(".react-flow__node-touchpoint").first()).toBeVisible();
      expect(await englishOnPage(page, code), "journey").toEqual([]);
      expect(await seriousA11yViolations(page), "journey").toEqual([]);

      await page.locator(".react-flow__node-touchpoint").first().click();
      const inspector = page.getByRole("region", { name: text(code, "inspector.label") });
      await expect(
        inspector.getByRole("textbox", { name: text(code, "inspector.title") }),
      ).toBeVisible();
      expect(await englishOnPage(page, code), "inspector").toEqual([]);

      await page.getByRole("button", { name: text(code, "export.button"), exact: true }).click();
      const dialog = page.getByRole("dialog", { name: text(code, "export.title") });
      await expect(dialog).toBeVisible();
      expect(await englishOnPage(page, code), "export dialog").toEqual([]);
      if (translated) expect(await seriousA11yViolations(page), "export dialog").toEqual([]);
      await page.keyboard.press("Escape");
      await expect(dialog).toBeHidden();

      await page.getByRole("button", { name: text(code, "present.button"), exact: true }).click();
      await expect(page.getByRole("region", { name: /./ }).locator(".present__bar")).toBeVisible();
      expect(await englishOnPage(page, code), "presentation overview").toEqual([]);
      await page.keyboard.press("PageDown");
      await expect(page.locator(".slide--current")).toBeVisible();
      expect(await englishOnPage(page, code), "presentation stage").toEqual([]);
      if (translated) expect(await seriousA11yViolations(page), "presentation").toEqual([]);

      await page.keyboard.press("Escape");
      await expect(page.locator(".react-flow__node-touchpoint").first()).toBeVisible();
      await page.keyboard.press("Alt+i");
      await expect(page.locator(".insights__panel").first()).toBeVisible();
      expect(await englishOnPage(page, code), "insights").toEqual([]);
      expect(await seriousA11yViolations(page), "insights").toEqual([]);
      await page.screenshot({ path: `test-results/screenshots/insights-${code}.png` });
      // The metric library, opened from the targets.
      await page.getByRole("button", { name: text(code, "metrics.library.open") }).click();
      const metrics = page.getByRole("dialog", { name: text(code, "metrics.library") });
      await expect(metrics).toBeVisible();
      expect(await englishOnPage(page, code), "metric library").toEqual([]);
      if (translated) expect(await seriousA11yViolations(page), "metric library").toEqual([]);
      await page.screenshot({ path: `test-results/screenshots/metric-library-${code}.png` });
      await page.keyboard.press("Escape");
      await expect(metrics).toBeHidden();

      await page.goBack();
      await expect(page.locator(".react-flow__node-touchpoint").first()).toBeVisible();
      await page.keyboard.press("Alt+t");
      await expect(page.getByRole("grid")).toBeVisible();
      expect(await englishOnPage(page, code), "table").toEqual([]);
      // In English, the table's own test reads it with axe.
      if (translated) expect(await seriousA11yViolations(page), "table").toEqual([]);
      await page.screenshot({ path: `test-results/screenshots/table-${code}.png` });

      // The action plan, with one action open beside the board.
      await page.goBack();
      await expect(page.locator(".react-flow__node-touchpoint").first()).toBeVisible();
      await page.keyboard.press("Alt+a");
      await page.getByRole("button", { name: text(code, "plan.new") }).click();
      await expect(
        page.getByRole("complementary", { name: text(code, "plan.editor") }),
      ).toBeVisible();
      expect(await englishOnPage(page, code), "plan").toEqual([]);
      if (translated) expect(await seriousA11yViolations(page), "plan").toEqual([]);
      await page.screenshot({ path: `test-results/screenshots/plan-${code}.png` });

      // Snapshots, with one taken.
      await page.getByRole("button", { name: text(code, "plan.back") }).click();
      await expect(page.locator(".react-flow__node-touchpoint").first()).toBeVisible();
      await page.keyboard.press("Alt+s");
      await page.getByRole("button", { name: text(code, "snapshot.take") }).click();
      await expect(page.locator(".snapshots__details")).toBeVisible();
      expect(await englishOnPage(page, code), "snapshots").toEqual([]);
      if (translated) expect(await seriousA11yViolations(page), "snapshots").toEqual([]);
      await page.screenshot({ path: `test-results/screenshots/snapshots-${code}.png` });
    });
  });
}

test.describe("choosing a language", () => {
  test.use({ locale: "en-GB" });

  test("switches without a reload from the main menu, and is remembered on this device", async ({
    page,
  }) => {
    await openApp(page);
    await page.evaluate(() => ((window as { stillHere?: boolean }).stillHere = true));
    await page.getByRole("button", { name: "Main menu" }).click();
    await page.getByRole("menuitemradio", { name: "فارسی" }).click();
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.getByRole("button", { name: text("fa", "menu.label") })).toBeVisible();
    expect(await page.evaluate(() => (window as { stillHere?: boolean }).stillHere)).toBe(true);

    await page.reload();
    await expect(page.locator("html")).toHaveAttribute("lang", "fa");
    await page.getByRole("button", { name: text("fa", "menu.label") }).click();
    await expect(page.getByRole("menuitemradio", { name: "Polski" })).toBeVisible();
    await page.getByRole("menuitemradio", { name: "Polski" }).press("Enter");
    await expect(page.locator("html")).toHaveAttribute("lang", "pl");
    await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
    await expect(page.getByRole("button", { name: text("pl", "menu.label") })).toBeVisible();
  });
});

test.describe("a right-to-left journey", () => {
  test.use({ locale: "fa-IR" });

  test("runs from the right: the first stage, the arrow keys and the exported image", async ({
    page,
  }) => {
    await openApp(page);
    const data = buildJourney(SAMPLE);
    await page.getByRole("button", { name: text("fa", "menu.label") }).click();
    const [chooser] = await Promise.all([
      page.waitForEvent("filechooser"),
      page.getByRole("menuitem", { name: text("fa", "menu.import") }).click(),
    ]);
    await chooser.setFiles({
      name: "journey.waymark.json",
      mimeType: "application/json",
      buffer: Buffer.from(journeyFileText(data)),
    });
    await expect(page).toHaveURL(/#\/journey\//);
    await expect(page.locator(".react-flow__node-stageHeader").nth(1)).toBeVisible();
    const headers = page.locator(".react-flow__node-stageHeader");
    const first = (await headers.nth(0).boundingBox())!;
    const second = (await headers.nth(1).boundingBox())!;
    expect(first.x).toBeGreaterThan(second.x + second.width - 1);

    // The arrow pointing left goes to the next stage: focus lands inside the second stage.
    const firstCard = page.locator(".react-flow__node-touchpoint").first();
    await firstCard.click();
    const from = (await firstCard.boundingBox())!;
    expect(from.x).toBeGreaterThanOrEqual(first.x);
    await page.keyboard.press("Escape");
    await page.locator("[data-card-id]").first().focus();
    await page.keyboard.press("ArrowLeft");
    const focused = await page.evaluate(() => {
      const box = document.activeElement!.getBoundingClientRect();
      return box.x + box.width / 2;
    });
    expect(focused).toBeGreaterThan(second.x);
    expect(focused).toBeLessThan(second.x + second.width);

    // The PNG is drawn as the mirrored plan says: the friction card's fill and the curve where
    // a right-to-left layout puts them, which a left-to-right drawing would miss.
    await loadLocale("fa");
    setLocale("fa");
    const plan = planPoster(data.journey, DEFAULT_OPTIONS, "slide1080", true);
    setLocale("en");
    expect(plan.panels[0]!.layout.direction).toBe("rtl");
    const stages = plan.panels[0]!.layout.stages;
    expect(stages[0]!.x).toBeGreaterThan(stages[1]!.x);
    await page.getByRole("button", { name: text("fa", "export.button"), exact: true }).click();
    const dialog = page.getByRole("dialog", { name: text("fa", "export.title") });
    await expect(dialog.getByRole("img")).toBeVisible();
    await dialog.getByLabel(text("fa", "export.format")).selectOption({ label: "PNG" });
    const file = await download(page, () =>
      dialog.getByRole("button", { name: text("fa", "export.download"), exact: true }).click(),
    );
    const image = decodePng(await bytesOf(file));
    const palette = paletteFor("white");
    const friction = posterToPixels(plan.image, cardOnPoster(plan, "fr1")!);
    const fill = matching(image, friction, hexToRgb(palette.kinds.frictionPoint.fill), 6);
    expect(fill.length).toBeGreaterThan(friction.width * friction.height * 0.5);
  });
});
