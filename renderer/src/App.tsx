import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSessionStore } from './stores/session-store';
import { LoginScreen } from './screens/LoginScreen';
import { FirstRunScreen } from './screens/FirstRunScreen';
import { PairScreen } from './screens/PairScreen';
import { AppFrame } from './frame/AppFrame';

export function App() {
  const { t } = useTranslation();
  const phase = useSessionStore((state) => state.phase);
  const boot = useSessionStore((state) => state.boot);

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
      return (
        <main className="centered-page">
          <div className="card">
            <p className="big-text" role="alert">
              {t('app.coreUnreachable')}
            </p>
            <button type="button" className="primary big" autoFocus onClick={() => void boot()}>
              {t('app.retry')}
            </button>
          </div>
        </main>
      );
    case 'first-run':
      return <FirstRunScreen />;
    case 'first-run-elsewhere':
      return (
        <main className="centered-page">
          <div className="card">
            <p className="big-text" role="alert">
              {t('pairing.firstRunElsewhere')}
            </p>
          </div>
        </main>
      );
    case 'pair':
      return <PairScreen />;
    case 'login':
      return <LoginScreen />;
    case 'in':
      return <AppFrame />;
  }
}
