import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSessionStore } from './stores/session-store';
import { LoginScreen } from './screens/LoginScreen';
import { FirstRunScreen } from './screens/FirstRunScreen';
import { PairScreen } from './screens/PairScreen';
import { OfflineLoginScreen } from './screens/OfflineLoginScreen';
import { AppFrame } from './frame/AppFrame';

export function App() {
  const { t } = useTranslation();
  const phase = useSessionStore((state) => state.phase);
  const boot = useSessionStore((state) => state.boot);
  const offlineUnlockAvailable = useSessionStore((state) => state.offlineUnlockAvailable);

  useEffect(() => {
    void boot();
  }, [boot]);

  switch (phase) {
    case 'loading':
      return (
        <main className="centered-page" aria-busy="true">
          <p className="big-text">{t('app.loading')}</p>
        </main>
      );
    case 'unreachable':
      // A gate device restarted while the core is away: a gate user who logged in here online may go on offline.
      if (offlineUnlockAvailable()) return <OfflineLoginScreen />;
      return (
        <AlertPage text={t('app.coreUnreachable')}>
          <button type="button" className="primary big" autoFocus onClick={() => void boot()}>
            {t('app.retry')}
          </button>
        </AlertPage>
      );
    case 'first-run':
      return <FirstRunScreen />;
    case 'first-run-elsewhere':
      return <AlertPage text={t('pairing.firstRunElsewhere')} />;
    case 'pair':
      return <PairScreen />;
    case 'login':
      return <LoginScreen />;
    case 'in':
      return <AppFrame />;
  }
}

/** One sentence that stops the way on, and what can be done about it. */
function AlertPage({ text, children }: { text: string; children?: ReactNode }) {
  return (
    <main className="centered-page">
      <div className="card">
        <p className="big-text" role="alert">
          {text}
        </p>
        {children}
      </div>
    </main>
  );
}
