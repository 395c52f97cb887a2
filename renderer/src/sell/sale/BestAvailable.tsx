import { useRef, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionListItem } from '../../../../electron/server/contract';
import { useSellSeatsStore } from '../../stores/sell-seats-store';
import { formatYuan } from '../../format';
import { useShortcuts } from '../ui/use-shortcuts';

const MAX_TOGETHER = 20;
/** The select's value for "any price": no tier is sent. */
const ANY_PRICE = 'any';

/**
 * "Best N together in tier X" (or at any price), with how many of them are wheelchair places: the core finds and
 * holds them (centre-and-front, never stranding a single seat when it need not).
 */
export function BestAvailable({ session, onFocusTier }: { session: SessionListItem; onFocusTier: (tierId: string | null) => void }) {
  const { t } = useTranslation();
  const best = useSellSeatsStore((state) => state.best);
  const firstOnSale = session.tiers.find((tier) => tier.available > 0) ?? session.tiers[0];
  const [tierId, setTierId] = useState(firstOnSale?.id ?? '');
  const [count, setCount] = useState('2');
  const [accessible, setAccessible] = useState('0');
  const [busy, setBusy] = useState(false);
  const tierRef = useRef<HTMLSelectElement>(null);

  useShortcuts({ F6: () => tierRef.current?.focus() });

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    const n = Number(count);
    const wheelchairs = Number(accessible || '0');
    if (!Number.isInteger(n) || n < 1 || n > MAX_TOGETHER || !Number.isInteger(wheelchairs) || wheelchairs < 0 || wheelchairs > n) return;
    setBusy(true);
    try {
      await best(tierId === ANY_PRICE ? null : tierId, n, wheelchairs);
    } finally {
      setBusy(false);
      onFocusTier(null);
    }
  };

  return (
    <form className="best-available" onSubmit={(event) => void submit(event)} aria-label={t('sell.sale.bestTitle')}>
      <label>
        <span>
          {t('sell.sale.bestTier')} <kbd>F6</kbd>
        </span>
        <select
          ref={tierRef}
          value={tierId}
          onChange={(event) => setTierId(event.target.value)}
          onFocus={() => onFocusTier(tierId === ANY_PRICE ? null : tierId)}
          onBlur={() => onFocusTier(null)}
        >
          <option value={ANY_PRICE}>{t('window.best.anyPrice')}</option>
          {session.tiers.map((tier) => (
            <option key={tier.id} value={tier.id}>
              {tier.name} {formatYuan(tier.priceFen)} · {t('sell.sale.available', { count: tier.available })}
            </option>
          ))}
        </select>
      </label>
      <label className="best-count">
        <span>{t('sell.sale.bestCount')}</span>
        <input type="number" min={1} max={MAX_TOGETHER} value={count} onChange={(event) => setCount(event.target.value)} onFocus={(event) => event.target.select()} />
      </label>
      <label className="best-count best-accessible" title={t('window.best.accessibleHint')}>
        <span>{t('window.best.accessible')}</span>
        <input type="number" min={0} max={MAX_TOGETHER} value={accessible} onChange={(event) => setAccessible(event.target.value)} onFocus={(event) => event.target.select()} />
      </label>
      <button type="submit" className="secondary" disabled={busy || session.salesState !== 'open'}>
        {t('sell.sale.bestFind')}
      </button>
    </form>
  );
}
