import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionListItem } from '../../../../electron/server/contract';
import { useSellCartStore } from '../../stores/sell-cart-store';
import { formatYuan } from '../../format';
import { useShortcuts } from '../ui/use-shortcuts';
import { mapTiers } from './map-data';

/** Quantities per tier for an unseated session (不对号入座): type a number, or + and − (also the arrow keys). */
export function UnseatedPicker({ session }: { session: SessionListItem }) {
  const { t } = useTranslation();
  const quantities = useSellCartStore((state) => state.quantities);
  const setQuantity = useSellCartStore((state) => state.setQuantity);
  const listRef = useRef<HTMLUListElement>(null);
  const colors = new Map(mapTiers(session.tiers).map((tier) => [tier.id, tier.color]));
  const open = session.salesState === 'open';

  useShortcuts({ F6: () => listRef.current?.querySelector('input')?.focus() });

  return (
    <section className="unseated-picker" aria-labelledby="unseated-title">
      <h3 id="unseated-title">
        {t('sell.sale.unseatedTitle')} <kbd>F6</kbd>
      </h3>
      <ul ref={listRef} className="quantity-list">
        {session.tiers.map((tier) => {
          const quantity = quantities[tier.id] ?? 0;
          const max = tier.available;
          const set = (n: number) => setQuantity(tier.id, Math.min(max, Math.max(0, n)));
          return (
            <li key={tier.id} className={max === 0 ? 'quantity-row sold-out' : 'quantity-row'}>
              <span className="tier-swatch big" style={{ background: colors.get(tier.id) }} aria-hidden="true" />
              <span className="quantity-tier">
                <strong>{tier.name}</strong> {formatYuan(tier.priceFen)}
                <span className="muted"> · {max === 0 ? t('sell.sessions.soldOut') : t('sell.sale.available', { count: max })}</span>
              </span>
              <button type="button" className="secondary step" onClick={() => set(quantity - 1)} disabled={quantity === 0} aria-label={t('sell.sale.less')}>
                −
              </button>
              <input
                type="number"
                className="quantity-input"
                min={0}
                max={max}
                value={quantity}
                disabled={!open || max === 0}
                aria-label={t('sell.sale.quantity', { tier: tier.name })}
                onFocus={(event) => event.target.select()}
                onChange={(event) => set(Number(event.target.value) || 0)}
              />
              <button type="button" className="secondary step" onClick={() => set(quantity + 1)} disabled={!open || quantity >= max} aria-label={t('sell.sale.more')}>
                ＋
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
