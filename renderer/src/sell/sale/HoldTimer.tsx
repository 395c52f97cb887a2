import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSellSeatsStore } from '../../stores/sell-seats-store';

const WARN_MS = 60_000;

/** How long the clerk's seats stay held; the hold is renewed by working on the sale, or here. At zero they go. */
export function HoldTimer() {
  const { t } = useTranslation();
  const expiresAt = useSellSeatsStore((state) => state.expiresAt);
  const count = useSellSeatsStore((state) => state.mine.length);
  const extend = useSellSeatsStore((state) => state.extend);
  const expire = useSellSeatsStore((state) => state.expire);
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    if (expiresAt === null) return;
    const timer = setInterval(() => {
      setNow(Date.now());
      if (Date.now() >= expiresAt) expire();
    }, 1000);
    return () => clearInterval(timer);
  }, [expiresAt, expire]);

  if (expiresAt === null || count === 0) return null;
  const left = Math.max(0, expiresAt - now);
  const text = `${Math.floor(left / 60_000)}:${String(Math.floor((left % 60_000) / 1000)).padStart(2, '0')}`;
  return (
    <div className={left < WARN_MS ? 'hold-timer hold-warn' : 'hold-timer'} role="timer" aria-live={left < WARN_MS ? 'polite' : 'off'}>
      <span aria-hidden="true">◷</span> {t('sell.sale.holdTimer', { time: text })}
      <button type="button" className="secondary" onClick={() => void extend()}>
        {t('sell.sale.holdExtend')}
      </button>
    </div>
  );
}
