import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LargeSessionRules } from '../../../../electron/server/contract';
import { heldCap } from '../../../../electron/server/contract/schemas';
import { useLargeRulesStore } from '../../stores/large-rules-store';
import { ErrorBanner } from '../../components/ErrorBanner';
import { formatDateTimeShort } from '../../format';
import { largeManageError } from './manage-error';
import { ShareBar } from './ShareBar';

const parseAudience = (text: string): number | null | 'bad' => {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return /^\d{1,6}$/.test(trimmed) && Number(trimmed) >= 1 && Number(trimmed) <= 500_000 ? Number(trimmed) : 'bad';
};

/** One session: its approved audience (typed), the cap it gives, and the held count as a bar. */
function AudienceRow({ session, onSaved, onError }: { session: LargeSessionRules; onSaved: (name: string) => void; onError: (failure: unknown) => void }) {
  const { t, i18n } = useTranslation();
  const setAudience = useLargeRulesStore((state) => state.setAudience);
  const [text, setText] = useState(session.approvedAudience === null ? '' : String(session.approvedAudience));
  const parsed = parseAudience(text);
  const cap = parsed === 'bad' || parsed === null ? session.heldCap : heldCap(parsed);
  const changed = parsed !== 'bad' && parsed !== session.approvedAudience;
  const save = async () => {
    if (parsed === 'bad') return;
    try {
      await setAudience(session.sessionId, parsed);
      onSaved(session.name);
    } catch (failure) {
      onError(failure);
    }
  };
  const inputId = `audience-${session.sessionId}`;
  return (
    <tr className={session.status === 'cancelled' ? 'row-muted' : undefined}>
      <td>
        <strong>{session.name}</strong>
        <div className="muted small">{formatDateTimeShort(session.startsAt, i18n.language)}</div>
      </td>
      <td>
        <label htmlFor={inputId} className="visually-hidden">
          {`${session.name} ${t('large.manage.audience.approved')}`}
        </label>
        <input id={inputId} className="narrow" inputMode="numeric" value={text} aria-invalid={parsed === 'bad' ? true : undefined} onChange={(event) => setText(event.target.value)} />
        {parsed === 'bad' ? <div className="field-error">{t('validation.invalid')}</div> : null}
      </td>
      <td className="num">{cap ?? '—'}</td>
      <td>
        <ShareBar held={session.held.total} cap={cap} />
        <div className="muted small">
          {t('large.manage.audience.heldKinds', { reserved: session.held.reserved, complimentary: session.held.complimentary, staff: session.held.staff })} ·{' '}
          {t('large.manage.audience.deadline', { time: formatDateTimeShort(session.bindingDeadline, i18n.language) })}
        </div>
      </td>
      <td>
        <button type="button" className="secondary" disabled={!changed} onClick={() => void save()}>
          {t('large.manage.audience.save')}
        </button>
      </td>
    </tr>
  );
}

/** The 85/15 split per session: approved audience, 15% cap, held tickets. */
export function AudienceTable({ sessions }: { sessions: LargeSessionRules[] }) {
  const { t, i18n } = useTranslation();
  // The refusal itself is kept, so its sentence follows a change of language.
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <section aria-labelledby="large-audience-title">
      <h4 id="large-audience-title">{t('large.manage.audience.title')}</h4>
      <ErrorBanner message={error === null ? null : largeManageError(t, error, i18n.language)} />
      {notice ? <p role="status">✔ {notice}</p> : null}
      <table className="data-table large-table">
        <thead>
          <tr>
            <th scope="col">{t('large.manage.audience.session')}</th>
            <th scope="col">{t('large.manage.audience.approved')}</th>
            <th scope="col" className="num">
              {t('large.manage.audience.cap')}
            </th>
            <th scope="col">{t('large.manage.audience.held')}</th>
            <th scope="col" />
          </tr>
        </thead>
        <tbody>
          {sessions.map((session) => (
            <AudienceRow
              key={`${session.sessionId}:${session.approvedAudience ?? ''}`}
              session={session}
              onSaved={(name) => {
                setError(null);
                setNotice(t('large.manage.audience.saved', { session: name }));
              }}
              onError={(failure) => {
                setNotice(null);
                setError(failure);
              }}
            />
          ))}
        </tbody>
      </table>
    </section>
  );
}
