import { AlertTriangle, Info } from "lucide-react";
import { useState } from "react";
import { useT, type MessageKey } from "../i18n";
import { updateSession, useSession, useStatus, type StorageProblem } from "../store";
import { Button } from "../ui/Button";
import { ImportErrorBanner } from "./ImportErrorBanner";
import { describeProblem } from "./describe-damage";
import { UpdateBanner } from "./UpdateBanner";
import { discardQuarantinedItem, downloadBackup, downloadQuarantined } from "./backups";
import "./storage-banner.css";

const PROBLEM_TEXT: Record<StorageProblem["kind"], MessageKey> = {
  unavailable: "storage.unavailable",
  quotaExceeded: "storage.quotaExceeded",
  newerVersionElsewhere: "storage.newerVersion",
  olderVersionElsewhere: "storage.olderVersion",
  writeFailed: "storage.writeFailed",
};

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/** Storage trouble said loudly, with the way out beside it (a backup, a reload). */
export function StorageBanner() {
  const t = useT();
  const problem = useStatus((s) => s.problem);
  const quarantined = useStatus((s) => s.quarantined);
  const persistent = useStatus((s) => s.persistent);
  const createdAt = useStatus((s) => s.workspaceCreatedAt);
  const lastBackupAt = useSession((s) => s.lastBackupAt);
  const dismissedAt = useSession((s) => s.backupReminderDismissedAt);
  const [backupError, setBackupError] = useState<string | null>(null);
  const [now] = useState(() => Date.now());

  const backup = () => {
    setBackupError(null);
    downloadBackup().catch((error: unknown) =>
      setBackupError(error instanceof Error ? error.message : String(error)),
    );
  };

  const remind =
    !problem &&
    persistent === false &&
    // "Nothing backed up for a week" counts from the workspace's birth, so a new one is left alone.
    now - (lastBackupAt ?? createdAt ?? now) > WEEK_MS &&
    (dismissedAt === null || now - dismissedAt > WEEK_MS);

  return (
    <div className="storage-banners">
      <ImportErrorBanner />
      <UpdateBanner onBackup={backup} />
      {problem ? (
        <div className="storage-banner storage-banner--error" role="alert">
          <AlertTriangle aria-hidden="true" size={20} />
          <p>
            {t(
              PROBLEM_TEXT[problem.kind],
              problem.kind === "writeFailed" || problem.kind === "unavailable"
                ? { detail: problem.detail }
                : undefined,
            )}
          </p>
          {/* Nothing is in memory yet while waiting for the other tab: a backup would be empty. */}
          {problem.kind === "olderVersionElsewhere" ? null : (
            <Button variant="primary" size="sm" onClick={backup}>
              {t("error.downloadBackup")}
            </Button>
          )}
          {problem.kind === "newerVersionElsewhere" ? (
            <Button size="sm" onClick={() => window.location.reload()}>
              {t("error.reload")}
            </Button>
          ) : null}
        </div>
      ) : null}
      {backupError ? (
        <div className="storage-banner storage-banner--error" role="alert">
          <p>{t("error.backupFailed", { message: backupError })}</p>
        </div>
      ) : null}
      {quarantined.length > 0 ? (
        <div className="storage-banner storage-banner--warning" role="alert">
          <AlertTriangle aria-hidden="true" size={20} />
          <div className="storage-banner__body">
            <p>{t("storage.quarantined", { count: quarantined.length })}</p>
            <ul>
              {quarantined.map((item) => (
                <li key={item.seq}>
                  <span dir="auto">
                    {t(`storage.quarantined.${item.what}`, {
                      label: item.label || t("storage.quarantined.unnamed"),
                    })}
                  </span>
                  <span className="storage-banner__reason" dir="auto">
                    {item.problem
                      ? describeProblem(
                          t,
                          item.problem.at,
                          item.problem.damage,
                          "damage.place.record",
                        )
                      : item.reason}
                  </span>
                  <Button size="sm" onClick={() => void downloadQuarantined(item.seq)}>
                    {t("storage.quarantined.download")}
                  </Button>
                  <Button
                    size="sm"
                    variant="ghost"
                    onClick={() => void discardQuarantinedItem(item.seq)}
                  >
                    {t("storage.quarantined.discard")}
                  </Button>
                </li>
              ))}
            </ul>
          </div>
        </div>
      ) : null}
      {remind ? (
        <div className="storage-banner storage-banner--info" role="status">
          <Info aria-hidden="true" size={20} />
          <p>{t("storage.backupReminder")}</p>
          <Button size="sm" variant="primary" onClick={backup}>
            {t("error.downloadBackup")}
          </Button>
          <Button
            size="sm"
            variant="ghost"
            onClick={() => updateSession({ backupReminderDismissedAt: Date.now() })}
          >
            {t("notice.dismiss")}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
