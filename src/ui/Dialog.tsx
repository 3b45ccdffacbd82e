import { X } from "lucide-react";
import {
  createContext,
  useContext,
  useEffect,
  useId,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from "react";
import { Button, type ButtonProps } from "./Button";
import "./dialog.css";

/**
 * A form dialog's unsaved input, and the words of the question asked before it is thrown away
 * ("Discard changes?"). The texts come from the caller's catalogue, as `closeLabel` does.
 */
export interface UnsavedChanges {
  /** Whether closing now would throw away something the person typed or chose. */
  changed: boolean;
  title: string;
  body: string;
  /** The button that throws the changes away. */
  discard: string;
  /** The button that goes back to the form (the safe choice, focused first). */
  keep: string;
}

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
  /**
   * For a form: while it holds changes, a click on the backdrop does nothing, and Escape, the
   * close button and `DialogCancel` ask before throwing them away.
   */
  unsaved?: UnsavedChanges;
  /** Whether the header has a close button (a question that must be answered has none). */
  closeButton?: boolean;
}

/** The way out of the dialog around it: closes, or asks first when changes would be lost. */
const CloseContext = createContext<() => void>(() => {});

/** Closes the dialog this is in, asking first when it holds unsaved changes. */
export function useCloseDialog(): () => void {
  return useContext(CloseContext);
}

/** A footer's Cancel button: leaves the way Escape and the close button do. */
export function DialogCancel(props: Omit<ButtonProps, "onClick">) {
  const close = useCloseDialog();
  return <Button {...props} onClick={close} />;
}

/**
 * A modal built on the native <dialog>: the browser traps focus, makes the page inert, and
 * Escape closes it; focus returns to what opened it. A click on the backdrop closes it too,
 * unless it is a form holding changes (see `unsaved`): one stray click never throws work away.
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
  unsaved,
  closeButton = true,
}: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();
  const [asking, setAsking] = useState(false);
  /** Whether the press that led to this click began on the backdrop too. */
  const pressedOnBackdrop = useRef(false);
  const changed = unsaved?.changed ?? false;

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

  /** Every way out but "Save" comes here. */
  const requestClose = () => {
    if (changed) setAsking(true);
    else onClose();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== "Escape" || event.defaultPrevented || event.nativeEvent.isComposing) return;
    if (!changed && !asking) return;
    // Answered here rather than left to the browser's cancel event: Chromium stops letting a
    // page refuse that after a second Escape with no click in between, and would close the form.
    event.preventDefault();
    event.stopPropagation();
    // Escape on the question means "keep editing"; on the form, it asks.
    setAsking(!asking);
  };

  if (!open) return null;
  return (
    <dialog
      ref={ref}
      className={`wm-dialog wm-dialog--${size}`}
      aria-labelledby={titleId}
      aria-describedby={role === "alertdialog" ? bodyId : undefined}
      role={role === "alertdialog" ? "alertdialog" : undefined}
      onKeyDown={onKeyDown}
      onCancel={(event) => {
        // (A nested dialog's events reach this one through React; each answers its own.)
        if (event.target !== event.currentTarget) return;
        event.preventDefault();
        requestClose();
      }}
      onClose={(event) => {
        if (event.target !== event.currentTarget || !open) return;
        // The browser closed it on its own (Chromium does after a repeated Escape it was asked to
        // ignore). Unsaved changes bring it back, with the question.
        if (changed) {
          event.currentTarget.showModal();
          setAsking(true);
        } else onClose();
      }}
      onPointerDown={(event) => {
        pressedOnBackdrop.current = event.target === event.currentTarget;
      }}
      onMouseDown={(event) => {
        // A press on the backdrop of a form with changes leaves focus (and the caret) where it was.
        if (changed && event.target === event.currentTarget) event.preventDefault();
      }}
      onClick={(event) => {
        // A click on the backdrop is one on the dialog element itself, outside its box; a press
        // that began inside (selecting text) and was let go outside is not one.
        if (event.target !== event.currentTarget) return;
        const onBackdrop = pressedOnBackdrop.current;
        pressedOnBackdrop.current = false;
        if (onBackdrop && !changed) onClose();
      }}
    >
      <CloseContext.Provider value={requestClose}>
        <div className="wm-dialog__box">
          <header className="wm-dialog__header">
            <h2 id={titleId}>{title}</h2>
            {closeButton ? (
              <button
                type="button"
                className="wm-dialog__close"
                aria-label={closeLabel}
                onClick={requestClose}
              >
                <X size={18} aria-hidden="true" />
              </button>
            ) : null}
          </header>
          <div id={bodyId} className="wm-dialog__body">
            {children}
          </div>
          {footer ? <footer className="wm-dialog__footer">{footer}</footer> : null}
        </div>
      </CloseContext.Provider>
      {asking && unsaved ? (
        <Dialog
          open
          size="sm"
          role="alertdialog"
          title={unsaved.title}
          closeLabel={unsaved.keep}
          closeButton={false}
          onClose={() => setAsking(false)}
          footer={
            <>
              <Button onClick={() => setAsking(false)}>{unsaved.keep}</Button>
              <Button
                variant="danger"
                onClick={() => {
                  setAsking(false);
                  onClose();
                }}
              >
                {unsaved.discard}
              </Button>
            </>
          }
        >
          <p className="wm-dialog__text">{unsaved.body}</p>
        </Dialog>
      ) : null}
    </dialog>
  );
}
