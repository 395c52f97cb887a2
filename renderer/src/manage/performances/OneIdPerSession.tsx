import { useTranslation } from 'react-i18next';
import type { PerformanceView } from '../../../../electron/server/contract';
import { useCatalogStore } from '../../stores/catalog-store';

/**
 * The performance's "one ticket per ID per session" (its limit per ID per session of 1), switched on the card: on by
 * default for 一票一证, kept on by large mode (the core refuses to relax it there, with its own sentence).
 */
export function OneIdPerSession({ performance, run }: { performance: PerformanceView; run: (work: () => Promise<string | undefined>) => Promise<boolean> }) {
  const { t } = useTranslation();
  const updatePerformance = useCatalogStore((state) => state.updatePerformance);
  if (performance.realNameMode === 'none') return null;
  const on = performance.limitPerIdSession === 1;
  return (
    <label className="checkbox" title={t('saleOneId.settingHint')}>
      <input
        type="checkbox"
        checked={on}
        disabled={performance.large}
        onChange={(event) => {
          const next = event.target.checked;
          void run(async () => {
            await updatePerformance({ performanceId: performance.id, limitPerIdSession: next ? 1 : null });
            return t(next ? 'saleOneId.on' : 'saleOneId.off');
          });
        }}
      />{' '}
      {t('saleOneId.setting')}
    </label>
  );
}
