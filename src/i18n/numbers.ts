/**
 * Numbers typed by a person: Persian (۰–۹) and Arabic-Indic (٠–٩) digits read as well as Latin
 * ones, and the Persian decimal and thousands separators (٫ ٬) or a comma as decimal point.
 * Null when the text is not a number.
 */
export function parseNumber(text: string): number | null {
  const latin = text
    .trim()
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u066C\s]/g, "")
    .replace(/[\u066B,]/g, ".")
    .replace(/^\u2212/, "-");
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(latin)) return null;
  const value = Number(latin);
  return Number.isFinite(value) ? value : null;
}
