import { isLocale, loadLocale, preferredLocale, setLocale, type LocaleCode } from "../i18n";

/** The language chosen on this device (a setting of the device, like the browser's own). */
const STORAGE_KEY = "waymark.language";

function storedLocale(): LocaleCode | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

/**
 * Starts in the language chosen here before, or else the first of the browser's languages that
 * Waymark speaks. Null when there is nothing to wait for (English, always loaded), so the first
 * page renders at once; otherwise resolves once the language's texts are in.
 */
export function startLocale(): Promise<void> | null {
  const locale = storedLocale() ?? preferredLocale(navigator.languages ?? [navigator.language]);
  if (locale === "en") return null;
  return loadLocale(locale).then(
    () => setLocale(locale),
    // Offline before the language's texts were cached: English, rather than nothing.
    (error: unknown) => console.warn("Could not load the texts of", locale, error),
  );
}

/** Switches the interface to a language, without a reload, and remembers it on this device. */
export async function chooseLocale(locale: LocaleCode): Promise<void> {
  await loadLocale(locale);
  setLocale(locale);
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Storage refused (a private window): the choice holds for this visit.
  }
}
