import { AlertTriangle, Check, CloudOff, Loader2 } from "lucide-react";
import { useT, type MessageKey } from "../i18n";
import { useStatus, type SaveState } from "../store";
import "./save-indicator.css";

const LABEL: Record<SaveState, MessageKey> = {
  loading: "save.loading",
  saved: "save.saved",
  pending: "save.pending",
  saving: "save.saving",
  failed: "save.failed",
};

/** Always says whether the work is safely stored; a failure is red and never subtle. */
export function SaveIndicator() {
  const t = useT();
  const save = useStatus((s) => s.save);
  const unavailable = useStatus((s) => s.problem?.kind === "unavailable");
  const icon =
    save === "failed" ? (
      unavailable ? (
        <CloudOff size={16} aria-hidden="true" />
      ) : (
        <AlertTriangle size={16} aria-hidden="true" />
      )
    ) : save === "saved" ? (
      <Check size={16} aria-hidden="true" />
    ) : (
      <Loader2 size={16} aria-hidden="true" className="save-indicator__spin" />
    );
  return (
    <span className={`save-indicator save-indicator--${save}`} role="status" data-save-state={save}>
      {icon}
      <span>{t(unavailable ? "save.memoryOnly" : LABEL[save])}</span>
    </span>
  );
}
