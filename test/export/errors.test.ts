import { describe, expect, it } from "vitest";
import { ExportError, failureMessage, type ExportErrorCode } from "../../src/export/errors";
import { canvasMeasurer } from "../../src/export/measure";
import { t } from "../../src/i18n";

const CODES: ExportErrorCode[] = [
  "noCanvas",
  "drawFailed",
  "encodeFailed",
  "noTextMeasure",
  "fontsUnavailable",
];

describe("export failures", () => {
  it("are worded by the catalogue, one message per code", () => {
    const messages = CODES.map((code) => failureMessage(new ExportError(code)));
    expect(messages).toEqual(CODES.map((code) => t(`export.error.${code}`)));
    expect(new Set(messages).size).toBe(CODES.length);
    for (const message of messages) expect(message).not.toContain("export.error");
  });

  it("never show a foreign error's own text, which is in no catalogue", () => {
    for (const error of [
      new Error("The source image cannot be decoded."),
      new TypeError("Failed to fetch"),
      "a string",
    ]) {
      expect(failureMessage(error)).toBe(t("export.failed"));
      expect(failureMessage(error)).not.toContain(String(error));
    }
  });

  it("name the cause when the browser has no canvas to measure text with", () => {
    // The test DOM has no 2D canvas, like a browser with canvas turned off.
    const error: unknown = (() => {
      try {
        canvasMeasurer();
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(ExportError);
    expect((error as ExportError).code).toBe("noTextMeasure");
  });
});
