import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSyncStore } from '../../stores/sync-store';
import { ErrorBanner } from '../../components/ErrorBanner';
import { errorText } from '../../i18n/error-text';
import { useNow } from '../../components/use-now';
import { nextTrySeconds } from '../../frame/next-try';
import { errorMeaning } from './error-meaning';

/** "立即同步": retries wait no longer; the bar follows the core's `sync.progress` pushes, and the outcome is told in words. */
export function SyncNowPanel() {
  const { t } = useTranslation();
  const progress = useSyncStore((state) => state.progress);
  const syncNow = useSyncStore((state) => state.syncNow);
  const cancelSyncNow = useSyncStore((state) => state.cancelSyncNow);
  const status = useSyncStore((state) => state.status);
  const receivedAt = useSyncStore((state) => state.receivedAt);
  const now = useNow();
  const seconds = nextTrySeconds(status, receivedAt, now);
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
        {running ? (
          <button type="button" className="secondary big" onClick={() => void cancelSyncNow().catch((failure: unknown) => setError(errorText(t, failure)))}>
            {t('window.sync.cancel')}
          </button>
        ) : null}
      </div>
      {/* What a running sync is waiting for, so "已处理 0／9963" is never all there is to see. */}
      {running && seconds !== null && status?.lastError ? (
        <p className="outcome-warn" data-testid="sync-now-waiting">
          {t('window.sync.waitingFor', { reason: `${status.lastError.code} · ${t(`sync.errorMeaning.${errorMeaning(status.lastError.code)}`)}` })}{' '}
          {seconds > 0 ? t('window.sync.nextTry', { seconds }) : t('window.sync.tryingNow')}
        </p>
      ) : null}
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
