import { AlertTriangle } from "lucide-react";
import { useT } from "../i18n";
import { useStatus } from "../store";
import { Button } from "../ui/Button";
import { describeProblem } from "./describe-damage";
import { discardQuarantinedItem, downloadQuarantined } from "./backups";

/** Records set aside as they were read: what each was, why, and a way to keep or drop it. */
export function QuarantineBanner() {
  const t = useT();
  const quarantined = useStatus((s) => s.quarantined);
  if (quarantined.length === 0) return null;
  return (
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
                  ? describeProblem(t, item.problem.at, item.problem.damage, "damage.place.record")
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
  );
}
