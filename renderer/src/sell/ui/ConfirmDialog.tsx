import { useEffect, useRef, type ReactNode } from 'react';

interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  busy?: boolean;
  /** The confirming button is the dangerous one (it undoes work): it is red and not focused first. */
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * A modal question before anything that cannot be taken back (cancel a sale, refund, close a shift). A
 * native <dialog>: focus stays inside, Escape answers "no". Enter confirms only when the confirming
 * button is focused, so a stray Enter from the form behind never confirms a refund.
 */
export function ConfirmDialog({ title, children, confirmLabel, cancelLabel, busy = false, danger = false, onConfirm, onCancel }: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className="sell-dialog"
      aria-labelledby="sell-dialog-title"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id="sell-dialog-title">{title}</h2>
      <div className="sell-dialog-body">{children}</div>
      <div className="button-row">
        <button type="button" className="secondary big" onClick={onCancel} autoFocus={danger}>
          {cancelLabel}
        </button>
        <button type="button" className={danger ? 'danger big' : 'primary big'} onClick={onConfirm} disabled={busy} autoFocus={!danger}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
