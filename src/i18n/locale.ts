export type LocaleCode = "en" | "pl" | "fa";

/** The languages Waymark speaks, each named in itself (as a language menu should). */
export const LOCALES: readonly { code: LocaleCode; name: string }[] = [
  { code: "en", name: "English" },
  { code: "pl", name: "Polski" },
  { code: "fa", name: "فارسی" },
];

export function isLocale(value: unknown): value is LocaleCode {
  return LOCALES.some((locale) => locale.code === value);
}

/** Scripts written right to left. */
const RTL_LANGUAGES = new Set(["ar", "fa", "he", "ur", "ps", "ckb", "yi", "dv"]);

export function directionOf(locale: string): "ltr" | "rtl" {
  const language = locale.toLowerCase().split(/[-_]/)[0] ?? "";
  return RTL_LANGUAGES.has(language) ? "rtl" : "ltr";
}

/** The first of the browser's preferred languages that Waymark speaks; English otherwise. */
export function preferredLocale(languages: readonly string[]): LocaleCode {
  for (const tag of languages) {
    const language = tag.toLowerCase().split(/[-_]/)[0];
    if (isLocale(language)) return language;
  }
  return "en";
}
