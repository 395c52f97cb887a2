import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSessionStore } from '../stores/session-store';
import { Field } from '../components/Field';
import { ErrorBanner } from '../components/ErrorBanner';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { formatTime } from '../format';

/**
 * The core is out of reach and this device was restarted: a gate user who logged in online here within the last day
 * unlocks the gate screen with the same PIN, checked on the device (gate/offline/offline-unlock.ts). Gate only.
 */
export function OfflineLoginScreen() {
  const { t, i18n } = useTranslation();
  const unlockOffline = useSessionStore((state) => state.unlockOffline);
  const boot = useSessionStore((state) => state.boot);
  const [username, setUsername] = useState('');
  const [secret, setSecret] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const outcome = await unlockOffline(username, secret);
      if (outcome.kind === 'wait') setError(t('offlineLogin.wait', { time: formatTime(outcome.waitUntil, i18n.language) }));
      else if (outcome.kind === 'refused') {
        setError(outcome.waitUntil > 0 ? t('offlineLogin.wait', { time: formatTime(outcome.waitUntil, i18n.language) }) : t('offlineLogin.refused', { count: outcome.guessesLeft }));
      }
    } finally {
      setSecret('');
      setBusy(false);
    }
  };

  return (
    <main className="centered-page">
      <form className="card login-card" onSubmit={(event) => void submit(event)} aria-labelledby="offline-login-title" data-offline-login>
        <div className="card-head">
          <h1 id="offline-login-title">{t('offlineLogin.title')}</h1>
          <LanguageSwitch />
        </div>
        <p role="alert">{t('offlineLogin.explain')}</p>
        <ErrorBanner message={error} />
        <Field label={t('login.username')} name="username" autoComplete="username" autoFocus required value={username} onChange={(e) => setUsername(e.target.value)} />
        <Field label={t('login.secret')} name="secret" type="password" autoComplete="current-password" inputMode="text" required value={secret} onChange={(e) => setSecret(e.target.value)} />
        <button type="submit" className="primary big" disabled={busy}>
          {busy ? t('login.submitting') : t('offlineLogin.submit')}
        </button>
        <button type="button" className="secondary" onClick={() => void boot()}>
          {t('offlineLogin.retryCore')}
        </button>
      </form>
    </main>
  );
}
