import { useSyncExternalStore } from "react";
import type { Message } from "./catalogue";
import { en, type MessageKey } from "./en";
import { formatMessage, type MessageParams } from "./format";
import { directionOf, type LocaleCode } from "./locale";

export type { MessageKey } from "./en";
export type { MessageParams } from "./format";
export { directionOf, isLocale, LOCALES, preferredLocale } from "./locale";
export type { LocaleCode } from "./locale";
export { parseNumber } from "./numbers";

type Catalogue = Readonly<Partial<Record<MessageKey, Message>>>;

/** English is always here (the first page needs it); the other languages load when chosen. */
const catalogues: Partial<Record<LocaleCode, Catalogue>> = { en };
const loaders: Record<Exclude<LocaleCode, "en">, () => Promise<Catalogue>> = {
  pl: () => import("./pl").then((module) => module.pl),
  fa: () => import("./fa").then((module) => module.fa),
};
/** Texts that load with the part of the app that uses them (the templates), per language. */
const added: Record<LocaleCode, Partial<Record<MessageKey, Message>>> = { en: {}, pl: {}, fa: {} };

/** Adds texts that came with a part of the app loaded later (see en.ts). */
export function addMessages(locale: LocaleCode, messages: Catalogue): void {
  Object.assign(added[locale], messages);
}

let currentLocale: LocaleCode = "en";
const listeners = new Set<() => void>();

export function getLocale(): LocaleCode {
  return currentLocale;
}

/** Fetches a language's texts (once); switching to it is then immediate. */
export async function loadLocale(locale: LocaleCode): Promise<void> {
  if (catalogues[locale] || locale === "en") return;
  catalogues[locale] = await loaders[locale]();
}

/** Switches the interface to a language whose texts are loaded (see `loadLocale`). */
export function setLocale(locale: LocaleCode): void {
  if (locale === currentLocale) return;
  if (!catalogues[locale]) throw new Error(`The ${locale} texts are not loaded`);
  currentLocale = locale;
  applyDocumentLocale();
  for (const listener of listeners) listener();
}

/** Keeps `<html lang dir>` true to the active locale so screen readers and bidi layout follow it. */
export function applyDocumentLocale(doc: Document | undefined = globalThis.document): void {
  // No document where exports are planned outside a page (the tests' runner).
  if (!doc) return;
  doc.documentElement.lang = currentLocale;
  doc.documentElement.dir = directionOf(currentLocale);
}

const missing = new Set<string>();

export function t(key: MessageKey, params?: MessageParams): string {
  let message =
    catalogues[currentLocale]?.[key] ?? added[currentLocale][key] ?? (en as Catalogue)[key];
  message ??= added.en[key];
  if (message === undefined) {
    // A view's texts are asked for before its module (which brings them) has loaded.
    if (!missing.has(key)) console.error(`Waymark has no text for "${key}" yet`);
    missing.add(key);
    message = key;
  }
  return formatMessage(currentLocale, message, params);
}

export type Translate = typeof t;

const numberFormats = new Map<string, Intl.NumberFormat>();
/** A number as this language writes it (Persian digits in Persian). */
export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
  const key = `${currentLocale}|${JSON.stringify(options ?? {})}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(currentLocale, options);
    numberFormats.set(key, format);
  }
  return format.format(value);
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();
/**
 * A calendar day (`YYYY-MM-DD`) in this language and its calendar ("31 Mar 2027", a Persian date
 * in Persian). A day is not an instant: it is shown at noon UTC so no time zone moves it.
 */
export function formatDay(day: string): string {
  let format = dayFormats.get(currentLocale);
  if (!format) {
    format = new Intl.DateTimeFormat(currentLocale, {
      day: "numeric",
      month: "short",
      year: "numeric",
      timeZone: "UTC",
    });
    dayFormats.set(currentLocale, format);
  }
  return format.format(new Date(`${day}T12:00:00Z`));
}

/** Latin digits of a ready-made text (a clock, "04:59") as this language writes digits. */
export function localDigits(text: string): string {
  return text.replace(/\d/g, (digit) => formatNumber(Number(digit)));
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Re-renders the component when the locale changes. */
export function useT(): Translate {
  useSyncExternalStore(subscribe, getLocale, getLocale);
  return t;
}

/** The active locale, re-rendering the component when it changes. */
export function useLocale(): LocaleCode {
  return useSyncExternalStore(subscribe, getLocale, getLocale);
}
