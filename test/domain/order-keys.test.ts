import fc from "fast-check";
import { base62CharSet, generateKeyBetween } from "fractional-indexing-jittered";
import { describe, expect, it } from "vitest";
import { isOrderKey } from "../../src/domain/order-keys";

const CHARS = base62CharSet();

/** The library's own answer: a key is usable when a key can be placed after it. */
function libraryAccepts(value: string): boolean {
  if (!/^[0-9A-Za-z]{2,200}$/.test(value)) return false;
  try {
    generateKeyBetween(value, null, CHARS);
    return true;
  } catch {
    return false;
  }
}

const base62 = fc.constantFrom(...CHARS.chars.split(""));

describe("isOrderKey", () => {
  it("agrees with the library on any string of its alphabet", () => {
    fc.assert(
      fc.property(fc.array(base62, { minLength: 0, maxLength: 40 }), (chars) => {
        const key = chars.join("");
        expect(isOrderKey(key)).toBe(libraryAccepts(key));
      }),
      { numRuns: 5000 },
    );
  });

  it("refuses keys whose head promises a longer integer part than they have", () => {
    expect(isOrderKey("a0")).toBe(true);
    expect(isOrderKey("b0")).toBe(false);
    expect(isOrderKey("b00")).toBe(true);
    expect(isOrderKey("Zz")).toBe(true);
    expect(isOrderKey("Y0")).toBe(false);
    expect(isOrderKey("0a")).toBe(false);
    expect(isOrderKey("a-")).toBe(false);
    expect(isOrderKey(3)).toBe(false);
  });
});
