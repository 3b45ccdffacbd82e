import { useT } from "../i18n";
import { Button } from "../ui/Button";

/** Says plainly that the presentation fills the window, because full screen was not to be had. */
export function FullscreenNotice({
  outcome,
  onDismiss,
}: {
  outcome: "refused" | "unavailable";
  onDismiss: () => void;
}) {
  const t = useT();
  return (
    <div className="present__notice" role="status">
      <span>
        {t(outcome === "refused" ? "present.fullscreenRefused" : "present.fullscreenUnavailable")}
      </span>
      <Button size="sm" onClick={onDismiss}>
        {t("present.noticeOk")}
      </Button>
    </div>
  );
}
