import { FileWarning } from "lucide-react";
import { LIMITS, type FormatError } from "../format";
import { useT, type Translate } from "../i18n";
import { setStatus, useStatus } from "../store";
import { Button } from "../ui/Button";
import { describeProblem } from "./describe-damage";

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export function describeFormatError(t: Translate, error: FormatError): string {
  switch (error.kind) {
    case "tooLarge":
      return t("import.error.tooLarge", {
        size: megabytes(error.bytes),
        limit: megabytes(LIMITS.fileBytes),
      });
    case "unreadable":
      return t("import.error.unreadable");
    case "notWaymark":
      return t("import.error.notWaymark");
    case "empty":
      return t("import.error.empty");
    case "incomplete":
      return t("import.error.incomplete");
    case "newerVersion":
      return t("import.error.newerVersion", { version: error.version, supported: error.supported });
    case "damaged":
      return t("import.error.damaged", { problem: describeProblem(t, error.at, error.damage) });
  }
}

/** Why a file was refused, in plain words, until dismissed or a later import succeeds. */
export function ImportErrorBanner() {
  const t = useT();
  const importError = useStatus((s) => s.importError);
  if (!importError) return null;
  return (
    <div className="storage-banner storage-banner--error" role="alert">
      <FileWarning aria-hidden="true" size={20} />
      <p dir="auto">
        {t("import.error.title", { file: importError.fileName })}{" "}
        {describeFormatError(t, importError.error)} {t("import.error.nothingChanged")}
      </p>
      <Button size="sm" onClick={() => setStatus({ importError: null })}>
        {t("notice.dismiss")}
      </Button>
    </div>
  );
}
