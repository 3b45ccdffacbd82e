import { withLibraryMetrics } from "./metric-names";
import type { Journey } from "../domain";
import { directionOf, getLocale, t } from "../i18n";
import { downloadBlob } from "./download";
import { exportFileName } from "./file-names";
import { loadExportFonts } from "./fonts";
import { exportText } from "./images";
import { renderInsightsSheet } from "./insights-sheet";
import { canvasMeasurer } from "./measure";
import { rasterize, yieldToBrowser } from "./raster";
// The texts of the views that load when opened arrive with this module (see views-en.ts).
import "../i18n/views-en";

export type InsightsImageFormat = "png" | "svg";

/** A PNG is drawn at twice the sheet's size: sharp on a projector and in a printed report. */
const PNG_PIXEL_RATIO = 2;

/**
 * The Insights view as an image file: the sheet drawn from the journey's data (see
 * insights-sheet.ts), with the fonts its text needs embedded, as SVG or drawn onto a canvas as
 * PNG. Returns the file's name once it is handed to the browser.
 */
export async function saveInsightsImage(
  shown: Journey,
  format: InsightsImageFormat,
  now: Date,
): Promise<string> {
  const journey = withLibraryMetrics(shown);
  // The interface's own words on the sheet need their fonts too (Persian headings).
  const words = [
    t("insights.satisfaction"),
    t("insights.targets"),
    t("insights.frictionByChannel"),
    t("insights.painPoints"),
    t("insights.sheet.subtitle", { date: "" }),
    ...Object.values(journey.elements).flatMap((card) => card.painPoints.map((p) => p.text)),
    ...Object.values(journey.customMetrics).map((metric) => `${metric.name} ${metric.unit}`),
  ];
  const fontCss = await loadExportFonts(`${exportText(journey, null)} ${words.join(" ")}`);
  const measure = canvasMeasurer();
  const pixelRatio = format === "png" ? PNG_PIXEL_RATIO : 1;
  const sheet = renderInsightsSheet(journey, {
    measure,
    fontCss,
    now,
    rtl: directionOf(getLocale()) === "rtl",
    pixelRatio,
  });
  const fileName = exportFileName(
    `${journey.title.trim() || t("export.fileName.journey")} ${t("insights.sheet.fileName")}`,
    now,
    format,
  );
  if (format === "svg") {
    downloadBlob(new Blob([sheet.svg], { type: "image/svg+xml;charset=utf-8" }), fileName);
    return fileName;
  }
  await yieldToBrowser();
  const blob = await rasterize(
    sheet.svg,
    { pixelWidth: sheet.width * pixelRatio, pixelHeight: sheet.height * pixelRatio },
    "image/png",
  );
  downloadBlob(blob, fileName);
  return fileName;
}
