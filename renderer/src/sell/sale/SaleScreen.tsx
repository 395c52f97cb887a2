import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { onEvent } from '../../api/event-hub';
import { useSellSeatsStore } from '../../stores/sell-seats-store';
import { useSellCartStore } from '../../stores/sell-cart-store';
import { chinaDateTime } from '../../../../electron/china-time';
import { sellErrorText } from '../sell-error-text';
import { Notice } from '../ui/Notice';
import { ShortcutBar } from '../ui/ShortcutBar';
import { useFillViewport } from '../ui/use-fill-viewport';
import { realNameModeOf } from './cart-logic';
import { SeatedPicker } from './SeatedPicker';
import { UnseatedPicker } from './UnseatedPicker';
import { CartPanel } from './CartPanel';
import { SaleDone } from './SaleDone';
import { LargeBadge } from '../large/LargeBadge';

/** Selling one session: seats (or quantities) on the left, the sale on the right, the total always in view. */
export function SaleScreen({ sessionId }: { sessionId: string }) {
  const { t, i18n } = useTranslation();
  const open = useSellSeatsStore((state) => state.open);
  const scheduleReload = useSellSeatsStore((state) => state.scheduleReload);
  const applyChanges = useSellSeatsStore((state) => state.applyChanges);
  const session = useSellSeatsStore((state) => (state.sessionId === sessionId ? state.session : null));
  const loadError = useSellSeatsStore((state) => state.loadError);
  const done = useSellCartStore((state) => (state.done?.sessionId === sessionId ? state.done : null));
  const bodyRef = useRef<HTMLDivElement>(null);
  useFillViewport(bodyRef, session !== null && done === null);

  useEffect(() => {
    void open(sessionId);
  }, [sessionId, open]);

  // Seats held, sold or refunded by any window (this one included) reach every open map as deltas applied in
  // place; after a lost link (deltas may have been missed), the status is fetched again.
  useEffect(() => {
    const off = [
      onEvent('seats.changed', (event) => {
        if (event.sessionId === sessionId) applyChanges(event);
      }),
      onEvent('hello', scheduleReload),
    ];
    return () => off.forEach((stop) => stop());
  }, [sessionId, scheduleReload, applyChanges]);

  if (!session) {
    return loadError ? (
      <Notice kind="error">
        {sellErrorText(t, loadError, i18n.language)}{' '}
        <button type="button" className="secondary" onClick={() => void open(sessionId)}>
          {t('sell.retry')}
        </button>
      </Notice>
    ) : (
      <p className="big-text muted" aria-busy="true">
        {t('sell.loading')}
      </p>
    );
  }
  if (done) return <SaleDone order={done} session={session} />;
  return (
    <div className="sale-screen">
      <header className="sale-head">
        <h2>
          {session.performanceName} <span className="session-name">{session.name}</span>
        </h2>
        {session.large ? <LargeBadge withRules /> : null}
        {/* One line with the title: every pixel of height is the seat map's. */}
        <p className="sale-facts">
          <strong>{chinaDateTime(session.startsAt)}</strong> · {session.venueName} {session.hallName} · {t(`sell.sessions.realName.${realNameModeOf(session.realNameMode)}`)} ·{' '}
          <span className={`state-chip state-${session.salesState}`}>{t(`sell.sessions.salesState.${session.salesState}`)}</span>
        </p>
      </header>
      {session.salesState !== 'open' ? <Notice kind="warn">{t('sell.sale.notOpen', { state: t(`sell.sessions.salesState.${session.salesState}`) })}</Notice> : null}
      <div className="sale-body" ref={bodyRef}>
        <div className="sale-pick">{session.hasSeat ? <SeatedPicker session={session} /> : <UnseatedPicker session={session} />}</div>
        <CartPanel session={session} />
      </div>
      <ShortcutBar
        items={[
          ['F6', session.hasSeat ? t('sell.keys.best') : t('sell.keys.quantities')],
          ['F7', t('sell.keys.people')],
          ['F8', t('sell.keys.payment')],
          ['F9', t('sell.keys.sell')],
          ['Esc', t('sell.keys.cancelSale')],
          ['F2', t('sell.keys.sessions')],
          ['F3', t('sell.keys.orders')],
          ['F4', t('sell.keys.shift')],
        ]}
      />
    </div>
  );
}
