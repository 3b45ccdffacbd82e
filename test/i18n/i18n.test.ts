import { describe, expect, it } from "vitest";
import { applyDocumentLocale, directionOf, t } from "../../src/i18n";
import { formatMessage } from "../../src/i18n/format";

describe("i18n", () => {
  it("reads texts from the English catalogue and fills placeholders", () => {
    expect(t("app.name")).toBe("Waymark");
    expect(t("error.details", { message: "boom" })).toBe("What failed: boom");
  });

  it("chooses plural forms by the rules of the locale", () => {
    const message = {
      one: "{count} karta",
      few: "{count} karty",
      many: "{count} kart",
      other: "{count} karty",
    };
    expect(formatMessage("pl", message, { count: 1 })).toBe("1 karta");
    expect(formatMessage("pl", message, { count: 3 })).toBe("3 karty");
    expect(formatMessage("pl", message, { count: 5 })).toBe("5 kart");
    expect(t("import.done", { count: 1 })).toBe("Imported one journey.");
    expect(t("import.done", { count: 4 })).toBe("Imported 4 journeys.");
  });

  it("knows which languages are written right to left", () => {
    expect(directionOf("fa")).toBe("rtl");
    expect(directionOf("fa-IR")).toBe("rtl");
    expect(directionOf("pl")).toBe("ltr");
    expect(directionOf("en")).toBe("ltr");
  });

  it("sets lang and dir on the document", () => {
    document.documentElement.lang = "";
    document.documentElement.dir = "";
    applyDocumentLocale();
    expect(document.documentElement.lang).toBe("en");
    expect(document.documentElement.dir).toBe("ltr");
  });

  it("leaves an unknown placeholder visible rather than blank", () => {
    expect(formatMessage("en", "Hello {name}", {})).toBe("Hello {name}");
  });
});
