import { useTranslation } from 'react-i18next';
import { formatYuan } from '../../format';
import type { MapTier, SeatState } from './types';

const TIER_SAMPLE = '#6d6d78';

/** A seat as draw.ts draws it, at legend size: the same shapes and marks, so the legend reads the map. */
function SeatIcon({ state, accessible = false, color = TIER_SAMPLE }: { state: SeatState; accessible?: boolean; color?: string }) {
  const fill = state === 'sold' ? '#8d8d96' : state === 'blocked' ? '#2f3542' : color;
  const shape =
    accessible || state === 'blocked' ? <rect x="3" y="3" width="14" height="14" rx={accessible ? 4 : 1} fill={fill} /> : <circle cx="10" cy="10" r="7" fill={fill} fillOpacity={state === 'held' ? 0.45 : 1} />;
  return (
    <svg width="22" height="22" viewBox="0 0 20 20" aria-hidden="true" className="seat-icon">
      {state === 'reserved' ? <circle cx="10" cy="10" r="6.5" fill="none" stroke={fill} strokeWidth="2" /> : shape}
      {state === 'sold' ? <path d="M6.5 6.5l7 7M13.5 6.5l-7 7" stroke="#fff" strokeWidth="2" strokeLinecap="round" /> : null}
      {state === 'held' ? <path d="M5 15L15 5M8 17L17 8M3 12L12 3" stroke="#111" strokeWidth="1.2" /> : null}
      {state === 'held_by_me' ? (
        <>
          <circle cx="10" cy="10" r="8.6" fill="none" stroke="#111" strokeWidth="2.2" />
          <path d="M6.5 10l2.5 2.8 4.5-5.3" stroke="#fff" strokeWidth="2" fill="none" strokeLinecap="round" />
        </>
      ) : null}
    </svg>
  );
}

/** The tiers' colours and prices, then what each state looks like (shape and mark, not colour alone). */
export function SeatLegend({ tiers }: { tiers: readonly MapTier[] }) {
  const { t } = useTranslation();
  const states: SeatState[] = ['available', 'held_by_me', 'held', 'sold', 'reserved', 'blocked'];
  return (
    <div className="seat-legend" aria-label={t('seatMap.legend')}>
      <ul className="legend-tiers">
        {tiers.map((tier) => (
          <li key={tier.id}>
            <SeatIcon state="available" color={tier.color} /> {tier.name} {formatYuan(tier.priceFen)}
          </li>
        ))}
      </ul>
      <ul className="legend-states">
        {states.map((state) => (
          <li key={state}>
            <SeatIcon state={state} /> {t(`seatMap.states.${state}`)}
          </li>
        ))}
        <li>
          <SeatIcon state="available" accessible /> {t('seatMap.accessible')}
        </li>
      </ul>
    </div>
  );
}
