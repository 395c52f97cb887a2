import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { authSchemas } from '../../../electron/server/contract/auth';
import type { Role, UserSummary } from '../../../electron/server/contract';
import { usePeopleStore } from '../stores/people-store';
import { Field } from '../components/Field';
import { ErrorBanner } from '../components/ErrorBanner';
import { errorText } from '../i18n/error-text';
import { checkField } from '../i18n/issue-text';

const EMPTY = { username: '', displayName: '', role: 'clerk' as Role, secret: '' };

export function NewUserForm({ onCreated }: { onCreated: (user: UserSummary) => void }) {
  const { t, i18n } = useTranslation();
  const create = usePeopleStore((state) => state.create);
  const [form, setForm] = useState(EMPTY);
  const [touched, setTouched] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const errors = {
    username: checkField(t, authSchemas.newUsername, form.username, i18n.language),
    displayName: checkField(t, authSchemas.displayName, form.displayName, i18n.language),
    secret: checkField(t, authSchemas.newSecret, form.secret, i18n.language),
  };
  const valid = Object.values(errors).every((e) => e === null);

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!valid) return;
    setError(null);
    try {
      const user = await create({ ...form, username: form.username.trim(), displayName: form.displayName.trim() });
      setForm(EMPTY);
      setTouched(false);
      onCreated(user);
    } catch (failure) {
      setError(errorText(t, failure));
    }
  };

  return (
    <form className="card" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="new-user-title">
      <h3 id="new-user-title">{t('people.add')}</h3>
      <ErrorBanner message={error} />
      <Field label={t('people.displayName')} value={form.displayName} onChange={(e) => setForm({ ...form, displayName: e.target.value })} error={touched ? errors.displayName : null} />
      <Field label={t('people.username')} value={form.username} autoComplete="off" onChange={(e) => setForm({ ...form, username: e.target.value })} error={touched ? errors.username : null} />
      <div className="field">
        <label htmlFor="new-user-role">{t('people.role')}</label>
        <select id="new-user-role" value={form.role} onChange={(e) => setForm({ ...form, role: e.target.value as Role })}>
          {(['clerk', 'gate', 'manager'] as const).map((role) => (
            <option key={role} value={role}>
              {t(`roles.${role}`)}
            </option>
          ))}
        </select>
      </div>
      <Field label={t('people.secret')} type="password" autoComplete="new-password" value={form.secret} onChange={(e) => setForm({ ...form, secret: e.target.value })} error={touched ? errors.secret : null} />
      <button type="submit" className="primary">
        {t('people.add')}
      </button>
    </form>
  );
}
