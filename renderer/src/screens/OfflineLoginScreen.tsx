import { useTranslation } from 'react-i18next';
import { useSessionStore } from '../stores/session-store';
import { formatTime } from '../format';
import { LoginCard } from './LoginCard';

/**
 * The core is out of reach and this device was restarted: a gate user who logged in online here within the last day
 * unlocks the gate screen with the same PIN, checked on the device (gate/offline/offline-unlock.ts). Gate only.
 */
export function OfflineLoginScreen() {
  const { t, i18n } = useTranslation();
  const unlockOffline = useSessionStore((state) => state.unlockOffline);
  const boot = useSessionStore((state) => state.boot);
  return (
    <LoginCard
      offline
      title={t('offlineLogin.title')}
      intro={<p role="alert">{t('offlineLogin.explain')}</p>}
      submitLabel={t('offlineLogin.submit')}
      attempt={async (username, secret) => {
        const outcome = await unlockOffline(username, secret);
        if (outcome.kind === 'unlocked') return null;
        if (outcome.waitUntil > 0) return t('offlineLogin.wait', { time: formatTime(outcome.waitUntil, i18n.language) });
        return t('offlineLogin.refused', { count: outcome.kind === 'refused' ? outcome.guessesLeft : 0 });
      }}
    >
      <button type="button" className="secondary" onClick={() => void boot()}>
        {t('offlineLogin.retryCore')}
      </button>
    </LoginCard>
  );
}
