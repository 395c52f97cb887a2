import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useCatalogStore } from '../../stores/catalog-store';
import { ErrorBanner } from '../../components/ErrorBanner';
import { errorText } from '../../i18n/error-text';

/** Downloads the platform's performance types into the local cache the performance form's picker reads. */
export function TypesPanel() {
  const { t } = useTranslation();
  const types = useCatalogStore((state) => state.types);
  const load = useCatalogStore((state) => state.load);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const download = async () => {
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      const result = await call('platform.downloadTypes', {});
      await load();
      setNotice(t('platform.downloaded', { count: result.count, parents: result.parents, children: result.children }));
    } catch (failure) {
      setError(errorText(t, failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card stack" aria-labelledby="platform-types-title">
      <h3 id="platform-types-title">{t('platform.typesTitle')}</h3>
      <p className="muted">{t('platform.typesExplain')}</p>
      <p>{types.length > 0 ? t('platform.cached', { count: types.length }) : t('platform.noTypes')}</p>
      <ErrorBanner message={error} />
      {notice ? (
        <div className="banner banner-ok" role="status">
          {notice}
        </div>
      ) : null}
      <div className="button-row">
        <button type="button" className="primary" disabled={busy} onClick={() => void download()}>
          {busy ? t('platform.downloading') : t('platform.download')}
        </button>
      </div>
    </section>
  );
}
