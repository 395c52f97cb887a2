import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSyncStore } from '../../stores/sync-store';
import { ErrorBanner } from '../../components/ErrorBanner';
import { errorText } from '../../i18n/error-text';

/** "立即同步": retries wait no longer; the bar follows the core's `sync.progress` pushes, and the outcome is told in words. */
export function SyncNowPanel() {
  const { t } = useTranslation();
  const progress = useSyncStore((state) => state.progress);
  const syncNow = useSyncStore((state) => state.syncNow);
  const [error, setError] = useState<string | null>(null);
  const running = progress?.running === true;
  const start = () => {
    setError(null);
    syncNow().catch((failure: unknown) => setError(errorText(t, failure)));
  };
  return (
    <div className="card stack">
      <div className="button-row">
        <button type="button" className="primary big" disabled={running} onClick={start}>
          {running ? t('sync.syncing') : t('sync.syncNow')}
        </button>
      </div>
      <ErrorBanner message={error} />
      {progress ? (
        <>
          <progress className="wide-progress" max={Math.max(progress.total, 1)} value={progress.total === 0 ? 1 : progress.done} aria-label={t('sync.progress', { done: progress.done, total: progress.total })} />
          <p role="status" data-testid="sync-now-outcome" className={progress.outcome === 'drained' ? 'outcome-ok' : progress.outcome === 'running' ? undefined : 'outcome-warn'}>
            {t(`sync.outcome.${progress.outcome}`, { done: progress.done, total: progress.total, delivered: progress.delivered, dead: progress.dead })}
          </p>
        </>
      ) : null}
    </div>
  );
}
