import { useTranslation } from 'react-i18next';
import { useRouteStore } from '../stores/route-store';
import { useSellSeatsStore } from '../stores/sell-seats-store';
import { useSellShiftStore } from '../stores/sell-shift-store';
import { formatYuan } from '../format';
import { salePath } from './sell-route';

type Screen = 'sessions' | 'sale' | 'orders' | 'shift' | 'packages';

/** The box office's own tabs with their keys, and the shift's state (money can only be taken in an open shift). */
export function SellNav({ current }: { current: Screen }) {
  const { t } = useTranslation();
  const go = useRouteStore((state) => state.go);
  const session = useSellSeatsStore((state) => state.session);
  const picked = useSellSeatsStore((state) => state.mine.length);
  const tabs: { id: Screen; label: string; key?: string; path: string }[] = [
    { id: 'sessions', label: t('sell.tabs.sessions'), key: 'F2', path: 'sessions' },
    ...(session ? [{ id: 'sale' as const, label: `${t('sell.tabs.sale')} · ${session.performanceName} ${session.name}${picked > 0 ? ` (${picked})` : ''}`, path: salePath(session.id) }] : []),
    // F1–F9 are taken by the window's screens (F6 is best-available in a sale): the tab is reached by Tab or click
    { id: 'packages', label: t('packages.sell.tab'), path: 'packages' },
    { id: 'orders', label: t('sell.tabs.orders'), key: 'F3', path: 'orders' },
    { id: 'shift', label: t('sell.tabs.shift'), key: 'F4', path: 'shift' },
  ];
  return (
    <div className="sell-nav">
      <nav className="tabs" aria-label={t('sell.nav')}>
        {tabs.map((tab) => (
          <button
            key={tab.id}
            type="button"
            className={tab.id === current ? 'tab active' : 'tab'}
            aria-current={tab.id === current ? 'page' : undefined}
            onClick={() => go('sell', tab.path)}
          >
            {tab.label}
            {tab.key ? <kbd>{tab.key}</kbd> : null}
          </button>
        ))}
      </nav>
      <ShiftChip />
    </div>
  );
}

function ShiftChip() {
  const { t } = useTranslation();
  const phase = useSellShiftStore((state) => state.phase);
  const floatFen = useSellShiftStore((state) => state.current?.floatFen ?? 0);
  const go = useRouteStore((state) => state.go);
  const text = phase === 'open' ? t('sell.shiftOpen', { float: formatYuan(floatFen) }) : phase === 'none' ? t('sell.shiftNone') : t('sell.shiftUnknown');
  return (
    <button type="button" className={`shift-chip shift-${phase}`} onClick={() => go('sell', 'shift')} data-testid="shift-chip">
      <span aria-hidden="true">{phase === 'open' ? '●' : phase === 'none' ? '▲' : '?'}</span> {text}
    </button>
  );
}
