import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useRouteStore } from '../stores/route-store';
import { useSellShiftStore } from '../stores/sell-shift-store';
import { useSellPrintStore } from '../stores/sell-print-store';
import { useSellSeatsStore } from '../stores/sell-seats-store';
import { useSessionStore } from '../stores/session-store';
import { sellScreen } from './sell-route';
import { useShortcuts } from './ui/use-shortcuts';
import { SellNav } from './SellNav';
import { SessionPicker } from './sessions/SessionPicker';
import { SaleScreen } from './sale/SaleScreen';
import { OrdersScreen } from './orders/OrdersScreen';
import { ShiftScreen } from './shift/ShiftScreen';
import { PackageSaleScreen } from './packages/PackageSaleScreen';
import { PrintHost } from './print/PrintHost';
import '../styles/sell.css';
import '../styles/sell-ticket.css';
import '../styles/sell-print.css';

/** The box-office window: session picker, sale, orders and the shift, each at its own URL under /sell. */
export function SellSection() {
  const subpath = useRouteStore((state) => state.subpath);
  const go = useRouteStore((state) => state.go);
  const loadShift = useSellShiftStore((state) => state.load);
  const screen = sellScreen(subpath);

  useEffect(() => {
    void loadShift();
  }, [loadShift]);

  // "Sent to the printer" belongs to the screen that printed; another screen starts without it.
  useEffect(() => {
    useSellPrintStore.getState().resetStatus();
  }, [screen.kind]);

  // Leaving the box office (another section, logout) lets this window's seats go at once rather than in five minutes.
  useEffect(
    () => () => {
      if (useRouteStore.getState().section !== 'sell' || useSessionStore.getState().phase !== 'in') void useSellSeatsStore.getState().leave();
    },
    [],
  );

  // On its own screen, F2 or F3 is that screen's: its search field, text selected (SessionPicker, OrdersScreen).
  useShortcuts({
    F2: screen.kind !== 'sessions' && (() => go('sell', 'sessions')),
    F3: screen.kind !== 'orders' && (() => go('sell', 'orders')),
    F4: () => go('sell', 'shift'),
  });

  return (
    <section className="section sell" aria-labelledby="sell-title">
      <SellNavWithTitle screen={screen.kind} />
      {screen.kind === 'sessions' ? <SessionPicker /> : null}
      {screen.kind === 'sale' ? <SaleScreen sessionId={screen.sessionId} /> : null}
      {screen.kind === 'orders' ? <OrdersScreen orderId={screen.orderId} /> : null}
      {screen.kind === 'shift' ? <ShiftScreen /> : null}
      {screen.kind === 'packages' ? <PackageSaleScreen /> : null}
      <PrintHost />
    </section>
  );
}

function SellNavWithTitle({ screen }: { screen: 'sessions' | 'sale' | 'orders' | 'shift' | 'packages' }) {
  const { t } = useTranslation();
  return (
    <>
      <h1 id="sell-title" className="visually-hidden">
        {t('sell.nav')}
      </h1>
      <SellNav current={screen} />
    </>
  );
}
