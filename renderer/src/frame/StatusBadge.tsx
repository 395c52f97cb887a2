import { useTranslation } from 'react-i18next';
import { useSessionStore } from '../stores/session-store';
import { useLiveStore } from '../stores/live-store';

/** Always visible: whether pushes from the core are live and whether reports go to the sandbox. */
export function StatusBadge() {
  const { t } = useTranslation();
  const sandbox = useSessionStore((state) => state.system?.sandbox ?? true);
  const live = useLiveStore((state) => state.live);
  return (
    <div className="status-badges">
      <span className={`badge ${live ? 'badge-ok' : 'badge-bad'}`} role="status">
        <span aria-hidden="true">{live ? '●' : '○'}</span> {live ? t('badge.live') : t('badge.offline')}
      </span>
      {sandbox ? (
        <span className="badge badge-sandbox" title={t('badge.sandbox')}>
          <span aria-hidden="true">⚑</span> {t('badge.sandbox')}
        </span>
      ) : (
        <span className="badge badge-ok">{t('badge.platform')}</span>
      )}
    </div>
  );
}
