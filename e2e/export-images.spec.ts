import { emotionGeometry } from "../src/domain";
import { MAX_CANVAS_PIXELS, posterToPixels, type SizeChoice } from "../src/export/image-plan";
import { cardOnPoster, planPoster } from "../src/export/poster-plan";
import { cardInsets } from "../src/export/kind-shapes";
import { paletteFor } from "../src/export/palette";
import { expect, openApp, test } from "./support/fixtures";
import { buildJourney, importJourney } from "./support/export-journey";
import {
  DEFAULT_OPTIONS,
  PERSIAN,
  SAMPLE,
  bytesOf,
  card,
  download,
  expectTitleAt,
  measureTitle,
  openExport,
} from "./support/export";
import {
  coverage,
  decodePng,
  distinctColors,
  hexToRgb,
  inkSpan,
  matching,
  type Pixels,
} from "./support/png";

test.describe("exporting images", () => {
  for (const [size, label, width, height] of [
    ["slide1080", "1920 × 1080", 1920, 1080],
    ["slide2160", "3840 × 2160", 3840, 2160],
  ] as const) {
    test(`downloads a ${label} PNG with the emotion curve and the cards where the layout puts them`, async ({
      page,
    }) => {
      const data = buildJourney(SAMPLE);
      await openApp(page);
      await importJourney(page, data);
      const dialog = await openExport(page);
      await dialog.getByLabel("Format").selectOption({ label: "PNG" });
      await dialog.getByLabel("Size").selectOption({ label });
      const file = await download(page, () =>
        dialog.getByRole("button", { name: "Download", exact: true }).click(),
      );
      expect(file.suggestedFilename()).toMatch(/^Order groceries \d{4}-\d{2}-\d{2}\.png$/);
      const image = decodePng(await bytesOf(file));

      // Exact size, and not blank.
      expect([image.width, image.height]).toEqual([width, height]);
      expect(distinctColors(image)).toBeGreaterThan(50);
      expect(coverage(image)).toBeGreaterThan(0.15);

      const plan = planPoster(data.journey, DEFAULT_OPTIONS, size as SizeChoice, true);
      expect([plan.image.pixelWidth, plan.image.pixelHeight]).toEqual([width, height]);
      const palette = paletteFor("white");
      await expectEmotionCurve(image, plan, palette.curve);

      // The friction card: its fill where the layout puts it, and its title.
      const friction = posterToPixels(plan.image, cardOnPoster(plan, "fr1")!);
      const k = plan.image.scale * plan.image.pixelRatio;
      const fill = matching(image, friction, hexToRgb(palette.kinds.frictionPoint.fill), 6);
      expect(fill.length).toBeGreaterThan(friction.width * friction.height * 0.5);
      await expectTitleAt(page, image, plan, card("fr1"));
      const tolerance = 2 + 2 * k;

      // The Persian title is shaped in the embedded font and laid out right to left: its ink ends
      // at the card's right inset and is exactly as wide as measured.
      const persian = posterToPixels(plan.image, cardOnPoster(plan, "tp4")!);
      const persianWidth = await measureTitle(page, PERSIAN);
      const tpInsets = cardInsets("touchpoint");
      const persianInk = inkSpan(image, {
        x: persian.x + 8 * k,
        y: persian.y + 28 * k,
        width: persian.width - 16 * k,
        height: 28 * k,
      });
      const right = persian.x + persian.width - tpInsets.right * k;
      expect(Math.abs(persianInk.right - right)).toBeLessThanOrEqual(tolerance);
      expect(Math.abs(persianInk.left - (right - persianWidth * k))).toBeLessThanOrEqual(tolerance);
    });
  }

  test("the first PNG of a session is the same as the second: Polish and Persian titles, fonts and all", async ({
    page,
  }) => {
    // A fresh page: no export font has been loaded yet when the first image is drawn.
    await openApp(page);
    await importJourney(page, buildJourney(SAMPLE));
    const images: Pixels[] = [];
    for (let i = 0; i < 2; i++) {
      const dialog = await openExport(page);
      await dialog.getByLabel("Format").selectOption({ label: "PNG" });
      const file = await download(page, () =>
        dialog.getByRole("button", { name: "Download", exact: true }).click(),
      );
      images.push(decodePng(await bytesOf(file)));
      await page.keyboard.press("Escape");
      await expect(dialog).toHaveCount(0);
    }
    const [first, second] = images as [Pixels, Pixels];
    expect([first.width, first.height]).toEqual([second.width, second.height]);
    let differing = 0;
    for (let i = 0; i < first.data.length; i += 4)
      if (Math.abs(first.data[i]! - second.data[i]!) > 40) differing++;
    expect(differing).toBe(0);
  });

  test("downloads a JPEG on the dark projector background, and never offers transparency for it", async ({
    page,
  }) => {
    await openApp(page);
    await importJourney(page, buildJourney(SAMPLE));
    const dialog = await openExport(page);
    const background = dialog.getByLabel("Background");
    await background.selectOption({ label: "Transparent" });
    await dialog.getByLabel("Format").selectOption({ label: "JPEG" });
    await expect(background).toHaveValue("white");
    await expect(background.getByRole("option", { name: "Transparent" })).toHaveCount(0);
    await background.selectOption({ label: "Dark (projector)" });
    const file = await download(page, () =>
      dialog.getByRole("button", { name: "Download", exact: true }).click(),
    );
    expect(file.suggestedFilename()).toMatch(/^Order groceries \d{4}-\d{2}-\d{2}\.jpg$/);
    const bytes = await bytesOf(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    // The frame's size is in the JPEG's start-of-frame segment.
    const sof = bytes.findIndex((b, i) => b === 0xff && bytes[i + 1] === 0xc0);
    expect([bytes.readUInt16BE(sof + 7), bytes.readUInt16BE(sof + 5)]).toEqual([1920, 1080]);
  });

  test("caps a large fitted-to-content PNG at 16.7 million pixels and says so", async ({
    page,
  }) => {
    await openApp(page);
    // The sample journey every new workspace starts with.
    await page.getByRole("link", { name: "Weekly grocery order on the phone" }).first().click();
    const dialog = await openExport(page);
    await dialog.getByLabel("Size").selectOption({ label: "Fitted to content" });
    await expect(dialog.getByRole("note").filter({ hasText: "million pixels" })).toContainText(
      "more than some browsers can draw",
    );
    const file = await download(page, () =>
      dialog.getByRole("button", { name: "Download", exact: true }).click(),
    );
    const image = decodePng(await bytesOf(file));
    expect(image.width * image.height).toBeLessThanOrEqual(MAX_CANVAS_PIXELS);
    // The cap lowers the pixel ratio below the 2x a fitted image asks for, but no further.
    expect(image.width * image.height).toBeGreaterThan(MAX_CANVAS_PIXELS * 0.95);
    expect(coverage(image)).toBeGreaterThan(0.15);
  });
});

async function expectEmotionCurve(
  image: Pixels,
  plan: ReturnType<typeof planPoster>,
  curveColor: string,
): Promise<void> {
  const panel = plan.panels.find((p) => p.layout.lanes.some((l) => l.kind === "emotionCurve"))!;
  const lane = panel.layout.lanes.find((l) => l.kind === "emotionCurve")!;
  const laneBox = posterToPixels(plan.image, {
    x: panel.x + 184,
    y: panel.y + lane.y,
    width: panel.layout.width - 184,
    height: lane.height,
  });
  const color = hexToRgb(curveColor);
  const inside = matching(image, laneBox, color, 40);
  const everywhere = matching(
    image,
    { x: 0, y: 0, width: image.width, height: image.height },
    color,
    40,
  );
  expect(inside.length).toBeGreaterThan(100);
  expect(everywhere.length - inside.length).toBeLessThan(10);

  // Between the 5 of "Compares plans" and the 1 of "Pays at checkout" the curve falls: halfway
  // across, it is halfway down.
  const geometry = emotionGeometry(panel.journey, panel.layout, lane.id)!;
  const five = geometry.points.find((p) => p.elementId === "tp2")!;
  const one = geometry.points.find((p) => p.elementId === "tp3")!;
  const at = (x: number, y: number) =>
    posterToPixels(plan.image, { x: panel.x + x, y: panel.y + y, width: 0, height: 0 });
  const top = at(five.x, five.y);
  const bottom = at(one.x, one.y);
  const midX = Math.round((top.x + bottom.x) / 2);
  const column = inside.filter((p) => Math.abs(p.x - midX) <= 1);
  expect(column.length).toBeGreaterThan(0);
  const meanY = column.reduce((sum, p) => sum + p.y, 0) / column.length;
  const midY = (top.y + bottom.y) / 2;
  expect(Math.abs(meanY - midY)).toBeLessThan((bottom.y - top.y) * 0.2);
}
