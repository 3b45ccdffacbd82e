import type { PlanAction } from "../../domain";
import { formatNumber, getLocale, type Translate } from "../../i18n";
import { METRIC_RULES } from "../inspector/metrics";

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A due day in the person's language and calendar ("31 Mar 2027", "۱۱ فروردین ۱۴۰۶"). The day is
 * a calendar day, not an instant: it is read and shown at noon UTC so no time zone moves it.
 */
export function formatDay(day: string): string {
  const locale = getLocale();
  let format = dayFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      day: "numeric",
      month: "short",
      year: "numeric",
      timeZone: "UTC",
    });
    dayFormats.set(locale, format);
  }
  return format.format(new Date(`${day}T12:00:00Z`));
}

/** "NPS: aim 10". */
export function targetText(t: Translate, target: NonNullable<PlanAction["target"]>): string {
  return t("plan.target", {
    metric: t(METRIC_RULES[target.metric].label),
    value: formatNumber(target.value),
  });
}
