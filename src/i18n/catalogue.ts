/**
 * A message is either plain text with `{name}` placeholders, or plural forms chosen by
 * Intl.PluralRules for the `count` parameter (Polish needs one/few/many/other, Persian one/other).
 */
export type PluralMessage = {
  readonly zero?: string;
  readonly one?: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
};
export type Message = string | PluralMessage;

/**
 * One area's texts in another language: every key of the English area (a unit test checks the
 * plural forms each language needs and that every `{placeholder}` is kept).
 */
export type Translation<T> = { readonly [K in keyof T]: Message };
