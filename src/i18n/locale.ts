export type LocaleCode = "en";

/** Scripts written right to left; Persian (fa) is the first we will ship. */
const RTL_LANGUAGES = new Set(["ar", "fa", "he", "ur", "ps", "ckb", "yi", "dv"]);

export function directionOf(locale: string): "ltr" | "rtl" {
  const language = locale.toLowerCase().split(/[-_]/)[0] ?? "";
  return RTL_LANGUAGES.has(language) ? "rtl" : "ltr";
}
