import type { PosterOptions } from "../src/export/geometry";
import { posterToPixels } from "../src/export/image-plan";
import { cardOnPoster, planPoster } from "../src/export/poster-plan";
import { paletteFor } from "../src/export/palette";
import { expect, openApp, test } from "./support/fixtures";
import { buildJourney, importJourney } from "./support/export-journey";
import {
  DEFAULT_OPTIONS,
  SAMPLE,
  bytesOf,
  card,
  download,
  expectTitleAt,
  measureTitle,
  openExport,
} from "./support/export";
import { decodePng, hexToRgb, matching } from "./support/png";

test.describe("exporting images", () => {
  test("downloads every stage as its own image, named after the journey and the stage", async ({
    page,
  }) => {
    await openApp(page);
    await importJourney(page, buildJourney(SAMPLE));
    const dialog = await openExport(page);
    await dialog.getByLabel("Scope").selectOption({ label: "Every stage as its own image" });
    const names: string[] = [];
    page.on("download", (file) => names.push(file.suggestedFilename()));
    await dialog.getByRole("button", { name: "Download", exact: true }).click();
    await expect(dialog.getByRole("status")).toHaveText("Downloaded 4 images.");
    await expect.poll(() => names.length).toBe(4);
    expect(names.map((n) => n.replace(/ \d{4}-\d{2}-\d{2}\.png$/, ""))).toEqual([
      "Order groceries - 01 Discover",
      "Order groceries - 02 Choose",
      "Order groceries - 03 Pay",
      "Order groceries - 04 Use",
    ]);
  });

  test("downloads one chosen stage: its cards are in the image, other stages' are not", async ({
    page,
  }) => {
    const data = buildJourney(SAMPLE);
    await openApp(page);
    await importJourney(page, data);
    const dialog = await openExport(page);
    await dialog.getByLabel("Scope").selectOption({ label: "One stage" });
    await dialog.getByLabel("Stage", { exact: true }).selectOption({ label: "3. Pay" });
    // Without the legend, a kind's colours appear only on its cards.
    await dialog.getByRole("checkbox", { name: "Legend of kinds" }).uncheck();
    const file = await download(page, () =>
      dialog.getByRole("button", { name: "Download", exact: true }).click(),
    );
    expect(file.suggestedFilename()).toMatch(/^Order groceries - 03 Pay \d{4}-\d{2}-\d{2}\.png$/);
    const image = decodePng(await bytesOf(file));
    expect([image.width, image.height]).toEqual([1920, 1080]);

    const options: PosterOptions = {
      ...DEFAULT_OPTIONS,
      legend: false,
      scope: { kind: "stage", stageId: data.journey.stages[2]!.id },
    };
    const plan = planPoster(data.journey, options, "slide1080", true);
    expect(cardOnPoster(plan, "tp2")).toBeNull();
    // Pay's cards, with their own titles where the stage's layout puts them.
    for (const id of ["tp3", "fr1", "op1"]) await expectTitleAt(page, image, plan, card(id));
    // That check tells the touchpoint's title from the other stages' touchpoint titles: the
    // Latin ones are wider or narrower than "Pays at checkout" by more than its tolerance, and
    // the Persian one would be anchored at the card's right edge.
    const k = plan.image.scale * plan.image.pixelRatio;
    const pays = await measureTitle(page, "Pays at checkout");
    for (const other of ["Sees an ad", "Compares plans"])
      expect(Math.abs((await measureTitle(page, other)) - pays) * k).toBeGreaterThan(2 + 2 * k);

    // The only moment of delight is in "Use": its colour is nowhere in this image, while the
    // friction card's fills its own box.
    const palette = paletteFor("white");
    const whole = { x: 0, y: 0, width: image.width, height: image.height };
    const friction = posterToPixels(plan.image, cardOnPoster(plan, "fr1")!);
    const frictionFill = matching(image, friction, hexToRgb(palette.kinds.frictionPoint.fill), 6);
    expect(frictionFill.length).toBeGreaterThan(friction.width * friction.height * 0.5);
    const delight = matching(image, whole, hexToRgb(palette.kinds.momentOfDelight.fill), 6);
    expect(delight.length).toBeLessThan(frictionFill.length / 50);
  });
});
