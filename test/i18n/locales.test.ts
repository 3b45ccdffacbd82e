import { afterEach, describe, expect, it } from "vitest";
import {
  loadLocale,
  setLocale,
  t,
  parseNumber,
  formatNumber,
  preferredLocale,
} from "../../src/i18n";
import type { Message } from "../../src/i18n/catalogue";
import { canvasEn } from "../../src/i18n/en/canvas";
import { coreEn } from "../../src/i18n/en/core";
import { damageEn } from "../../src/i18n/en/damage";
import { exportEn } from "../../src/i18n/en/export";
import { insightsEn } from "../../src/i18n/en/insights";
import { tableEn } from "../../src/i18n/en/table";
import { prioritiesEn } from "../../src/i18n/en/priorities";
import { planEn } from "../../src/i18n/en/plan";
import { snapshotsEn } from "../../src/i18n/en/snapshots";
import { presentEn } from "../../src/i18n/en/present";
import { roomsEn } from "../../src/i18n/en/rooms";
import { templatesEn } from "../../src/i18n/en/templates";
import { workspaceEn } from "../../src/i18n/en/workspace";
import { canvasFa } from "../../src/i18n/fa/canvas";
import { coreFa } from "../../src/i18n/fa/core";
import { damageFa } from "../../src/i18n/fa/damage";
import { exportFa } from "../../src/i18n/fa/export";
import { insightsFa } from "../../src/i18n/fa/insights";
import { tableFa } from "../../src/i18n/fa/table";
import { prioritiesFa } from "../../src/i18n/fa/priorities";
import { planFa } from "../../src/i18n/fa/plan";
import { snapshotsFa } from "../../src/i18n/fa/snapshots";
import { presentFa } from "../../src/i18n/fa/present";
import { roomsFa } from "../../src/i18n/fa/rooms";
import { templatesFa } from "../../src/i18n/fa/templates";
import { workspaceFa } from "../../src/i18n/fa/workspace";
import { canvasPl } from "../../src/i18n/pl/canvas";
import { corePl } from "../../src/i18n/pl/core";
import { damagePl } from "../../src/i18n/pl/damage";
import { exportPl } from "../../src/i18n/pl/export";
import { insightsPl } from "../../src/i18n/pl/insights";
import { tablePl } from "../../src/i18n/pl/table";
import { prioritiesPl } from "../../src/i18n/pl/priorities";
import { planPl } from "../../src/i18n/pl/plan";
import { snapshotsPl } from "../../src/i18n/pl/snapshots";
import { presentPl } from "../../src/i18n/pl/present";
import { roomsPl } from "../../src/i18n/pl/rooms";
import { templatesPl } from "../../src/i18n/pl/templates";
import { workspacePl } from "../../src/i18n/pl/workspace";

type Area = Readonly<Record<string, Message>>;
const english: Record<string, Area> = {
  core: coreEn,
  damage: damageEn,
  workspace: workspaceEn,
  canvas: canvasEn,
  export: exportEn,
  present: presentEn,
  rooms: roomsEn,
  insights: insightsEn,
  table: tableEn,
  priorities: prioritiesEn,
  plan: planEn,
  snapshots: snapshotsEn,
  templates: templatesEn,
};
const LOCALES: Record<string, { areas: Record<string, Area>; forms: string[] }> = {
  pl: {
    areas: {
      core: corePl,
      damage: damagePl,
      workspace: workspacePl,
      canvas: canvasPl,
      export: exportPl,
      present: presentPl,
      rooms: roomsPl,
      insights: insightsPl,
      table: tablePl,
      priorities: prioritiesPl,
      plan: planPl,
      snapshots: snapshotsPl,
      templates: templatesPl,
    },
    // CLDR: 1; 2-4, 22-24…; 0, 5-21, 25-31…; fractions.
    forms: ["one", "few", "many", "other"],
  },
  fa: {
    areas: {
      core: coreFa,
      damage: damageFa,
      workspace: workspaceFa,
      canvas: canvasFa,
      export: exportFa,
      present: presentFa,
      rooms: roomsFa,
      insights: insightsFa,
      table: tableFa,
      priorities: prioritiesFa,
      plan: planFa,
      snapshots: snapshotsFa,
      templates: templatesFa,
    },
    forms: ["one", "other"],
  },
};

const placeholders = (text: string) => new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!));
const formsOf = (message: Message): Record<string, string> =>
  typeof message === "string" ? { text: message } : { ...message };

/** Every problem of one language's catalogue, as lines (so a failure lists them all). */
function problemsOf(locale: string): string[] {
  const { areas, forms } = LOCALES[locale]!;
  const problems: string[] = [];
  for (const [area, source] of Object.entries(english)) {
    const translated = areas[area]!;
    for (const key of Object.keys(translated))
      if (!(key in source)) problems.push(`${area}: ${key} is not an English key`);
    for (const [key, message] of Object.entries(source)) {
      const translation = translated[key];
      if (translation === undefined) {
        problems.push(`${area}: ${key} is missing`);
        continue;
      }
      if (typeof message !== typeof translation) {
        problems.push(`${area}: ${key} is ${typeof translation}, English is ${typeof message}`);
        continue;
      }
      const english = formsOf(message);
      const anywhere = new Set<string>();
      for (const text of Object.values(english))
        for (const name of placeholders(text)) anywhere.add(name);
      const given = formsOf(translation);
      if (typeof message !== "string") {
        const required = [...forms, ...("zero" in message ? ["zero"] : [])];
        for (const form of required)
          if (!given[form]?.trim()) problems.push(`${area}: ${key} lacks the ${form} form`);
      }
      for (const [form, text] of Object.entries(given)) {
        if (!text.trim()) problems.push(`${area}: ${key} ${form} is empty`);
        const has = placeholders(text);
        for (const name of has)
          if (!anywhere.has(name)) problems.push(`${area}: ${key} ${form} adds {${name}}`);
        // Each form keeps what the same English form says (English has no few or many: those
        // keep what its other form says).
        for (const name of placeholders(english[form] ?? english.other ?? "")) {
          // A form for exactly one (or none) may say the number in words.
          if (name === "count" && (form === "one" || form === "zero")) continue;
          if (!has.has(name)) problems.push(`${area}: ${key} ${form} drops {${name}}`);
        }
      }
    }
  }
  return problems;
}

describe.each(Object.keys(LOCALES))("the %s catalogue", (locale) => {
  it("has every English key, each plural form the language needs, and every placeholder", () => {
    expect(problemsOf(locale)).toEqual([]);
  });
});

describe("plurals and numbers", () => {
  afterEach(() => setLocale("en"));

  it("chooses Polish plural forms for 1, 2, 5, 22 and 25", async () => {
    await loadLocale("pl");
    setLocale("pl");
    const cards = [1, 2, 5, 22, 25].map((count) => t("lane.hidden", { count }));
    const forms = cards.map((text) => text.replace(/\d+/, "#"));
    // 2 and 22 share a form (few); 5 and 25 share another (many); 1 has its own.
    expect(forms[1]).toBe(forms[3]);
    expect(forms[2]).toBe(forms[4]);
    expect(new Set([forms[0], forms[1], forms[2]]).size).toBe(3);
    expect(cards[3]).toContain("22");
  });

  it("chooses Persian plural forms and writes Persian digits", async () => {
    await loadLocale("fa");
    setLocale("fa");
    expect(t("lane.hidden", { count: 3 })).toContain("۳");
    expect(t("lane.hidden", { count: 3 })).not.toMatch(/[0-9]/);
    expect(formatNumber(1234.5)).toBe("۱٬۲۳۴٫۵");
    expect(document.documentElement.dir).toBe("rtl");
    expect(document.documentElement.lang).toBe("fa");
  });

  it("reads Persian, Arabic-Indic and Latin digits typed into a number field", () => {
    expect(parseNumber("۴۲")).toBe(42);
    expect(parseNumber("٤٢")).toBe(42);
    expect(parseNumber("42")).toBe(42);
    expect(parseNumber("۳٫۵")).toBe(3.5);
    expect(parseNumber("3,5")).toBe(3.5);
    expect(parseNumber("۱٬۲۰۰")).toBe(1200);
    expect(parseNumber("-۲")).toBe(-2);
    expect(parseNumber("")).toBeNull();
    expect(parseNumber("۴x")).toBeNull();
    expect(parseNumber("1e400")).toBeNull();
  });

  it("starts in the first of the browser's languages that it speaks", () => {
    expect(preferredLocale(["de-DE", "fa-IR", "en"])).toBe("fa");
    expect(preferredLocale(["pl"])).toBe("pl");
    expect(preferredLocale(["de", "fr"])).toBe("en");
  });
});

describe("values put into sentences", () => {
  afterEach(() => setLocale("en"));

  it("isolates a value that runs the other way, and leaves one that runs the same way alone", async () => {
    expect(t("stage.removeTitle", { name: "آگاهی" })).toBe("Remove the stage “\u2068آگاهی\u2069”?");
    expect(t("stage.removeTitle", { name: "Awareness" })).toBe("Remove the stage “Awareness”?");
    await loadLocale("fa");
    setLocale("fa");
    expect(t("stage.removeTitle", { name: "Onboarding" })).toContain("\u2068Onboarding\u2069");
    expect(t("stage.removeTitle", { name: "آگاهی" })).not.toContain("\u2068");
  });
});
