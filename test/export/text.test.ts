import { describe, expect, it } from "vitest";
import { hasRtlScript, rtlLanguage, textDirection } from "../../src/export/bidi";
import { ellipsize, wrapText, wrapWhole } from "../../src/export/text-layout";
import { TEXT } from "../../src/export/text-style";
import { num, xmlText } from "../../src/export/xml";
import { fakeMeasure } from "../helpers/measure";

const style = TEXT.cardTitle; // 16 px semibold: 9.6 units per character with the fake measurer

describe("XML text", () => {
  it("escapes markup characters so text can never become markup", () => {
    expect(xmlText(`<script>alert("x") & 'y'</script>`)).toBe(
      "&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;",
    );
  });

  it("drops characters XML forbids and repairs lone surrogates", () => {
    expect(xmlText("a\u0000b\u0008c\u001fd\ufffee")).toBe("abcde");
    expect(xmlText("tab\tand\nnewline")).toBe("tab\tand\nnewline");
    expect(xmlText("x\ud800y")).toBe("x\ufffdy");
    expect(xmlText("🛒")).toBe("🛒");
  });

  it("writes numbers without exponents, NaN or negative zero", () => {
    expect(num(1 / 3)).toBe("0.33");
    expect(num(-0.001)).toBe("0");
    expect(num(Number.NaN)).toBe("0");
    expect(num(1e21 * 0 + 12.5)).toBe("12.5");
  });
});

describe("text direction", () => {
  it("follows the first strong character", () => {
    expect(textDirection("سفارش خرید هفتگی")).toBe("rtl");
    expect(textDirection("42 سفارش")).toBe("rtl");
    expect(textDirection("Order سفارش")).toBe("ltr");
    expect(textDirection("Zażółć gęślą jaźń")).toBe("ltr");
    expect(textDirection("שלום")).toBe("rtl");
    expect(textDirection("123 !")).toBe("ltr");
  });

  it("knows when text holds a right-to-left script", () => {
    expect(hasRtlScript("Order سفارش")).toBe(true);
    expect(hasRtlScript("Zażółć")).toBe(false);
  });
});

describe("language of right-to-left text", () => {
  it("tells Persian from Arabic by the letters only Persian writes, and knows Hebrew", () => {
    expect(rtlLanguage("پرداخت آنلاین")).toBe("fa-IR");
    expect(rtlLanguage("سبد خرید کامل")).toBe("fa-IR");
    expect(rtlLanguage("الدفع عبر الإنترنت")).toBe("ar-SA");
    expect(rtlLanguage("תשלום מקוון")).toBe("he-IL");
    expect(rtlLanguage("Online payment")).toBeUndefined();
  });
});

describe("wrapping card titles", () => {
  it("keeps a short title on one line", () => {
    expect(wrapText(fakeMeasure, "Checkout queue", style, 200, 3)).toEqual(["Checkout queue"]);
  });

  it("wraps between words to the width", () => {
    // 200 units hold 20 characters.
    expect(wrapText(fakeMeasure, "Compares plans on the phone at night", style, 200, 3)).toEqual([
      "Compares plans on",
      "the phone at night",
    ]);
  });

  it("stops at three lines and ends the last one with an ellipsis", () => {
    const lines = wrapText(
      fakeMeasure,
      "one two three four five six seven eight nine ten eleven twelve thirteen fourteen",
      style,
      100,
      3,
    );
    expect(lines).toHaveLength(3);
    expect(lines[2]!.endsWith("…")).toBe(true);
    for (const line of lines) expect(fakeMeasure(line, style)).toBeLessThanOrEqual(100);
  });

  it("breaks a word longer than the line with a hyphen, where its script hyphenates", () => {
    const lines = wrapText(fakeMeasure, "Supercalifragilistic", style, 96, 3);
    expect(lines).toEqual(["Supercali-", "fragilist-", "ic"]);
    for (const line of lines) expect(fakeMeasure(line, style)).toBeLessThanOrEqual(96);
    expect(lines.join("").replace(/-/g, "")).toBe("Supercalifragilistic");
    // Persian is not hyphenated.
    const persian = wrapText(fakeMeasure, "خیلی‌خیلی‌طولانی‌ترین‌کلمه", style, 96, 3);
    expect(persian.some((line) => line.endsWith("-"))).toBe(false);
  });

  it("draws nothing for an empty or blank title", () => {
    expect(wrapText(fakeMeasure, "   ", style, 200, 3)).toEqual([]);
  });

  it("shortens a single line with an ellipsis only when it does not fit", () => {
    expect(ellipsize(fakeMeasure, "Short", style, 200)).toBe("Short");
    const cut = ellipsize(fakeMeasure, "A title far too long for its box", style, 100);
    expect(cut.endsWith("…")).toBe(true);
    expect(fakeMeasure(cut, style)).toBeLessThanOrEqual(100);
  });
});

describe("wrapping text that must not be cut", () => {
  it("gives all of the text on whole-word lines when it fits that many", () => {
    expect(wrapWhole(fakeMeasure, "Loyalty  and\nadvocacy", style, 120, 2)).toEqual([
      "Loyalty and",
      "advocacy",
    ]);
  });

  it("says so when the text needs more lines, or a word would be broken", () => {
    expect(wrapWhole(fakeMeasure, "Loyalty and advocacy", style, 120, 1)).toBeNull();
    expect(wrapWhole(fakeMeasure, "Supercalifragilistic", style, 96, 3)).toBeNull();
  });
});
