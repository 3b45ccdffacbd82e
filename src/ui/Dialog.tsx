import { X } from "lucide-react";
import { useEffect, useId, useRef, type ReactNode } from "react";
import "./dialog.css";

interface DialogProps {
  open: boolean;
  /** The dialog's title; also its accessible name. */
  title: string;
  /** Accessible name of the close button. */
  closeLabel: string;
  onClose: () => void;
  children: ReactNode;
  /** Buttons at the bottom (the main action last). */
  footer?: ReactNode;
  size?: "sm" | "md" | "lg";
  /** Alert dialogs interrupt (role alertdialog), e.g. "Delete this persona?". */
  role?: "dialog" | "alertdialog";
}

/**
 * A modal built on the native <dialog>: the browser traps focus, makes the page inert, and
 * Escape closes it; focus returns to what opened it.
 */
export function Dialog({
  open,
  title,
  closeLabel,
  onClose,
  children,
  footer,
  size = "md",
  role = "dialog",
}: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
      return () => opener?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);

  if (!open) return null;
  return (
    <dialog
      ref={ref}
      className={`wm-dialog wm-dialog--${size}`}
      aria-labelledby={titleId}
      role={role === "alertdialog" ? "alertdialog" : undefined}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClick={(event) => {
        // A click on the backdrop (the dialog element itself, outside its box) closes it.
        if (event.target === ref.current) onClose();
      }}
    >
      <div className="wm-dialog__box">
        <header className="wm-dialog__header">
          <h2 id={titleId}>{title}</h2>
          <button
            type="button"
            className="wm-dialog__close"
            aria-label={closeLabel}
            onClick={onClose}
          >
            <X size={18} aria-hidden="true" />
          </button>
        </header>
        <div className="wm-dialog__body">{children}</div>
        {footer ? <footer className="wm-dialog__footer">{footer}</footer> : null}
      </div>
    </dialog>
  );
}
