/**
 * The key a shortcut means, as a Latin keyboard names it (lower case): on a Persian layout the
 * key that types "ظ" is still Z for Ctrl+Z, "۰" is still 0 and "؟" is ?, as in every desktop
 * app. Printable Latin keys are taken as typed, so a Polish layout (and AZERTY) keeps its own.
 */
export function shortcutKey(event: { key: string; code: string }): string {
  if (/^[\x20-\x7e]$/.test(event.key)) return event.key.toLowerCase();
  const letter = /^Key([A-Z])$/.exec(event.code);
  if (letter) return letter[1]!.toLowerCase();
  const digit = /^(?:Digit|Numpad)(\d)$/.exec(event.code);
  if (digit) return digit[1]!;
  if (event.key === "؟") return "?";
  return event.key;
}
