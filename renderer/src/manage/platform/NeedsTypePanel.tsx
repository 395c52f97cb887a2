import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import type { TypeCheckView } from '../../../../electron/server/contract';
import { useCatalogStore } from '../../stores/catalog-store';
import { ErrorBanner } from '../../components/ErrorBanner';
import { NoticeBanner } from '../../components/NoticeBanner';
import { errorText } from '../../i18n/error-text';

/** Performances whose type the current platform does not list (held, not failed), each with a picker from the platform's list. */
export function NeedsTypePanel() {
  const { t } = useTranslation();
  const types = useCatalogStore((state) => state.types);
  const load = useCatalogStore((state) => state.load);
  const [check, setCheck] = useState<TypeCheckView | null>(null);
  const [picked, setPicked] = useState<Record<string, number>>({});
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const refresh = useCallback(() => {
    call('platform.typeCheck', {}).then(setCheck, (failure: unknown) => setError(errorText(t, failure)));
  }, [t]);
  // the list changes with the platform's type list (downloaded on connecting, testing, or by hand)
  useEffect(refresh, [refresh, types]);

  const held = check?.performances.filter((p) => !p.listed) ?? [];
  const apply = async (from: number, performanceId: string) => {
    const to = picked[performanceId];
    if (to === undefined) return;
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      const result = await call('platform.retype', { from, to });
      setNotice(t('golive.types.applied', { count: result.changed.length, type: `${to} ${types.find((type) => type.typeId === to)?.typeName ?? ''}` }));
      await load();
      refresh();
    } catch (failure) {
      setError(errorText(t, failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card stack" aria-labelledby="needs-type-title" data-testid="needs-type">
      <h3 id="needs-type-title">{t('golive.types.title')}</h3>
      <p className="muted">{t('golive.types.explain')}</p>
      <ErrorBanner message={error} />
      <NoticeBanner message={notice} />
      {check && held.length === 0 ? <p>{t('golive.types.none')}</p> : null}
      <ul className="plain-list stack">
        {held.map((p) => (
          <li key={p.performanceId} className="needs-type-row">
            <span>
              <strong>{p.name}</strong> <span className="muted">{t('golive.types.current', { typeId: p.typeId })}</span>
            </span>
            <label>
              <span className="visually-hidden">{t('golive.types.pick')}</span>
              <select
                aria-label={`${t('golive.types.pick')} · ${p.name}`}
                value={picked[p.performanceId] ?? ''}
                onChange={(e) => setPicked({ ...picked, [p.performanceId]: Number(e.target.value) })}
              >
                <option value="">{t('golive.types.pick')}</option>
                {types.map((type) => (
                  <option key={type.typeId} value={type.typeId}>
                    {type.level === 2 ? '　' : ''}
                    {type.typeId} {type.typeName}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" className="primary" disabled={busy || picked[p.performanceId] === undefined} onClick={() => void apply(p.typeId, p.performanceId)}>
              {t('golive.types.apply')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
