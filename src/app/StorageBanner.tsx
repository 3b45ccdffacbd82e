import { AlertTriangle, Info } from "lucide-react";
import { useState } from "react";
import { useT, type MessageKey } from "../i18n";
import { updateSession, useSession, useStatus, type StorageProblem } from "../store";
import { Button } from "../ui/Button";
import { UpdateBanner } from "./UpdateBanner";
import { downloadBackup } from "./backups";
import { once, useSettled } from "./settled";
import "./storage-banner.css";

const PROBLEM_TEXT: Record<StorageProblem["kind"], MessageKey> = {
  unavailable: "storage.unavailable",
  quotaExceeded: "storage.quotaExceeded",
  newerVersionElsewhere: "storage.newerVersion",
  olderVersionElsewhere: "storage.olderVersion",
  writeFailed: "storage.writeFailed",
};

const damageBannersModule = once(() => import("./damage-banners"));

/** A refused file's reason and the records set aside, once there is one of them to tell. */
function DamageBanners() {
  const importError = useStatus((s) => s.importError);
  const quarantined = useStatus((s) => s.quarantined.length > 0);
  return importError || quarantined ? <LoadedDamageBanners /> : null;
}

function LoadedDamageBanners() {
  const banners = useSettled(damageBannersModule());
  if (!banners) return null;
  const { ImportErrorBanner, QuarantineBanner } = banners;
  return (
    <>
      <ImportErrorBanner />
      <QuarantineBanner />
    </>
  );
}

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/** Storage trouble said loudly, with the way out beside it (a backup, a reload). */
export function StorageBanner() {
  const t = useT();
  const problem = useStatus((s) => s.problem);
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
      <DamageBanners />
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
