import type { Page } from "@playwright/test";
import { PNG } from "pngjs";
import { expect, openApp, test } from "./support/fixtures";
import { storedWorkspace } from "./support/stored";
import { importFile, journeyFile } from "./support/journey-file";
import { reload } from "./support/workspace";
import { letPayloadsFire, watchForScript } from "./support/xss";

/**
 * Pictures inside an imported file are untrusted bytes: they must be decoded and encoded afresh
 * before they are stored, and anything that only claims to be a picture refuses the whole file.
 */

const PERSONA = "Picture Persona";
const JOURNEY = "Picture journey";

/** A journey file whose persona's avatar is the given data URL. */
function fileWithAvatar(dataUrl: string) {
  const file = journeyFile({
    journeyId: "pictureJourney1",
    personaId: "picturePersona1",
    persona: PERSONA,
    title: JOURNEY,
    cards: [{ id: "c1", stage: 0, lane: "touchpoints", title: "Welcome email" }],
  });
  (file.personas[0] as { avatar: unknown }).avatar = { kind: "image", dataUrl };
  return file;
}

const dataUrl = (type: string, bytes: Buffer) => `data:${type};base64,${bytes.toString("base64")}`;

/** Four upright bands of solid colour, so the picture can be recognised after resizing. */
const BANDS: [number, number, number][] = [
  [220, 30, 30],
  [30, 160, 60],
  [30, 60, 220],
  [250, 250, 250],
];
/** Words in a metadata chunk of the supplied PNG: re-encoded bytes cannot hold them. */
const MARKER = "original-bytes-kept";

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** A 320 x 160 PNG of the bands, with a tEXt chunk holding MARKER after its header. */
function bandsPng(): Buffer {
  const png = new PNG({ width: 320, height: 160 });
  for (let y = 0; y < png.height; y++)
    for (let x = 0; x < png.width; x++) {
      const [r, g, b] = BANDS[Math.floor(x / 80)]!;
      png.data.set([r, g, b, 255], (y * png.width + x) * 4);
    }
  const bytes = PNG.sync.write(png);
  const body = Buffer.concat([Buffer.from("tEXt"), Buffer.from(`Comment\0${MARKER}`, "latin1")]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(body.length - 4);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  // The signature is 8 bytes and the IHDR chunk 25: the text chunk goes right after them.
  return Buffer.concat([bytes.subarray(0, 33), length, body, crc, bytes.subarray(33)]);
}

interface StoredPersona {
  name: string;
  avatar: string;
  type?: string;
  bytes?: number[];
  width?: number;
  height?: number;
  /** The colour at the middle of each quarter of the width, half way down. */
  samples?: number[][];
}

/** The personas stored in IndexedDB, with a picture avatar's bytes and decoded pixels. */
async function storedPersonas(page: Page): Promise<StoredPersona[]> {
  const personas = Object.values((await storedWorkspace(page)).personas);
  const out: StoredPersona[] = [];
  for (const persona of personas) {
    if (persona.avatar.kind !== "image") {
      out.push({ name: persona.name, avatar: persona.avatar.kind });
      continue;
    }
    const { type, bytes } = persona.avatar.image;
    const decoded = await page.evaluate(
      async ([type, bytes]) => {
        const bitmap = await createImageBitmap(new Blob([new Uint8Array(bytes)], { type }));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext("2d")!;
        context.drawImage(bitmap, 0, 0);
        /** The colour at the middle of each quarter of the width, half way down. */
        const samples = [0, 1, 2, 3].map((band) =>
          Array.from(
            context.getImageData(
              Math.floor(((band + 0.5) / 4) * bitmap.width),
              Math.floor(bitmap.height / 2),
              1,
              1,
            ).data,
          ),
        );
        return { width: bitmap.width, height: bitmap.height, samples };
      },
      [type, Array.from(bytes)] as const,
    );
    out.push({ name: persona.name, avatar: "image", type, bytes: Array.from(bytes), ...decoded });
  }
  return out;
}

test.describe("pictures inside an imported file", () => {
  const svgWithScript = Buffer.from(
    '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" onload="window.__xss=101">' +
      "<script>window.__xss=102</script></svg>",
  );
  const refused: [string, string][] = [
    ["text bytes labelled as a PNG", dataUrl("image/png", Buffer.from("Shopping list: milk\n"))],
    ["an SVG with script labelled as a PNG", dataUrl("image/png", svgWithScript)],
    [
      "a PNG signature followed by rubbish",
      dataUrl("image/png", Buffer.concat([bandsPng().subarray(0, 40), Buffer.alloc(400, 7)])),
    ],
  ];
  for (const [what, avatar] of refused) {
    test(`refuses the whole file when a persona's picture is ${what}, and changes nothing`, async ({
      page,
    }) => {
      const check = await watchForScript(page);
      await openApp(page);
      await expect(page.getByText("1 persona · 1 journey")).toBeVisible();
      await importFile(page, fileWithAvatar(avatar), "pictures.waymark.json");
      await expect(page.getByRole("alert").getByRole("paragraph")).toHaveText(
        "Could not import “pictures.waymark.json”. It is damaged: persona 1 › avatar is not a " +
          "picture that can be opened. Nothing in your workspace was changed.",
      );
      await expect(page).toHaveURL(/#\/$/);
      await expect(page.getByText("1 persona · 1 journey")).toBeVisible();
      await expect(page.getByRole("link", { name: PERSONA })).toHaveCount(0);
      await reload(page);
      await expect(page.getByText("1 persona · 1 journey")).toBeVisible();
      const stored = await storedPersonas(page);
      expect(stored.map((p) => p.name)).not.toContain(PERSONA);
      expect(stored.filter((p) => p.avatar === "image")).toEqual([]);
      await letPayloadsFire(page);
      expect(await check()).toEqual({ ran: undefined, violations: [], dialogs: 0 });
    });
  }

  test("refuses a picture that says it is an SVG, before reading it", async ({ page }) => {
    const check = await watchForScript(page);
    await openApp(page);
    await importFile(page, fileWithAvatar(dataUrl("image/svg+xml", svgWithScript)), "svg.json");
    const alert = page.getByRole("alert");
    // Said in words, not as the schema's pattern.
    await expect(alert).toContainText(
      "Could not import “svg.json”. It is damaged: persona 1 › avatar › picture is not written the way Waymark writes it.",
    );
    await expect(alert).toContainText("Nothing in your workspace was changed.");
    await expect(page.getByText("1 persona · 1 journey")).toBeVisible();
    await letPayloadsFire(page);
    expect(await check()).toEqual({ ran: undefined, violations: [], dialogs: 0 });
  });

  test("stores a real PNG re-encoded at most 256 px wide, and shows it", async ({ page }) => {
    await openApp(page);
    const supplied = bandsPng();
    await importFile(page, fileWithAvatar(dataUrl("image/png", supplied)), "picture.waymark.json");
    await expect(page).toHaveURL(/#\/journey\/pictureJourney1$/);
    await expect(page.getByRole("alert")).toHaveCount(0);

    const findStored = async () =>
      (await storedPersonas(page)).find((p) => p.name === PERSONA && p.avatar === "image");
    await expect.poll(findStored).toBeDefined();
    const stored = (await findStored())!;
    const bytes = Buffer.from(stored.bytes!);
    // Not the bytes supplied, nor anything carried over from them (the metadata chunk).
    expect(bytes.equals(supplied)).toBe(false);
    expect(bytes.includes(Buffer.from(MARKER))).toBe(false);
    expect(["image/webp", "image/png"]).toContain(stored.type);
    // Scaled down to 256 px on the long side, and still the same picture.
    expect({ width: stored.width, height: stored.height }).toEqual({ width: 256, height: 128 });
    stored.samples!.forEach(([r, g, b, a], band) => {
      const [er, eg, eb] = BANDS[band]!;
      expect(
        Math.max(Math.abs(r! - er), Math.abs(g! - eg), Math.abs(b! - eb)),
        `band ${band}`,
      ).toBeLessThanOrEqual(12);
      expect(a).toBe(255);
    });

    // The persona header shows it, drawn from the stored bytes.
    const shown = async () => {
      const picture = page
        .getByRole("region", { name: "Persona" })
        .locator("img[data-avatar-kind='image']");
      await expect(picture).toBeVisible();
      return picture.evaluate(async (img: HTMLImageElement) => {
        await img.decode();
        const blob = await (await fetch(img.src)).blob();
        return {
          width: img.naturalWidth,
          height: img.naturalHeight,
          bytes: Array.from(new Uint8Array(await blob.arrayBuffer())),
        };
      });
    };
    expect(await shown()).toEqual({ width: 256, height: 128, bytes: stored.bytes });
    await reload(page);
    expect(await shown()).toEqual({ width: 256, height: 128, bytes: stored.bytes });
  });
});
