import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useCatalogStore } from '../../stores/catalog-store';
import { Notices } from '../../components/Notices';
import { useAction } from '../../components/use-action';

/** Downloads the platform's performance types into the local cache the performance form's picker reads. */
export function TypesPanel() {
  const { t } = useTranslation();
  const types = useCatalogStore((state) => state.types);
  const load = useCatalogStore((state) => state.load);
  const { busy, error, notice, run } = useAction();

  const download = () =>
    run(async () => {
      const result = await call('platform.downloadTypes', {});
      await load();
      return t('platform.downloaded', { count: result.count, parents: result.parents, children: result.children });
    });

  return (
    <section className="card stack" aria-labelledby="platform-types-title">
      <h3 id="platform-types-title">{t('platform.typesTitle')}</h3>
      <p className="muted">{t('platform.typesExplain')}</p>
      <p>{types.length > 0 ? t('platform.cached', { count: types.length }) : t('platform.noTypes')}</p>
      <Notices error={error} notice={notice} />
      <div className="button-row">
        <button type="button" className="primary" disabled={busy} onClick={() => void download()}>
          {busy ? t('platform.downloading') : t('platform.download')}
        </button>
      </div>
    </section>
  );
}
