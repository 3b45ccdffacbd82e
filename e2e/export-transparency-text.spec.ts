import { posterToPixels } from "../src/export/image-plan";
import { cardOnPoster, planPoster } from "../src/export/poster-plan";
import { paletteFor } from "../src/export/palette";
import { EXPORT_FONT_STACK, TEXT } from "../src/export/text-style";
import { expect, openApp, test } from "./support/fixtures";
import { buildJourney, importJourney } from "./support/export-journey";
import {
  DEFAULT_OPTIONS,
  POLISH,
  SAMPLE,
  bytesOf,
  card,
  download,
  expectTitleAt,
  openExport,
} from "./support/export";
import {
  alphaCounts,
  decodePng,
  hexToRgb,
  inkColumns,
  inkLikeness,
  matching,
  pixel,
  type Pixels,
} from "./support/png";

test.describe("exporting images", () => {
  test("a transparent PNG has see-through pixels around the map; a white one has none", async ({
    page,
  }) => {
    const data = buildJourney(SAMPLE);
    await openApp(page);
    await importJourney(page, data);
    const dialog = await openExport(page);
    const background = dialog.getByLabel("Background");
    const images: Record<string, Pixels> = {};
    for (const label of ["Transparent", "White"]) {
      await background.selectOption({ label });
      const file = await download(page, () =>
        dialog.getByRole("button", { name: "Download", exact: true }).click(),
      );
      images[label] = decodePng(await bytesOf(file));
    }
    const transparent = images.Transparent!;
    const white = images.White!;
    const total = transparent.width * transparent.height;
    // The slide's margins and the gaps between header, map and legend are clear...
    expect(pixel(transparent, 0, 0)[3]).toBe(0);
    expect(alphaCounts(transparent).transparent).toBeGreaterThan(total * 0.05);
    // ...while the cards are still drawn, opaque, where the layout puts them.
    const plan = planPoster(
      data.journey,
      { ...DEFAULT_OPTIONS, background: "transparent" },
      "slide1080",
    );
    const friction = posterToPixels(plan.image, cardOnPoster(plan, "fr1")!);
    const fill = matching(
      transparent,
      friction,
      hexToRgb(paletteFor("transparent").kinds.frictionPoint.fill),
      6,
    );
    expect(fill.length).toBeGreaterThan(friction.width * friction.height * 0.5);
    await expectTitleAt(page, transparent, plan, card("fr1"));

    expect(alphaCounts(white)).toEqual({ transparent: 0, translucent: 0 });
    expect(pixel(white, 0, 0)).toEqual([255, 255, 255, 255]);
  });

  test("Polish card titles are in the SVG exactly and drawn in the PNG in the embedded font", async ({
    page,
    context,
  }) => {
    const data = buildJourney({
      title: "Zakupy na tydzień",
      stages: ["Świadomość", "Zakup"],
      cards: [
        { id: "pl", kind: "touchpoint", stage: 0, lane: "touchpoints", title: POLISH },
        { id: "other", kind: "touchpoint", stage: 1, lane: "touchpoints", title: "Płatność" },
      ],
    });
    await openApp(page);
    await importJourney(page, data);
    const dialog = await openExport(page);

    await dialog.getByLabel("Format").selectOption({ label: "SVG" });
    const svgFile = await download(page, () =>
      dialog.getByRole("button", { name: "Download", exact: true }).click(),
    );
    const blank = await context.newPage();
    const svg = await blank.evaluate(
      ({ text, className }) => {
        const doc = new DOMParser().parseFromString(text, "image/svg+xml");
        return {
          titles: [...doc.querySelectorAll(`text.${className}`)].map((el) => el.textContent),
          fontFaces: [...doc.querySelectorAll("style")]
            .map((el) => el.textContent ?? "")
            .join("")
            .match(/@font-face\{[^}]*\}/g)!
            .map((rule) => rule.replace(/url\([^)]*\)/, "url(…)")),
        };
      },
      { text: (await bytesOf(svgFile)).toString("utf8"), className: TEXT.cardTitle.className },
    );
    await blank.close();
    // The title as typed, on one line, in NFC (no decomposed accents).
    expect(svg.titles).toContain(POLISH);
    expect(svg.titles.find((title) => title === POLISH)!.normalize("NFC")).toBe(POLISH);
    // The embedded fonts cover ą ę ł ż ź ś ć ń ó: the Latin Extended subset, in the titles' weight.
    expect(
      svg.fontFaces.some(
        (rule) =>
          rule.includes(`font-weight:${TEXT.cardTitle.weight}`) && rule.includes("U+0100-02BA"),
      ),
    ).toBe(true);

    await dialog.getByLabel("Format").selectOption({ label: "PNG" });
    await dialog.getByLabel("Size").selectOption({ label: "3840 × 2160" });
    const pngFile = await download(page, () =>
      dialog.getByRole("button", { name: "Download", exact: true }).click(),
    );
    const image = decodePng(await bytesOf(pngFile));
    const plan = planPoster(data.journey, DEFAULT_OPTIONS, "slide2160", true);
    const k = plan.image.scale * plan.image.pixelRatio;
    const region = await expectTitleAt(page, image, plan, {
      id: "pl",
      kind: "touchpoint",
      title: POLISH,
    });
    // The same title drawn in the page with the export font at the image's size: its ink has the
    // same shape, column by column (tofu, a fallback font or lost accents would not).
    const palette = paletteFor("white");
    const reference = await page.evaluate(
      ({ font, text, color, size }) => {
        const canvas = document.createElement("canvas");
        const context = canvas.getContext("2d")!;
        context.font = font;
        canvas.width = Math.ceil(context.measureText(text).width) + 8;
        canvas.height = Math.ceil(size * 2);
        context.fillStyle = "#ffffff";
        context.fillRect(0, 0, canvas.width, canvas.height);
        context.font = font;
        context.fillStyle = color;
        context.fillText(text, 4, Math.round(size * 1.3));
        const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
        const columns = new Array<number>(canvas.width).fill(0);
        for (let i = 0; i < data.length; i += 4) {
          const luminance = 0.2126 * data[i]! + 0.7152 * data[i + 1]! + 0.0722 * data[i + 2]!;
          if (luminance < 110) columns[(i / 4) % canvas.width]!++;
        }
        return columns;
      },
      {
        font: `${TEXT.cardTitle.weight} ${TEXT.cardTitle.size * k}px ${EXPORT_FONT_STACK}`,
        text: POLISH,
        color: palette.cardText,
        size: TEXT.cardTitle.size * k,
      },
    );
    const drawn = inkColumns(image, region);
    const sum = (columns: number[]) => columns.reduce((a, b) => a + b, 0);
    expect(sum(drawn) / sum(reference)).toBeGreaterThan(0.8);
    expect(sum(drawn) / sum(reference)).toBeLessThan(1.25);
    expect(inkLikeness(drawn, reference)).toBeGreaterThan(0.9);
  });
});
