import interCyrillic400 from "@fontsource/inter/files/inter-cyrillic-400-normal.woff2?url";
import interCyrillic600 from "@fontsource/inter/files/inter-cyrillic-600-normal.woff2?url";
import interGreek400 from "@fontsource/inter/files/inter-greek-400-normal.woff2?url";
import interGreek600 from "@fontsource/inter/files/inter-greek-600-normal.woff2?url";
import interLatin400 from "@fontsource/inter/files/inter-latin-400-normal.woff2?url";
import interLatin600 from "@fontsource/inter/files/inter-latin-600-normal.woff2?url";
import interLatinExt400 from "@fontsource/inter/files/inter-latin-ext-400-normal.woff2?url";
import interLatinExt600 from "@fontsource/inter/files/inter-latin-ext-600-normal.woff2?url";
import vazirmatnArabic400 from "@fontsource/vazirmatn/files/vazirmatn-arabic-400-normal.woff2?url";
import vazirmatnArabic600 from "@fontsource/vazirmatn/files/vazirmatn-arabic-600-normal.woff2?url";
import { ExportError } from "./errors";
import { EXPORT_FONT_ARABIC, EXPORT_FONT_LATIN } from "./text-style";

/**
 * Fonts embedded in every export, so Polish and Persian text look the same in a PNG, a JPEG, an
 * SVG opened elsewhere and the preview: Inter for Latin, Greek and Cyrillic, Vazirmatn for the
 * Arabic script (Persian). Files are the app's own built assets (only their URLs are in this
 * module, itself loaded on first export), fetched when an export needs them, and only the
 * subsets the journey's text uses.
 */

type Subset = "latin" | "latinExt" | "cyrillic" | "greek" | "arabic";

interface FontFile {
  family: string;
  subset: Subset;
  weight: 400 | 600;
  url: string;
  unicodeRange: string;
}

const RANGES: Record<Subset, string> = {
  latin:
    "U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD",
  latinExt:
    "U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF",
  cyrillic: "U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116",
  greek: "U+0370-0377,U+037A-037F,U+0384-038A,U+038C,U+038E-03A1,U+03A3-03FF",
  arabic:
    "U+0600-06FF,U+0750-077F,U+0870-088E,U+0890-0891,U+0897-08E1,U+08E3-08FF,U+200C-200E,U+2010-2011,U+204F,U+2E41,U+FB50-FDFF,U+FE70-FE74,U+FE76-FEFC",
};

/** Characters that call for each optional subset (Latin is always embedded). */
const NEEDS: Record<Exclude<Subset, "latin">, RegExp> = {
  latinExt: /[\u0100-\u02ff\u1d00-\u1eff\u2c60-\u2c7f\ua720-\ua7ff]/,
  cyrillic: /[\u0400-\u045f\u0490-\u0491\u04b0-\u04b1]/,
  greek: /[\u0370-\u03ff]/,
  arabic: /[\u0600-\u06ff\u0750-\u077f\u0870-\u08ff\ufb50-\ufdff\ufe70-\ufefc]/,
};

const FILES: FontFile[] = [
  { family: EXPORT_FONT_LATIN, subset: "latin", weight: 400, url: interLatin400 },
  { family: EXPORT_FONT_LATIN, subset: "latin", weight: 600, url: interLatin600 },
  { family: EXPORT_FONT_LATIN, subset: "latinExt", weight: 400, url: interLatinExt400 },
  { family: EXPORT_FONT_LATIN, subset: "latinExt", weight: 600, url: interLatinExt600 },
  { family: EXPORT_FONT_LATIN, subset: "cyrillic", weight: 400, url: interCyrillic400 },
  { family: EXPORT_FONT_LATIN, subset: "cyrillic", weight: 600, url: interCyrillic600 },
  { family: EXPORT_FONT_LATIN, subset: "greek", weight: 400, url: interGreek400 },
  { family: EXPORT_FONT_LATIN, subset: "greek", weight: 600, url: interGreek600 },
  { family: EXPORT_FONT_ARABIC, subset: "arabic", weight: 400, url: vazirmatnArabic400 },
  { family: EXPORT_FONT_ARABIC, subset: "arabic", weight: 600, url: vazirmatnArabic600 },
].map((file) => ({ ...file, unicodeRange: RANGES[file.subset as Subset] }) as FontFile);

export function subsetsFor(text: string): Set<Subset> {
  const subsets = new Set<Subset>(["latin"]);
  for (const [subset, pattern] of Object.entries(NEEDS) as [Subset, RegExp][])
    if (pattern.test(text)) subsets.add(subset);
  return subsets;
}

interface LoadedFont {
  file: FontFile;
  base64: string;
}

const loaded = new Map<string, Promise<LoadedFont>>();

function toBase64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function load(file: FontFile): Promise<LoadedFont> {
  let promise = loaded.get(file.url);
  if (!promise) {
    promise = (async () => {
      try {
        const response = await fetch(file.url);
        if (!response.ok) throw new Error(`font ${file.url}: HTTP ${response.status}`);
        const buffer = await response.arrayBuffer();
        // The page gets the same face, so the canvas measures text exactly as the image draws it.
        const face = new FontFace(file.family, buffer, {
          weight: String(file.weight),
          unicodeRange: file.unicodeRange,
        });
        await face.load();
        document.fonts.add(face);
        return { file, base64: toBase64(buffer) };
      } catch (error) {
        // Whatever went wrong (offline before caching, a refused font), the person can only retry.
        throw new ExportError("fontsUnavailable", { cause: error });
      }
    })();
    promise.catch(() => loaded.delete(file.url));
    loaded.set(file.url, promise);
  }
  return promise;
}

/**
 * Loads the fonts the text needs (into the page, for measuring) and returns their `@font-face`
 * rules with the files inlined as data: URLs, for the SVG.
 */
export async function loadExportFonts(text: string): Promise<string> {
  const subsets = subsetsFor(text);
  const fonts = await Promise.all(FILES.filter((f) => subsets.has(f.subset)).map(load));
  return fonts
    .map(
      ({ file, base64 }) =>
        `@font-face{font-family:"${file.family}";font-style:normal;font-weight:${file.weight};src:url(data:font/woff2;base64,${base64}) format("woff2");unicode-range:${file.unicodeRange}}`,
    )
    .join("");
}
