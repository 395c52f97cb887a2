import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSessionStore } from '../stores/session-store';
import { Field } from '../components/Field';
import { ErrorBanner } from '../components/ErrorBanner';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { errorText } from '../i18n/error-text';

export function LoginScreen() {
  const { t } = useTranslation();
  const login = useSessionStore((state) => state.login);
  const [username, setUsername] = useState('');
  const [secret, setSecret] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await login(username.trim(), secret);
    } catch (failure) {
      setError(errorText(t, failure));
      setSecret('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="centered-page">
      <form className="card login-card" onSubmit={(event) => void submit(event)} aria-labelledby="login-title">
        <div className="card-head">
          <h1 id="login-title">
            {t('app.name')} · {t('login.title')}
          </h1>
          <LanguageSwitch />
        </div>
        <p className="muted">{t('app.tagline')}</p>
        <ErrorBanner message={error} />
        <Field label={t('login.username')} name="username" autoComplete="username" autoFocus required value={username} onChange={(e) => setUsername(e.target.value)} />
        <Field label={t('login.secret')} name="secret" type="password" autoComplete="current-password" inputMode="text" required value={secret} onChange={(e) => setSecret(e.target.value)} />
        <button type="submit" className="primary big" disabled={busy}>
          {busy ? t('login.submitting') : t('login.submit')}
        </button>
      </form>
    </main>
  );
}
