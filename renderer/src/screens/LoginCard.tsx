import { useState, type ReactNode, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../components/Field';
import { ErrorBanner } from '../components/ErrorBanner';
import { LanguageSwitch } from '../components/LanguageSwitch';

interface LoginCardProps {
  title: string;
  intro: ReactNode;
  submitLabel: string;
  /** Tries the user name and PIN; returns the refusal to show, or null when it worked. */
  attempt: (username: string, secret: string) => Promise<string | null>;
  children?: ReactNode;
  offline?: boolean;
}

/** The user name and PIN card of the login screens (online at the core, or offline on a gate device). */
export function LoginCard({ title, intro, submitLabel, attempt, children, offline = false }: LoginCardProps) {
  const { t } = useTranslation();
  const [username, setUsername] = useState('');
  const [secret, setSecret] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const refusal = await attempt(username.trim(), secret);
      if (refusal !== null) {
        setError(refusal);
        setSecret('');
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="centered-page">
      <form className="card login-card" onSubmit={(event) => void submit(event)} aria-labelledby="login-title" data-offline-login={offline || undefined}>
        <div className="card-head">
          <h1 id="login-title">{title}</h1>
          <LanguageSwitch />
        </div>
        {intro}
        <ErrorBanner message={error} />
        <Field label={t('login.username')} name="username" autoComplete="username" autoFocus required value={username} onChange={(e) => setUsername(e.target.value)} />
        <Field label={t('login.secret')} name="secret" type="password" autoComplete="current-password" inputMode="text" required value={secret} onChange={(e) => setSecret(e.target.value)} />
        <button type="submit" className="primary big" disabled={busy}>
          {busy ? t('login.submitting') : submitLabel}
        </button>
        {children}
      </form>
    </main>
  );
}
