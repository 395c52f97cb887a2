import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { authSchemas } from '../../../electron/server/contract/auth';
import type { UserSummary } from '../../../electron/server/contract';
import { usePeopleStore } from '../stores/people-store';
import { Field } from '../components/Field';
import { ErrorBanner } from '../components/ErrorBanner';
import { errorText } from '../i18n/error-text';
import { checkField } from '../i18n/issue-text';

export function ResetPinForm({ user, onDone, onCancel }: { user: UserSummary; onDone: (message: string) => void; onCancel: () => void }) {
  const { t, i18n } = useTranslation();
  const resetSecret = usePeopleStore((state) => state.resetSecret);
  const [secret, setSecret] = useState('');
  const [touched, setTouched] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const issue = checkField(t, authSchemas.newSecret, secret, i18n.language);

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    setTouched(true);
    if (issue) return;
    try {
      await resetSecret(user.id, secret);
      onDone(t('people.pinReset', { name: user.displayName }));
    } catch (failure) {
      setError(errorText(t, failure));
    }
  };

  return (
    <form className="card" onSubmit={(event) => void submit(event)} noValidate onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      <h3>
        {t('people.resetPin')}: {user.displayName}
      </h3>
      <ErrorBanner message={error} />
      <Field label={t('people.newPin')} type="password" autoFocus autoComplete="new-password" value={secret} onChange={(e) => setSecret(e.target.value)} error={touched ? issue : null} />
      <div className="button-row">
        <button type="submit" className="primary">
          {t('people.save')}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('people.cancel')}
        </button>
      </div>
    </form>
  );
}
