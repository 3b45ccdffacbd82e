/**
 * XML text for SVG output. Every piece of user text goes through `xmlText` before it reaches the
 * SVG string, so a card titled `<script>` is drawn as those characters and never parsed as markup.
 */

/** Characters XML 1.0 forbids (C0 controls except tab, newline, return; U+FFFE, U+FFFF). */
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
/** A surrogate without its partner cannot be encoded; it would become U+FFFD anyway. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Escapes text for an XML text node or a quoted attribute value. */
export function xmlText(text: string): string {
  return text
    .replace(INVALID_XML, "")
    .replace(LONE_SURROGATE, "\ufffd")
    .replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** A number for an SVG attribute: at most two decimals, no exponent, never NaN. */
export function num(n: number): string {
  if (!Number.isFinite(n)) return "0";
  const rounded = Math.round(n * 100) / 100;
  return Object.is(rounded, -0) ? "0" : String(rounded);
}

const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;
/** Colours only ever come from our palettes or validated persona data; anything else is refused. */
export function safeColor(value: string, fallback: string): string {
  return HEX_COLOR.test(value) ? value : fallback;
}

/** Raster pictures only, base64 encoded: nothing an SVG could fetch or run. */
const SAFE_IMAGE_URL = /^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/]+={0,2}$/;
export function isSafeImageDataUrl(url: string): boolean {
  return SAFE_IMAGE_URL.test(url);
}
