import { isolateValue } from "./bidi";
import type { Message } from "./catalogue";
import { directionOf } from "./locale";

export type MessageParams = Readonly<Record<string, string | number>>;

const pluralRulesCache = new Map<string, Intl.PluralRules>();
function pluralRules(locale: string): Intl.PluralRules {
  let rules = pluralRulesCache.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRulesCache.set(locale, rules);
  }
  return rules;
}

/** Fills `{name}` placeholders; a placeholder without a value stays visible so it is noticed. */
export function formatMessage(locale: string, message: Message, params?: MessageParams): string {
  let text: string;
  if (typeof message === "string") {
    text = message;
  } else {
    const count = Number(params?.count ?? 0);
    // `zero` doubles as an explicit "none" form (like ICU's =0), whatever the language's rules.
    const category =
      count === 0 && message.zero !== undefined
        ? "zero"
        : (pluralRules(locale).select(count) as keyof typeof message);
    text = message[category] ?? message.other;
  }
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === "number"
      ? value.toLocaleString(locale)
      : isolateValue(value, directionOf(locale));
  });
}
