import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSessionStore } from '../stores/session-store';
import { useLiveStore } from '../stores/live-store';
import { useSyncStore } from '../stores/sync-store';
import { useRouteStore } from '../stores/route-store';
import { useNow } from '../components/use-now';
import { nextTrySeconds } from './next-try';

/**
 * Always visible: whether this window hears the core live, whether reports reach the platform (or
 * wait, and how many), and whether they go to the sandbox. Icon and word, never colour alone.
 */
export function StatusBadge() {
  const { t } = useTranslation();
  const role = useSessionStore((state) => state.session?.user.role);
  const live = useLiveStore((state) => state.live);
  const status = useSyncStore((state) => state.status);
  const refresh = useSyncStore((state) => state.refresh);
  const go = useRouteStore((state) => state.go);
  const receivedAt = useSyncStore((state) => state.receivedAt);
  const now = useNow();

  useEffect(() => {
    refresh().catch(() => undefined);
  }, [refresh]);

  const sandbox = status?.sandbox ?? true;
  const pending = status ? status.totals.pending + status.totals.inFlight : 0;
  const dead = status?.totals.dead ?? 0;
  const sync = status?.state ?? 'stopped';
  // Green only while records really arrive: retrying (the platform answers with failures) is amber, with its countdown.
  const syncClass = sync === 'online' ? (dead > 0 ? 'badge-warn' : 'badge-ok') : sync === 'offline' || sync === 'paused' ? 'badge-bad' : 'badge-warn';
  const syncIcon = sync === 'online' ? '⇅' : sync === 'retrying' ? '↻' : sync === 'offline' ? '⚠' : sync === 'paused' ? '⏸' : '…';
  const seconds = nextTrySeconds(status, receivedAt, now);
  const countdown = seconds === null ? null : seconds > 0 ? t('window.sync.nextTry', { seconds }) : t('window.sync.tryingNow');
  const syncText = [t(`badge.sync.${sync}`), countdown, pending > 0 ? t('badge.pending', { count: pending }) : t('badge.allSent'), dead > 0 ? t('badge.dead', { count: dead }) : null]
    .filter(Boolean)
    .join(' · ');

  return (
    <div className="status-badges">
      <span className={`badge ${live ? 'badge-ok' : 'badge-bad'}`} role="status">
        <span aria-hidden="true">{live ? '●' : '○'}</span> {live ? t('badge.live') : t('badge.offline')}
      </span>
      {role === 'manager' ? (
        <button type="button" className={`badge badge-button ${syncClass}`} onClick={() => go('manage', 'sync')} title={status?.lastError?.message ?? ''} data-testid="sync-badge">
          <span aria-hidden="true">{syncIcon}</span> {syncText}
        </button>
      ) : (
        <span className={`badge ${syncClass}`} title={status?.lastError?.message ?? ''} data-testid="sync-badge">
          <span aria-hidden="true">{syncIcon}</span> {syncText}
        </span>
      )}
      {sandbox ? (
        <span className="badge badge-sandbox" title={t('badge.sandbox')}>
          <span aria-hidden="true">⚑</span> {t('badge.sandboxShort')}
        </span>
      ) : (
        <span className="badge badge-ok">{t('badge.platform')}</span>
      )}
    </div>
  );
}
