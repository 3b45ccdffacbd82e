import { X } from "lucide-react";
import { useT } from "../i18n";
import { dismissNotice, useNotices } from "../store";
import "./notices.css";

export function Notices() {
  const t = useT();
  const notices = useNotices();
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((notice) => (
        <div key={notice.id} className={`notice notice--${notice.tone}`}>
          <span dir="auto">{notice.message}</span>
          {notice.action ? (
            <button
              type="button"
              className="notice__action"
              onClick={() => {
                notice.action!.run();
                dismissNotice(notice.id);
              }}
            >
              {notice.action.label}
            </button>
          ) : null}
          <button
            type="button"
            className="notice__close"
            aria-label={t("notice.dismiss")}
            onClick={() => dismissNotice(notice.id)}
          >
            <X size={16} aria-hidden="true" />
          </button>
        </div>
      ))}
    </div>
  );
}
