import { useT } from "../i18n";
import { Button } from "../ui/Button";
import { useDelayedFlag } from "./delayed";
import type { Busy, Outcome } from "./export-tasks";

/**
 * Progress of the running export (only once it has run for a moment, so quick ones do not
 * flicker), with Cancel where the work can stop, and the last outcome as a live status line.
 */
export function ExportStatus({ busy, outcome }: { busy: Busy | null; outcome: Outcome }) {
  const t = useT();
  const showProgress = useDelayedFlag(busy !== null);
  return (
    <>
      {busy && showProgress ? (
        <div className="export-dialog__progress">
          <progress
            aria-label={t("export.progress")}
            max={busy.progress.total}
            value={busy.progress.done}
          />
          <span>{busy.progress.label}</span>
          {busy.controller ? (
            <Button size="sm" onClick={() => busy.controller?.abort()}>
              {t("export.cancel")}
            </Button>
          ) : null}
        </div>
      ) : null}
      <p
        className={`export-dialog__outcome export-dialog__outcome--${outcome?.tone ?? "none"}`}
        role="status"
      >
        {outcome?.message ?? ""}
      </p>
    </>
  );
}
