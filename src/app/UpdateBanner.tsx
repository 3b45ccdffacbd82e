import { AlertTriangle, RefreshCw } from "lucide-react";
import { useT } from "../i18n";
import { useStatus } from "../store";
import { Button } from "../ui/Button";
import { applyUpdate } from "./service-worker";

/**
 * A new version of Waymark, offered without ever reloading on its own: in this tab when it is
 * waiting, or after another tab let it in. When edits could not be stored, it says so and holds
 * the reload back until the person has a backup or insists.
 */
export function UpdateBanner({ onBackup }: { onBackup: () => void }) {
  const t = useT();
  const update = useStatus((s) => s.update);
  const blocked = useStatus((s) => s.updateBlocked);
  if (update === "none") return null;
  if (blocked) {
    return (
      <div className="storage-banner storage-banner--error" role="alert">
        <AlertTriangle aria-hidden="true" size={20} />
        <p>{t("offline.updateBlocked")}</p>
        <Button size="sm" variant="primary" onClick={onBackup}>
          {t("error.downloadBackup")}
        </Button>
        <Button size="sm" onClick={() => void applyUpdate({ anyway: true })}>
          {t("offline.reloadAnyway")}
        </Button>
      </div>
    );
  }
  return (
    <div className="storage-banner storage-banner--info" role="status">
      <RefreshCw aria-hidden="true" size={20} />
      <p>{t(update === "active" ? "offline.updatedElsewhere" : "offline.updateAvailable")}</p>
      <Button
        size="sm"
        variant="primary"
        disabled={update === "reloading"}
        onClick={() => void applyUpdate()}
      >
        {t("offline.reload")}
      </Button>
    </div>
  );
}
