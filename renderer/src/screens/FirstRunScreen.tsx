import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { authSchemas } from '../../../electron/server/contract/auth';
import { useSessionStore } from '../stores/session-store';
import { Field } from '../components/Field';
import { ErrorBanner } from '../components/ErrorBanner';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { errorText } from '../i18n/error-text';
import { checkField } from '../i18n/issue-text';

/** Shown only while the database has no users: the one thing to do is create the manager. */
export function FirstRunScreen() {
  const { t, i18n } = useTranslation();
  const createFirstManager = useSessionStore((state) => state.createFirstManager);
  const [form, setForm] = useState({ username: '', displayName: '', secret: '', again: '' });
  const [touched, setTouched] = useState<Record<string, boolean>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // The same schemas the core validates with, checked as the manager types.
  const errors = {
    username: checkField(t, authSchemas.newUsername, form.username, i18n.language),
    displayName: checkField(t, authSchemas.displayName, form.displayName, i18n.language),
    secret: checkField(t, authSchemas.newManagerSecret, form.secret, i18n.language),
    again: form.again === form.secret ? null : t('firstRun.mismatch'),
  };
  const valid = Object.values(errors).every((message) => message === null);
  const shown = (key: keyof typeof errors) => (touched[key] ? errors[key] : null);
  const update = (key: keyof typeof form) => (event: { target: { value: string } }) => {
    setForm({ ...form, [key]: event.target.value });
    setTouched({ ...touched, [key]: true });
  };

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    setTouched({ username: true, displayName: true, secret: true, again: true });
    if (!valid) return;
    setBusy(true);
    setError(null);
    try {
      await createFirstManager({ username: form.username.trim(), displayName: form.displayName.trim(), secret: form.secret });
    } catch (failure) {
      setError(errorText(t, failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="centered-page">
      <form className="card first-run-card" onSubmit={(event) => void submit(event)} aria-labelledby="first-run-title" noValidate>
        <div className="card-head">
          <h1 id="first-run-title">{t('firstRun.title')}</h1>
          <LanguageSwitch />
        </div>
        <p>{t('firstRun.intro')}</p>
        <ErrorBanner message={error} />
        <Field label={t('firstRun.username')} name="username" autoComplete="username" autoFocus value={form.username} onChange={update('username')} error={shown('username')} />
        <Field label={t('firstRun.displayName')} name="displayName" autoComplete="name" value={form.displayName} onChange={update('displayName')} error={shown('displayName')} />
        <Field label={t('firstRun.secret')} name="secret" type="password" autoComplete="new-password" value={form.secret} onChange={update('secret')} error={shown('secret')} />
        <Field label={t('firstRun.secretAgain')} name="again" type="password" autoComplete="new-password" value={form.again} onChange={update('again')} error={shown('again')} />
        <button type="submit" className="primary big" disabled={busy}>
          {t('firstRun.submit')}
        </button>
      </form>
    </main>
  );
}
