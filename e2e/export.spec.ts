import { readFile } from "node:fs/promises";
import type { Download, Page } from "@playwright/test";
import JSZip from "jszip";
import Papa from "papaparse";
import { emotionGeometry, type ElementKind } from "../src/domain";
import type { PosterOptions } from "../src/export/geometry";
import { MAX_CANVAS_PIXELS, posterToPixels, type SizeChoice } from "../src/export/image-plan";
import { cardOnPoster, planPoster } from "../src/export/poster-plan";
import { cardInsets } from "../src/export/kind-shapes";
import { paletteFor } from "../src/export/palette";
import { EXPORT_FONT_STACK, TEXT, cssFont } from "../src/export/text-style";
import { expect, openApp, seriousA11yViolations, test } from "./support/fixtures";
import { buildJourney, importJourney, type JourneySpec } from "./support/export-journey";
import {
  alphaCounts,
  coverage,
  decodePng,
  distinctColors,
  hexToRgb,
  inkColumns,
  inkLikeness,
  inkSpan,
  matching,
  pixel,
  type Pixels,
  type Region,
} from "./support/png";

const PERSIAN = "سفارش خرید هفتگی";
const POLISH = "Zażółć gęślą jaźń";

/** A small journey whose every position the test can compute with the app's own layout code. */
const SAMPLE: JourneySpec = {
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

const DEFAULT_OPTIONS: PosterOptions = {
  scope: { kind: "journey" },
  personaHeader: true,
  legend: true,
  emotionCurve: true,
  background: "white",
};

function card(id: string): { id: string; kind: ElementKind; title: string } {
  const spec = SAMPLE.cards.find((c) => c.id === id)!;
  return { id, kind: spec.kind, title: spec.title };
}

async function openExport(page: Page) {
  await page.getByRole("button", { name: "Export", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Export" });
  await expect(dialog).toBeVisible();
  // The preview appears once fonts are ready: the dialog is fully working from then on.
  await expect(dialog.getByRole("img", { name: "Preview of the exported image" })).toBeVisible();
  return dialog;
}

async function download(page: Page, click: () => Promise<void>): Promise<Download> {
  const [file] = await Promise.all([page.waitForEvent("download"), click()]);
  return file;
}

async function bytesOf(file: Download): Promise<Buffer> {
  return readFile(await file.path());
}

/** Width of a text in the export's card title font, measured in the page (fonts loaded there). */
function measureTitle(page: Page, title: string): Promise<number> {
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
async function expectTitleAt(
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

  test("shows progress for a slow export and keeps the page painting while it runs", async ({
    page,
  }) => {
    await openApp(page);
    // The sample journey: six stages, each drawn as its own 3840 × 2160 PNG.
    await page.getByRole("link", { name: "Weekly grocery order on the phone" }).first().click();
    const dialog = await openExport(page);
    await dialog.getByLabel("Size").selectOption({ label: "3840 × 2160" });
    await dialog.getByLabel("Scope").selectOption({ label: "Every stage as its own image" });
    let downloads = 0;
    page.on("download", () => downloads++);
    // Every animation frame notes how far the export is, as its progress bar shows it: frames
    // keep coming only while the export leaves the page free to paint.
    await page.evaluate(() => {
      const seen: number[] = [];
      (window as unknown as { framesSeen: number[] }).framesSeen = seen;
      const tick = () => {
        const bar = document.querySelector<HTMLProgressElement>('progress[aria-label="Exporting"]');
        if (bar) seen.push(bar.value);
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    await dialog.getByRole("button", { name: "Download", exact: true }).click();
    const progress = dialog.getByRole("progressbar", { name: "Exporting" });
    await expect(progress).toBeVisible();
    await expect(progress).toHaveAttribute("max", "6");
    await expect(dialog).toContainText(/Drawing image [1-6] of 6…/);
    await expect(dialog.getByRole("status")).toHaveText("Downloaded 6 images.");
    await expect(progress).toBeHidden();
    await expect.poll(() => downloads).toBe(6);
    const seen = await page.evaluate(
      () => (window as unknown as { framesSeen: number[] }).framesSeen,
    );
    // The page painted while at least two different images were being drawn.
    expect(new Set(seen).size).toBeGreaterThanOrEqual(2);
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

  test("writes an SVG with no script, handler or outside reference whatever the card text", async ({
    page,
    context,
  }) => {
    const hostile = [
      "<script>alert(1)</script>",
      '<img src=x onerror="alert(2)">',
      '"><svg onload=alert(3)>',
      "]]><script>alert(4)</script><![CDATA[",
      '<a href="javascript:alert(5)">click</a>',
      "<foreignObject><iframe src=//evil.example></iframe></foreignObject>",
    ];
    const data = buildJourney({
      title: '<style>@import url("https://evil.example/x.css");</style>',
      stages: ["<use href='https://evil.example/s.svg#x'/>", "&amp; &#x3c;b&#x3e;"],
      cards: hostile.map((title, i) => ({
        id: `h${i}`,
        kind: i % 2 ? "frictionPoint" : "touchpoint",
        stage: i % 2,
        lane: i % 2 ? "frictionPoints" : "touchpoints",
        title,
        satisfaction: 3,
        painPoints: [{ text: `onmouseover=alert(${i})`, severity: "high" }],
      })),
      persona: {
        name: '<image href="https://evil.example/p.png"/>',
        quote: "xlink:href=javascript:alert(6)",
        goals: ["<script src=//evil.example/g.js></script>"],
      },
    });
    await openApp(page);
    await importJourney(page, data);
    const dialog = await openExport(page);
    await dialog.getByLabel("Format").selectOption({ label: "SVG" });
    const file = await download(page, () =>
      dialog.getByRole("button", { name: "Download", exact: true }).click(),
    );
    expect(file.suggestedFilename()).toMatch(/\.svg$/);
    const text = (await bytesOf(file)).toString("utf8");

    // Parsed in a blank page: the app's Content-Security-Policy would report the SVG's own style
    // sheet as an inline style, which says nothing about the file.
    const blank = await context.newPage();
    const report = await blank.evaluate((svg) => {
      const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
      const all = [...doc.querySelectorAll("*")];
      const attributes = all.flatMap((el) =>
        [...el.attributes].map((a) => ({ element: el.localName, name: a.name, value: a.value })),
      );
      return {
        parseErrors: doc.getElementsByTagName("parsererror").length,
        root: doc.documentElement.localName,
        elements: [...new Set(all.map((el) => el.localName))].sort(),
        handlers: attributes.filter((a) => /^on/i.test(a.name)).map((a) => a.name),
        links: attributes
          .filter((a) => /(^|:)href$/i.test(a.name) || a.name === "src")
          .map((a) => a.value.slice(0, 40)),
        urls: attributes
          .filter((a) => /url\(/i.test(a.value))
          .map((a) => a.value)
          .filter((v) => !/^url\(#[\w-]+\)$/.test(v)),
        styles: [...doc.querySelectorAll("style")].map((s) => s.textContent ?? ""),
        text: doc.documentElement.textContent ?? "",
      };
    }, text);
    await blank.close();

    expect(report.parseErrors).toBe(0);
    expect(report.root).toBe("svg");
    for (const forbidden of [
      "script",
      "foreignObject",
      "iframe",
      "a",
      "use",
      "image",
      "object",
      "embed",
    ])
      expect(report.elements).not.toContain(forbidden);
    expect(report.handlers).toEqual([]);
    expect(report.links).toEqual([]);
    expect(report.urls).toEqual([]);
    for (const style of report.styles) {
      expect(style).not.toMatch(/@import/i);
      const urls = [...style.matchAll(/url\(([^)]*)\)/g)].map((m) => m[1]!);
      for (const url of urls) expect(url).toMatch(/^data:font\/woff2;base64,/);
    }
    // The payloads are there, as text a person can read.
    for (const payload of ["<script>alert(1)</script>", '"><svg onload=alert(3)>', "<use href="])
      expect(report.text).toContain(payload);
  });

  test("copies a PNG to the clipboard in Chromium with the permission granted", async ({
    page,
    context,
  }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await openApp(page);
    await importJourney(page, buildJourney(SAMPLE));
    const dialog = await openExport(page);
    await dialog.getByRole("button", { name: "Copy to clipboard" }).click();
    await expect(dialog.getByRole("status")).toHaveText("Copied the image to the clipboard.");
    const base64 = await page.evaluate(async () => {
      const items = await navigator.clipboard.read();
      const item = items.find((i) => i.types.includes("image/png"));
      if (!item) return null;
      const bytes = new Uint8Array(await (await item.getType("image/png")).arrayBuffer());
      let binary = "";
      for (const byte of bytes) binary += String.fromCharCode(byte);
      return btoa(binary);
    });
    expect(base64).not.toBeNull();
    const image = decodePng(Buffer.from(base64!, "base64"));
    expect([image.width, image.height]).toEqual([1920, 1080]);
    expect(coverage(image)).toBeGreaterThan(0.15);
  });

  test("says plainly when the browser cannot put images on the clipboard", async ({ page }) => {
    // A browser without the async clipboard's ClipboardItem (as Firefox was until 2024).
    await page.addInitScript(() => {
      delete (window as { ClipboardItem?: unknown }).ClipboardItem;
    });
    await openApp(page);
    await importJourney(page, buildJourney(SAMPLE));
    const dialog = await openExport(page);
    await dialog.getByRole("button", { name: "Copy to clipboard" }).click();
    await expect(dialog.getByRole("status")).toHaveText(
      "This browser does not let web pages put images on the clipboard. Download the PNG instead.",
    );
    // Nothing is stuck: the image can still be downloaded.
    await expect(dialog.getByRole("button", { name: "Download", exact: true })).toBeEnabled();
  });

  test("warns when titles would be too small on a slide, at 4K as at 1080p, and offers one image per stage", async ({
    page,
  }) => {
    const stages = Array.from({ length: 14 }, (_, i) => `Step ${i + 1}`);
    await openApp(page);
    await importJourney(
      page,
      buildJourney({
        title: "A long journey",
        stages,
        cards: stages.map((_, i) => ({
          id: `c${i}`,
          kind: "touchpoint",
          stage: i,
          lane: "touchpoints",
          title: `Touchpoint ${i + 1}`,
          satisfaction: ((i % 5) + 1) as 1 | 2 | 3 | 4 | 5,
        })),
      }),
    );
    const dialog = await openExport(page);
    const warning = dialog.getByRole("note").filter({ hasText: "too small to read" });
    await expect(warning).toContainText("Shown on a 1280 × 800 projector, card titles would be");
    const at1080 = await warning.getByRole("paragraph").textContent();
    // A 4K slide is shown at the same size: offered only for zooming in, with the same verdict.
    await warning.getByRole("button", { name: /^3840.×.2160, to zoom into$/ }).click();
    await expect(dialog.getByLabel("Size")).toHaveValue("slide2160");
    await expect(warning).toContainText("is sharper, not larger");
    expect(await warning.getByRole("paragraph").textContent()).toBe(at1080);

    await warning.getByRole("button", { name: "One image per stage" }).click();
    await expect(dialog.getByLabel("Scope")).toHaveValue("eachStage");
    await expect(warning).toBeHidden();
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

  test("has an accessible dialog that opens and closes from the keyboard", async ({ page }) => {
    await openApp(page);
    await importJourney(page, buildJourney(SAMPLE));
    const button = page.getByRole("button", { name: "Export", exact: true });
    await button.focus();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Export" });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel("Format")).toBeVisible();
    await expect(dialog.getByRole("img", { name: "Preview of the exported image" })).toBeVisible();
    expect(await seriousA11yViolations(page, ".wm-dialog")).toEqual([]);
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(button).toBeFocused();
  });
});

test.describe("exporting slides and spreadsheets", () => {
  test("downloads a .pptx deck: title, map, one slide per stage, top pain points with notes", async ({
    page,
  }) => {
    await openApp(page);
    await importJourney(page, buildJourney(SAMPLE));
    const dialog = await openExport(page);
    const file = await download(page, () =>
      dialog.getByRole("button", { name: "Download slide deck (.pptx)" }).click(),
    );
    expect(file.suggestedFilename()).toMatch(/^Order groceries \d{4}-\d{2}-\d{2}\.pptx$/);
    const zip = await JSZip.loadAsync(await bytesOf(file));
    const slides = Object.keys(zip.files).filter((name) =>
      /^ppt\/slides\/slide\d+\.xml$/.test(name),
    );
    expect(slides).toHaveLength(SAMPLE.stages.length + 3);
    const slideXml = (n: number) => zip.file(`ppt/slides/slide${n}.xml`)!.async("string");
    expect(await slideXml(1)).toContain("Maya Kowalska");
    const last = await slideXml(slides.length);
    expect(last).toContain("Top pain points");
    // By severity: the high one comes before the medium one.
    expect(last.indexOf("Card declined twice")).toBeLessThan(last.indexOf("Waited four minutes"));
    const notes = await Promise.all(
      Object.keys(zip.files)
        .filter((name) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(name))
        .map((name) => zip.file(name)!.async("string")),
    );
    const painNotes = notes.find((xml) => xml.includes("Pain points by stage"));
    expect(painNotes).toBeDefined();
    for (const text of ["Discover", "Pay", "Card declined twice", "Waited four minutes"])
      expect(painNotes).toContain(text);
    // The map slides are pictures.
    expect(
      Object.keys(zip.files).filter((n) => /^ppt\/media\/.+\.png$/.test(n)).length,
    ).toBeGreaterThanOrEqual(SAMPLE.stages.length + 1);
  });

  test("downloads a CSV with a byte-order mark whose Polish and Persian text parses back", async ({
    page,
  }) => {
    const data = buildJourney({
      title: "Zakupy / خرید",
      stages: ["Świadomość", "آگاهی"],
      cards: [
        {
          id: "pl",
          kind: "touchpoint",
          stage: 0,
          lane: "touchpoints",
          title: POLISH,
          satisfaction: 2,
          painPoints: [{ text: "Długie kolejki", severity: "high" }],
          votes: 3,
          channel: { kind: "standard", id: "mobileApp" },
        },
        { id: "fa", kind: "frictionPoint", stage: 1, lane: "frictionPoints", title: PERSIAN },
        { id: "q", kind: "note", stage: 1, lane: "backstage", title: 'Quote "this", and, commas' },
      ],
    });
    await openApp(page);
    await importJourney(page, data);
    const dialog = await openExport(page);
    const file = await download(page, () =>
      dialog.getByRole("button", { name: "Download CSV" }).click(),
    );
    expect(file.suggestedFilename()).toMatch(/\.csv$/);
    const bytes = await bytesOf(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const parsed = Papa.parse<string[]>(bytes.subarray(3).toString("utf8"), {
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    const [header, ...rows] = parsed.data;
    expect(header).toEqual([
      "Stage",
      "Lane",
      "Kind",
      "Title",
      "Satisfaction",
      "Pain points",
      "Metrics",
      "Channel",
      "Owner",
      "Votes",
    ]);
    expect(rows).toEqual([
      [
        "Świadomość",
        "Touchpoints",
        "Touchpoint",
        POLISH,
        "2",
        "Długie kolejki (High)",
        "",
        "Mobile app",
        "",
        "3",
      ],
      ["آگاهی", "Friction points", "Friction point", PERSIAN, "", "", "", "", "", "0"],
      ["آگاهی", "Backstage", "Note", 'Quote "this", and, commas', "", "", "", "", "", "0"],
    ]);
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
