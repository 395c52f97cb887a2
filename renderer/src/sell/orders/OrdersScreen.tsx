import { useEffect, useRef, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSellOrdersStore } from '../../stores/sell-orders-store';
import { useRouteStore } from '../../stores/route-store';
import { formatDateTime, formatYuan } from '../../format';
import { orderPath } from '../sell-route';
import { sellErrorText } from '../sell-error-text';
import { useShortcuts } from '../ui/use-shortcuts';
import { searchFieldProps } from '../ui/search-field';
import { useSellShiftStore } from '../../stores/sell-shift-store';
import type { OrderSummary } from '../../../../electron/server/contract';
import { ShortcutBar } from '../ui/ShortcutBar';
import { Notice } from '../ui/Notice';
import type { FindChoice } from './find-query';
import { OrderDetail } from './OrderDetail';
import { statusText } from './status-text';

const CHOICES: readonly FindChoice[] = ['auto', 'ticketCode', 'orderNumber', 'idLast', 'phoneLast'];

/** Finding an order: scan a ticket, or type an order number or the last digits of a phone or ID number. */
export function OrdersScreen({ orderId }: { orderId: string | null }) {
  const { t, i18n } = useTranslation();
  const by = useSellOrdersStore((state) => state.by);
  const value = useSellOrdersStore((state) => state.value);
  const results = useSellOrdersStore((state) => state.results);
  const order = useSellOrdersStore((state) => state.order);
  const busy = useSellOrdersStore((state) => state.busy);
  const error = useSellOrdersStore((state) => state.error);
  const setBy = useSellOrdersStore((state) => state.setBy);
  const setValue = useSellOrdersStore((state) => state.setValue);
  const search = useSellOrdersStore((state) => state.search);
  const open = useSellOrdersStore((state) => state.open);
  const recent = useSellOrdersStore((state) => state.recent);
  const loadRecent = useSellOrdersStore((state) => state.loadRecent);
  const shiftOpen = useSellShiftStore((state) => state.phase === 'open');
  const go = useRouteStore((state) => state.go);
  const inputRef = useRef<HTMLInputElement>(null);

  // The URL names the order (a link from a purchase-limit refusal, the back button).
  useEffect(() => {
    if (orderId && useSellOrdersStore.getState().order?.id !== orderId) void open(orderId);
  }, [orderId, open]);

  // Opened on the shift's last orders: the sale just made is one click away, with no search.
  useEffect(() => {
    if (!orderId) void loadRecent();
  }, [orderId, loadRecent]);

  useShortcuts({
    F3: () => {
      inputRef.current?.focus();
      inputRef.current?.select();
    },
  });

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    if (value.trim().length < 4) return;
    await search();
    const found = useSellOrdersStore.getState().order;
    go('sell', found ? orderPath(found.id) : 'orders');
  };

  const shown = orderId && order?.id === orderId ? order : null;
  return (
    <div className="orders-screen">
      <form className="order-search" onSubmit={(event) => void submit(event)} role="search">
        <label className="field">
          <span>{t('sell.orders.by')}</span>
          <select value={by} onChange={(event) => setBy(event.target.value as FindChoice)}>
            {CHOICES.map((choice) => (
              <option key={choice} value={choice}>
                {t(`sell.orders.byKinds.${choice}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field grow">
          <span>
            {t('sell.orders.value')} <kbd>F3</kbd>
          </span>
          <input
            ref={inputRef}
            type="search"
            value={value}
            autoFocus={!orderId}
            autoComplete="off"
            spellCheck={false}
            placeholder={t('sell.orders.placeholder')}
            onChange={(event) => setValue(event.target.value)}
            {...searchFieldProps()}
          />
        </label>
        <button type="submit" className="primary big" disabled={busy || value.trim().length < 4}>
          {t('sell.orders.search')}
        </button>
      </form>
      {error && !shown ? <Notice kind="error">{sellErrorText(t, error, i18n.language)}</Notice> : null}
      {shown ? (
        <OrderDetail order={shown} onBack={() => go('sell', 'orders')} />
      ) : results ? (
        results.length === 0 ? (
          <p className="big-text muted">{t('sell.orders.none')}</p>
        ) : (
          <OrderTable orders={results} caption={t('sell.orders.results', { count: results.length })} />
        )
      ) : recent ? (
        <section className="recent-orders" aria-labelledby="recent-title">
          <h3 id="recent-title">
            {shiftOpen ? t('window.recent.title') : t('window.recent.titleNoShift')}{' '}
            <button type="button" className="link-button" onClick={() => void loadRecent()}>
              {t('window.recent.refresh')}
            </button>
          </h3>
          {recent.length === 0 ? <p className="muted">{t('window.recent.empty')}</p> : <OrderTable orders={recent} caption={t('window.recent.title')} />}
        </section>
      ) : null}
      <ShortcutBar
        items={[
          ['F3', t('sell.keys.search')],
          ['Enter', t('sell.orders.search')],
          ['F7', t('sell.orders.refund')],
          ['F8', t('sell.orders.reprint')],
          ['F9', t('sell.orders.exchange')],
          ['Esc', t('sell.orders.backToResults')],
          ['F2', t('sell.keys.sessions')],
        ]}
      />
    </div>
  );
}


/** Orders in a table, newest first, each opened with one click. */
function OrderTable({ orders, caption }: { orders: readonly OrderSummary[]; caption: string }) {
  const { t, i18n } = useTranslation();
  const go = useRouteStore((state) => state.go);
  return (
    <table className="data-table order-results">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th>{t('sell.orders.number')}</th>
          <th>{t('sell.orders.performance')}</th>
          <th>{t('sell.orders.when')}</th>
          <th>{t('sell.orders.buyer')}</th>
          <th>{t('sell.orders.amount')}</th>
          <th>{t('sell.orders.status')}</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {orders.map((summary) => (
          <tr key={summary.id}>
            <td className="mono">{summary.number}</td>
            <td>
              {summary.performanceName} {summary.sessionName}
              <div className="muted small">{formatDateTime(summary.startsAt, i18n.language)}</div>
            </td>
            <td>{formatDateTime(summary.createdAt, i18n.language)}</td>
            <td>{summary.buyerName ?? '—'}</td>
            <td>
              {formatYuan(summary.totalFen)} · {t('sell.sale.ticketCount', { count: summary.ticketCount })}
            </td>
            <td>{statusText(t, summary.status)}</td>
            <td>
              <button type="button" className="secondary" onClick={() => go('sell', orderPath(summary.id))}>
                {t('sell.orders.open')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
