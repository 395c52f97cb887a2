import { useEffect, useRef, type ReactNode, type SyntheticEvent } from 'react';

interface FormDialogProps {
  title: string;
  children: ReactNode;
  submitLabel: string;
  cancelLabel: string;
  busy?: boolean;
  canSubmit?: boolean;
  onSubmit: () => void;
  onCancel: () => void;
}

/** A modal form (a refund's reason, a reprint's): Enter in a field submits it, Escape closes it unchanged. */
export function FormDialog({ title, children, submitLabel, cancelLabel, busy = false, canSubmit = true, onSubmit, onCancel }: FormDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (canSubmit && !busy) onSubmit();
  };
  return (
    <dialog
      ref={ref}
      className="sell-dialog"
      aria-labelledby="sell-form-dialog-title"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <form onSubmit={submit}>
        <h2 id="sell-form-dialog-title">{title}</h2>
        <div className="sell-dialog-body">{children}</div>
        <div className="button-row">
          <button type="button" className="secondary big" onClick={onCancel}>
            {cancelLabel}
          </button>
          <button type="submit" className="primary big" disabled={busy || !canSubmit}>
            {submitLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
