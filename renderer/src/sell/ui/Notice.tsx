import type { ReactNode } from 'react';

/** A message where the eye already is; its kind is said by an icon and words, not by colour alone. */
export function Notice({ kind, children, onDismiss, dismissLabel }: { kind: 'error' | 'ok' | 'warn' | 'info'; children: ReactNode; onDismiss?: () => void; dismissLabel?: string }) {
  const icon = { error: '⚠', ok: '✔', warn: '▲', info: 'ℹ' }[kind];
  return (
    <div className={`notice notice-${kind}`} role={kind === 'error' || kind === 'warn' ? 'alert' : 'status'}>
      <span className="notice-icon" aria-hidden="true">
        {icon}
      </span>
      <div className="notice-body">{children}</div>
      {onDismiss ? (
        <button type="button" className="notice-dismiss" onClick={onDismiss} aria-label={dismissLabel}>
          ×
        </button>
      ) : null}
    </div>
  );
}
