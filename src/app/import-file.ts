import { t } from "../i18n";
import { showNotice } from "../store";
import { isMissingCode } from "./ErrorBoundary";
import { parseHash } from "./router";
import { workspaceReady } from "./workspace-runtime";

const isCsvFile = (file: File) =>
  /\.csv$/i.test(file.name) || file.type === "text/csv" || file.type === "application/csv";

/**
 * Opens a file the person chose or dropped. A CSV of cards goes into the journey open now (on the
 * map or any of its views); anything else is read as a .waymark.json file. Each reader (the
 * format's parser and checks, the import plan, the CSV library) loads with the first file of its
 * kind, not with the first page.
 */
export async function importFile(file: File): Promise<boolean> {
  const route = parseHash(window.location.hash);
  try {
    if (isCsvFile(file) && "id" in route && route.name !== "persona") {
      const [{ importCardsCsv }] = await Promise.all([import("./import-cards"), workspaceReady]);
      return await importCardsCsv(file, route.id);
    }
    const { importWaymarkFile } = await import("./read-waymark-file");
    return await importWaymarkFile(file);
  } catch (error) {
    // Only the reader failing to arrive is reported here: a file the reader refuses is told
    // about by the reader itself, with its reason.
    if (!(error instanceof Error) || !isMissingCode(error)) throw error;
    showNotice({ tone: "error", message: t("error.updatedMeanwhile") });
    return false;
  }
}
