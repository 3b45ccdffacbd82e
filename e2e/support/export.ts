import { readFile } from "node:fs/promises";
import type { Download, Page } from "@playwright/test";
import type { ElementKind } from "../../src/domain";
import type { PosterOptions } from "../../src/export/geometry";
import { posterToPixels } from "../../src/export/image-plan";
import { cardOnPoster, type planPoster } from "../../src/export/poster-plan";
import { cardInsets } from "../../src/export/kind-shapes";
import { TEXT, cssFont } from "../../src/export/text-style";
import type { JourneySpec } from "./export-journey";
import { expect } from "./fixtures";
import { inkSpan, type Pixels, type Region } from "./png";

/**
 * What the export tests share: a sample journey, the poster options the dialog starts with, and
 * steps that open the dialog, catch a download and check a card title's ink in an image.
 */

export const PERSIAN = "سفارش خرید هفتگی";
export const POLISH = "Zażółć gęślą jaźń";

/** A small journey whose every position the test can compute with the app's own layout code. */
export const SAMPLE: JourneySpec = {
  title: "Order groceries",
  scenario: "Order the week's food on the way home",
  stages: ["Discover", "Choose", "Pay", "Use"],
  cards: [
    { id: "act1", kind: "customerAction", stage: 0, lane: "actions", title: "Hears from a friend" },
    {
      id: "tp1",
      kind: "touchpoint",
      stage: 0,
      lane: "touchpoints",
      title: "Sees an ad",
      satisfaction: 2,
    },
    {
      id: "tp2",
      kind: "touchpoint",
      stage: 1,
      lane: "touchpoints",
      title: "Compares plans",
      satisfaction: 5,
    },
    {
      id: "tp3",
      kind: "touchpoint",
      stage: 2,
      lane: "touchpoints",
      title: "Pays at checkout",
      satisfaction: 1,
      painPoints: [{ text: "Card declined twice", severity: "high" }],
      votes: 2,
    },
    {
      id: "tp4",
      kind: "touchpoint",
      stage: 3,
      lane: "touchpoints",
      title: PERSIAN,
      satisfaction: 4,
    },
    {
      id: "fr1",
      kind: "frictionPoint",
      stage: 2,
      lane: "frictionPoints",
      title: "Checkout queue",
      painPoints: [{ text: "Waited four minutes", severity: "medium" }],
      votes: 3,
    },
    {
      id: "de1",
      kind: "momentOfDelight",
      stage: 3,
      lane: "momentsOfDelight",
      title: "Thank-you note",
    },
    { id: "op1", kind: "opportunity", stage: 2, lane: "opportunities", title: "Express checkout" },
  ],
  links: [{ from: "fr1", to: "tp3", kind: "causes" }],
};

export const DEFAULT_OPTIONS: PosterOptions = {
  scope: { kind: "journey" },
  personaHeader: true,
  legend: true,
  emotionCurve: true,
  background: "white",
};

export function card(id: string): { id: string; kind: ElementKind; title: string } {
  const spec = SAMPLE.cards.find((c) => c.id === id)!;
  return { id, kind: spec.kind, title: spec.title };
}

export async function openExport(page: Page) {
  await page.getByRole("button", { name: "Export", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Export" });
  await expect(dialog).toBeVisible();
  // The preview appears once fonts are ready: the dialog is fully working from then on.
  await expect(dialog.getByRole("img", { name: "Preview of the exported image" })).toBeVisible();
  return dialog;
}

export async function download(page: Page, click: () => Promise<void>): Promise<Download> {
  const [file] = await Promise.all([page.waitForEvent("download"), click()]);
  return file;
}

export async function bytesOf(file: Download): Promise<Buffer> {
  return readFile(await file.path());
}

/** Width of a text in the export's card title font, measured in the page (fonts loaded there). */
export function measureTitle(page: Page, title: string): Promise<number> {
  return page.evaluate(
    ({ font, text }) => {
      const context = document.createElement("canvas").getContext("2d")!;
      context.font = font;
      return context.measureText(text).width;
    },
    { font: cssFont(TEXT.cardTitle), text: title },
  );
}

/**
 * Checks a left-to-right card title in a downloaded image: its ink starts at the card's left
 * inset, where the layout puts the card, and is exactly as wide as the title measured in the
 * export font, so a different or missing title would not match. Returns the ink's region.
 */
export async function expectTitleAt(
  page: Page,
  image: Pixels,
  plan: ReturnType<typeof planPoster>,
  card: { id: string; kind: ElementKind; title: string },
): Promise<Region> {
  const box = posterToPixels(plan.image, cardOnPoster(plan, card.id)!);
  const k = plan.image.scale * plan.image.pixelRatio;
  const insets = cardInsets(card.kind);
  // From above the tallest accent to below the descenders of the first line (baseline 46).
  const region = {
    x: box.x + (insets.left - 3) * k,
    y: box.y + 27 * k,
    width: box.width - (insets.left + insets.right - 6) * k,
    height: 28 * k,
  };
  const ink = inkSpan(image, region);
  const width = await measureTitle(page, card.title);
  const tolerance = 2 + 2 * k;
  expect(ink.count, card.title).toBeGreaterThan(40 * k * k);
  expect(Math.abs(ink.left - (box.x + insets.left * k)), card.title).toBeLessThanOrEqual(tolerance);
  expect(Math.abs(ink.right - (box.x + (insets.left + width) * k)), card.title).toBeLessThanOrEqual(
    tolerance,
  );
  return region;
}
