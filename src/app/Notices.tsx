import { X } from "lucide-react";
import { useEffect, useRef, type KeyboardEvent } from "react";
import { useT } from "../i18n";
import { dismissNotice, holdNotice, releaseNotice, useNotices, type Notice } from "../store";
import "./notices.css";

/**
 * The notices, bottom centre (in presentation mode one at a time, just above the control bar;
 * see notices.css). A notice's clock stops while the pointer is over it or focus is in
 * it; F8 takes focus to the newest one from anywhere (as in Radix and Slack), Escape inside it
 * dismisses it. When a notice goes while focus is in it, focus goes back to where it was before
 * it came to the notices, not to the page's start.
 */
export function Notices() {
  const notices = useNotices();
  const cameFrom = useRef<HTMLElement | null>(null);
  const regionRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key !== "F8" || event.altKey || event.ctrlKey || event.metaKey) return;
      const newest = regionRef.current?.querySelector<HTMLElement>(".notice:last-child button");
      if (!newest) return;
      event.preventDefault();
      newest.focus();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  const close = (id: number) => {
    const region = regionRef.current;
    const hadFocus = region?.contains(document.activeElement) ?? false;
    dismissNotice(id);
    if (!hadFocus) return;
    const back = cameFrom.current;
    cameFrom.current = null;
    if (back?.isConnected) back.focus();
    else document.getElementById("main")?.focus();
  };

  return (
    <div
      ref={regionRef}
      className="notices"
      role="status"
      aria-live="polite"
      onFocus={(event) => {
        const from = event.relatedTarget;
        if (from instanceof Node && event.currentTarget.contains(from)) return;
        cameFrom.current = from instanceof HTMLElement ? from : null;
      }}
    >
      {notices.map((notice) => (
        <NoticeItem key={notice.id} notice={notice} onClose={() => close(notice.id)} />
      ))}
    </div>
  );
}

function NoticeItem({ notice, onClose }: { notice: Notice; onClose: () => void }) {
  const t = useT();
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "Escape") return;
    event.stopPropagation();
    onClose();
  };
  return (
    <div
      className={`notice notice--${notice.tone}`}
      data-key={notice.key}
      onPointerEnter={() => holdNotice(notice.id, "pointer")}
      onPointerLeave={() => releaseNotice(notice.id, "pointer")}
      onFocus={() => holdNotice(notice.id, "focus")}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) releaseNotice(notice.id, "focus");
      }}
      onKeyDown={onKeyDown}
    >
      <span dir="auto">{notice.message}</span>
      {notice.action ? (
        <button
          type="button"
          className="notice__action"
          aria-keyshortcuts="F8"
          onClick={() => {
            notice.action!.run();
            onClose();
          }}
        >
          {notice.action.label}
        </button>
      ) : null}
      {notice.action ? <span className="visually-hidden">{t("notice.shortcutHint")}</span> : null}
      <button
        type="button"
        className="notice__close"
        aria-label={t("notice.dismiss")}
        onClick={onClose}
      >
        <X size={16} aria-hidden="true" />
      </button>
    </div>
  );
}
