import { useSyncExternalStore } from "react";
import type { Message } from "./catalogue";
import { en, type MessageKey } from "./en";
import { formatMessage, type MessageParams } from "./format";
import { directionOf, type LocaleCode } from "./locale";

export type { MessageKey } from "./en";
export type { MessageParams } from "./format";
export { directionOf } from "./locale";
export type { LocaleCode } from "./locale";

type Catalogue = Readonly<Partial<Record<MessageKey, Message>>>;
const catalogues: Record<LocaleCode, Catalogue> = { en };
/** Texts that load with the part of the app that uses them (the templates). */
const added: Partial<Record<MessageKey, Message>> = {};

/** Adds texts that came with a part of the app loaded later (see en.ts). */
export function addMessages(messages: Catalogue): void {
  Object.assign(added, messages);
}

let currentLocale: LocaleCode = "en";
const listeners = new Set<() => void>();

export function getLocale(): LocaleCode {
  return currentLocale;
}

export function setLocale(locale: LocaleCode): void {
  if (locale === currentLocale) return;
  currentLocale = locale;
  applyDocumentLocale();
  for (const listener of listeners) listener();
}

/** Keeps `<html lang dir>` true to the active locale so screen readers and bidi layout follow it. */
export function applyDocumentLocale(doc: Document = document): void {
  doc.documentElement.lang = currentLocale;
  doc.documentElement.dir = directionOf(currentLocale);
}

export function t(key: MessageKey, params?: MessageParams): string {
  const message =
    catalogues[currentLocale][key] ?? (en as Catalogue)[key] ?? added[key] ?? (key as string);
  return formatMessage(currentLocale, message, params);
}

export type Translate = typeof t;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Re-renders the component when the locale changes. */
export function useT(): Translate {
  useSyncExternalStore(subscribe, getLocale, getLocale);
  return t;
}
