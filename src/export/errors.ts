import { t } from "../i18n";

/**
 * Why an export failed, as a code the catalogue words in the person's language. Code that can
 * fail in a way a person can act on throws an ExportError; its message is the code, for
 * developers, and never shown. Anything else (a browser's own error, a bug) gets a general
 * message rather than English text from outside the catalogue.
 */
export type ExportErrorCode =
  /** No 2D canvas context: the browser cannot draw a PNG or JPEG (an SVG needs none). */
  | "noCanvas"
  /** The browser could not read the poster's SVG back as an image (often: too large). */
  | "drawFailed"
  /** The canvas could not be encoded as the chosen format. */
  | "encodeFailed"
  /** No canvas to measure text with, which laying out any image needs. */
  | "noTextMeasure"
  /** The bundled fonts could not be fetched or loaded. */
  | "fontsUnavailable";

export class ExportError extends Error {
  constructor(
    readonly code: ExportErrorCode,
    options?: { cause?: unknown },
  ) {
    super(code, options);
    this.name = "ExportError";
  }
}

/** What the dialog says when an export fails. */
export function failureMessage(error: unknown): string {
  return error instanceof ExportError ? t(`export.error.${error.code}`) : t("export.failed");
}
