import { useEffect, useState } from "react";

/**
 * "Edited 5 minutes ago": relative for the last week, a date after that. The locale's own words
 * come from Intl, so Polish and Persian need no catalogue entries for it.
 */
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * Intl's formatters are costly to make (the home page's edited times once took 80 ms of its
 * first render making them afresh for each journey): one per locale and options, kept.
 */
const formatters = new Map<string, Intl.RelativeTimeFormat | Intl.DateTimeFormat>();
function relativeFormat(locale: string): Intl.RelativeTimeFormat {
  const key = `relative|${locale}`;
  let format = formatters.get(key) as Intl.RelativeTimeFormat | undefined;
  if (!format) {
    format = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
    formatters.set(key, format);
  }
  return format;
}
function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `date|${locale}|${JSON.stringify(options)}`;
  let format = formatters.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, format);
  }
  return format;
}

export function relativeTime(at: number, now: number, locale: string, justNow: string): string {
  const diff = at - now;
  const abs = Math.abs(diff);
  if (abs < MINUTE) return justNow;
  const rtf = relativeFormat(locale);
  if (abs < HOUR) return rtf.format(Math.round(diff / MINUTE), "minute");
  if (abs < DAY) return rtf.format(Math.round(diff / HOUR), "hour");
  if (abs < 7 * DAY) return rtf.format(Math.round(diff / DAY), "day");
  const sameYear = new Date(at).getFullYear() === new Date(now).getFullYear();
  return dateFormat(locale, {
    day: "numeric",
    month: "short",
    ...(sameYear ? {} : { year: "numeric" }),
  }).format(at);
}

export function absoluteTime(at: number, locale: string): string {
  return dateFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(at);
}

/** The current time, refreshed every minute so "2 minutes ago" does not go stale on screen. */
export function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), MINUTE);
    return () => clearInterval(timer);
  }, []);
  return now;
}
