import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import type { AuditEntryView } from '../../../electron/server/contract';
import { ErrorBanner } from '../components/ErrorBanner';
import { errorText } from '../i18n/error-text';
import { formatDateTime } from '../format';

type Outcome = AuditEntryView['outcome'];
const PAGE = 100;

/** The audit trail with filters: who did what, when, from where, and what was refused. */
export function AuditScreen() {
  const { t, i18n } = useTranslation();
  const [filters, setFilters] = useState({ action: '', username: '', outcome: '' as Outcome | '' });
  const [entries, setEntries] = useState<AuditEntryView[]>([]);
  const [more, setMore] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const fetchPage = useCallback(
    async (beforeId?: number) => {
      const page = await call('audit.list', {
        action: filters.action || undefined,
        username: filters.username || undefined,
        outcome: filters.outcome || undefined,
        beforeId,
        limit: PAGE,
      });
      return page;
    },
    [filters],
  );

  useEffect(() => {
    fetchPage()
      .then((page) => {
        setEntries(page);
        setMore(page.length === PAGE);
        setError(null);
      })
      .catch((failure: unknown) => setError(errorText(t, failure)));
  }, [fetchPage, t]);

  const loadMore = async () => {
    const last = entries.at(-1);
    try {
      const page = await fetchPage(last?.id);
      setEntries([...entries, ...page]);
      setMore(page.length === PAGE);
    } catch (failure) {
      setError(errorText(t, failure));
    }
  };

  const actionLabel = (action: string) => {
    const key = `audit.actions.${action.replace(/\./g, '_')}`;
    return i18n.exists(key) ? t(key as 'audit.actions.auth_login') : action;
  };

  return (
    <section aria-labelledby="audit-title">
      <h2 id="audit-title">{t('audit.title')}</h2>
      <ErrorBanner message={error} />
      <div className="filters">
        <label>
          {t('audit.action')}
          <input value={filters.action} placeholder="auth" onChange={(e) => setFilters({ ...filters, action: e.target.value })} />
        </label>
        <label>
          {t('audit.user')}
          <input value={filters.username} onChange={(e) => setFilters({ ...filters, username: e.target.value })} />
        </label>
        <label>
          {t('audit.outcome')}
          <select value={filters.outcome} onChange={(e) => setFilters({ ...filters, outcome: e.target.value as Outcome | '' })}>
            <option value="">{t('audit.any')}</option>
            {(['ok', 'refused', 'failed'] as const).map((outcome) => (
              <option key={outcome} value={outcome}>
                {t(`audit.outcomes.${outcome}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('audit.time')}</th>
            <th scope="col">{t('audit.user')}</th>
            <th scope="col">{t('audit.action')}</th>
            <th scope="col">{t('audit.outcome')}</th>
            <th scope="col">{t('audit.detail')}</th>
            <th scope="col">{t('audit.address')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id} className={entry.outcome === 'ok' ? undefined : 'row-warn'}>
              <td className="nowrap">{formatDateTime(entry.at, i18n.language)}</td>
              <td>{entry.username ?? '—'}</td>
              <td>{actionLabel(entry.action)}</td>
              <td>{t(`audit.outcomes.${entry.outcome}`)}</td>
              <td className="detail">{[entry.target, Object.keys(entry.detail).length ? JSON.stringify(entry.detail) : null].filter(Boolean).join(' ')}</td>
              <td>{entry.address ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {more ? (
        <button type="button" className="secondary" onClick={() => void loadMore()}>
          {t('audit.more')}
        </button>
      ) : null}
    </section>
  );
}
