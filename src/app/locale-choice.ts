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
 * Waymark speaks. Resolves once its texts are in (English is always in).
 */
export async function startLocale(): Promise<void> {
  const locale = storedLocale() ?? preferredLocale(navigator.languages ?? [navigator.language]);
  try {
    await loadLocale(locale);
    setLocale(locale);
  } catch (error) {
    // Offline before the language's texts were cached: English, rather than nothing.
    console.warn("Could not load the texts of", locale, error);
  }
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
