import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import type { NamedHoldView, UserSummary } from '../../../../electron/server/contract';
import { createNamedHoldInput } from '../../../../electron/server/contract/schemas';
import { Field } from '../../components/Field';
import { ErrorBanner } from '../../components/ErrorBanner';
import { formIssues } from '../../i18n/issue-text';
import { holdErrorText } from './hold-error-text';

/**
 * A hold's name, when it goes back on sale by itself (minutes before curtain, or never) and the clerks who may use
 * it: a new hold of the session, or the settings of `hold`.
 */
export function HoldSettingsForm({ sessionId, clerks, hold, onSaved }: { sessionId: string; clerks: readonly UserSummary[]; hold?: NamedHoldView; onSaved: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const [name, setName] = useState(hold?.name ?? '');
  const [minutes, setMinutes] = useState(hold?.releaseMinutesBeforeStart?.toString() ?? '');
  const [userIds, setUserIds] = useState<string[]>(hold?.users.map((u) => u.id) ?? []);
  const [touched, setTouched] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const input = { sessionId, name, releaseMinutesBeforeStart: minutes === '' ? null : Number(minutes), userIds };
  const issues = formIssues(t, createNamedHoldInput, input, i18n.language);
  const shown = (key: string) => (touched ? (issues[key] ?? null) : null);
  const idPrefix = hold ? `hold-${hold.id}` : `new-hold-${sessionId}`;

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    setTouched(true);
    if (Object.keys(issues).length > 0) return;
    setError(null);
    try {
      if (hold) {
        await call('namedHolds.update', { holdId: hold.id, name: input.name, releaseMinutesBeforeStart: input.releaseMinutesBeforeStart, userIds });
        onSaved(t('namedHolds.manage.saved', { name: input.name.trim() }));
      } else {
        await call('namedHolds.create', input);
        setName('');
        setMinutes('');
        setUserIds([]);
        setTouched(false);
        onSaved(t('namedHolds.manage.created', { name: input.name.trim() }));
      }
    } catch (failure) {
      setError(holdErrorText(t, failure, i18n.language));
    }
  };

  return (
    <form className={hold ? 'hold-settings' : 'hold-settings card'} onSubmit={(event) => void submit(event)} noValidate aria-labelledby={`${idPrefix}-title`}>
      <h4 id={`${idPrefix}-title`}>{hold ? t('namedHolds.manage.settings') : t('namedHolds.manage.newTitle')}</h4>
      <ErrorBanner message={error} />
      <Field label={t('namedHolds.manage.name')} placeholder={t('namedHolds.manage.namePlaceholder')} value={name} onChange={(e) => setName(e.target.value)} error={shown('name')} />
      <Field
        label={t('namedHolds.manage.releaseMinutes')}
        placeholder={t('namedHolds.manage.releaseMinutesHint')}
        inputMode="numeric"
        value={minutes}
        onChange={(e) => setMinutes(e.target.value.replace(/\D/g, ''))}
        error={shown('releaseMinutesBeforeStart')}
      />
      {clerks.length > 0 ? (
        <fieldset className="hold-clerks">
          <legend>{t('namedHolds.manage.clerkChoice')}</legend>
          {clerks.map((clerk) => (
            <label key={clerk.id} className="checkbox">
              <input
                type="checkbox"
                checked={userIds.includes(clerk.id)}
                onChange={(e) => setUserIds(e.target.checked ? [...userIds, clerk.id] : userIds.filter((id) => id !== clerk.id))}
              />{' '}
              {clerk.displayName}
            </label>
          ))}
        </fieldset>
      ) : null}
      <button type="submit" className={hold ? 'secondary' : 'primary'}>
        {hold ? t('namedHolds.manage.save') : t('namedHolds.manage.create')}
      </button>
    </form>
  );
}
