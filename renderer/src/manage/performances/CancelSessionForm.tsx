import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionView } from '../../../../electron/server/contract';
import { useCatalogStore } from '../../stores/catalog-store';
import { Field } from '../../components/Field';
import { ErrorBanner } from '../../components/ErrorBanner';
import { errorText } from '../../i18n/error-text';

/** Cancelling stops sales at once and is reported to the platform; it asks for a reason and a second look. */
export function CancelSessionForm({ session, onDone, onClose }: { session: SessionView; onDone: (message: string) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const cancelSession = useCatalogStore((state) => state.cancelSession);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    if (!reason.trim()) return setError(t('sessions.reasonRequired'));
    try {
      await cancelSession({ sessionId: session.id, reason: reason.trim() });
      onDone(t('sessions.cancelled', { name: session.name }));
    } catch (failure) {
      setError(errorText(t, failure));
    }
  };

  return (
    <form className="card danger-zone" onSubmit={(event) => void submit(event)} onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <h4>{t('sessions.cancelTitle', { name: session.name })}</h4>
      <p>{t('sessions.cancelWarning')}</p>
      <ErrorBanner message={error} />
      <Field label={t('sessions.cancelReason')} autoFocus value={reason} onChange={(e) => setReason(e.target.value)} />
      <div className="button-row">
        <button type="submit" className="primary danger">
          {t('sessions.cancelConfirm')}
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          {t('people.cancel')}
        </button>
      </div>
    </form>
  );
}
