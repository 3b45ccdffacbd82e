import { t } from "../i18n";
import { dateStamp, safeFileName } from "./download";

/**
 * File names from the journey's title and the date, as people name files for a deck:
 * "Order groceries 2026-11-22.png", "Order groceries - 02 Sign up 2026-11-22.png".
 */
export function exportFileName(
  journeyTitle: string,
  date: Date,
  extension: string,
  stage?: { number: number; name: string },
): string {
  // Untitled journeys and stages still get a word, in the person's language.
  const title = safeFileName(journeyTitle, t("export.fileName.journey"));
  const part = stage
    ? ` - ${String(stage.number).padStart(2, "0")} ${safeFileName(stage.name, t("export.fileName.stage"))}`
    : "";
  return `${title}${part} ${dateStamp(date)}.${extension}`;
}
