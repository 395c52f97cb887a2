import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { OrderLineView, OrderView } from '../../../../electron/server/contract';
import { useSellOrdersStore, type OrderNotice } from '../../stores/sell-orders-store';
import { formatDateTime, formatYuan } from '../../format';
import { sellErrorText } from '../sell-error-text';
import { useShortcuts } from '../ui/use-shortcuts';
import { Notice } from '../ui/Notice';
import { PrintSettings } from '../print/PrintSettings';
import { PrintStatusLine } from '../print/PrintStatusLine';
import { OrderActionDialog, type OrderAction } from './OrderActions';
import { statusText } from './status-text';
import { BindHolderDialog } from './BindHolderDialog';
import { useSessionFacts } from './use-session-facts';
import { actionWhy, type OrderActionKind } from './action-why';
import { DeliveryPanel } from '../../eticket/DeliveryPanel';
import { OrderOffersLine } from '../pricing/OrderOffersLine';

const isActive = (line: OrderLineView) => line.status === 'active';

/** One order with its tickets: tick some (or all) and refund, reprint, or exchange e-tickets for paper. */
export function OrderDetail({ order, onBack }: { order: OrderView; onBack: () => void }) {
  const { t, i18n } = useTranslation();
  const selected = useSellOrdersStore((state) => state.selected);
  const toggleLine = useSellOrdersStore((state) => state.toggleLine);
  const setSelected = useSellOrdersStore((state) => state.setSelected);
  const error = useSellOrdersStore((state) => state.error);
  const notice = useSellOrdersStore((state) => state.notice);
  const [action, setAction] = useState<OrderAction | null>(null);
  const [binding, setBinding] = useState(false);
  const language = i18n.language;
  // Held tickets of a large session take a named holder later (held.bindHolder): the session says whether and by when.
  const facts = useSessionFacts(order.ticketType === 'regular' ? null : order.sessionId);
  const deadline = facts?.large ? facts.heldBindingDeadline : null;

  const chosen = order.lines.filter((line) => selected.includes(line.orderLineId));
  const why = { refund: actionWhy('refund', chosen), reprint: actionWhy('reprint', chosen), exchange: actionWhy('exchange', chosen) };
  const can = {
    refund: why.refund === null,
    reprint: why.reprint === null,
    exchange: why.exchange === null,
    bind: deadline !== null && chosen.length === 1 && chosen.every(isActive),
  };
  const whyText = (action: OrderActionKind) => {
    const reason = why[action];
    return reason === null ? undefined : t(`window.why.${reason}`);
  };
  // Why the refund is refused for ticked tickets: said beside the buttons, not only in a tooltip (a paper ticket's
  // exchange is not offered either, but that is no news to anyone: it stays in the button's title).
  const blocked = why.refund === 'pick' ? null : why.refund;
  const bindLine = can.bind ? chosen[0] : undefined;
  const start = (which: OrderAction) => can[which] && (() => setAction(which));

  useShortcuts({ F7: start('refund'), F8: start('reprint'), F9: start('exchange'), Escape: onBack });

  const live = order.lines.filter(isActive).map((line) => line.orderLineId);
  const allTicked = live.length > 0 && live.every((id) => selected.includes(id));
  return (
    <section className="order-detail" aria-labelledby="order-title">
      <header className="order-head">
        <h2 id="order-title">{t('sell.orders.detailTitle', { number: order.number })}</h2>
        <button type="button" className="secondary" onClick={onBack}>
          {t('sell.orders.backToResults')} <kbd>Esc</kbd>
        </button>
      </header>
      <dl className="order-facts">
        <dt>{t('sell.orders.status')}</dt>
        <dd>{statusText(t, order.status)}</dd>
        <dt>{t('sell.orders.when')}</dt>
        <dd>{formatDateTime(order.createdAt, language)}</dd>
        <dt>{t('sell.orders.amount')}</dt>
        <dd>
          {formatYuan(order.totalFen)} · {t(`sell.pay.ticketTypes.${order.ticketType}`)}
          {order.refundedFen > 0 ? ` · ${t('sell.orders.refunded', { amount: formatYuan(order.refundedFen) })}` : ''}
          {order.refundFeeFen > 0 ? ` · ${t('large.refund.feeKept', { amount: formatYuan(order.refundFeeFen) })}` : ''}
        </dd>
        <dt>{t('sell.orders.payment')}</dt>
        <dd>
          {t(`sell.pay.methods.${order.payment.method}`)}
          {order.payment.reference ? ` · ${order.payment.reference}` : ''}
        </dd>
        <dt>{t('sell.orders.buyer')}</dt>
        <dd>{order.buyer ? [order.buyer.name, order.buyer.idNumber, order.buyer.phone].filter(Boolean).join(' · ') : '—'}</dd>
        <dt>{t('sell.orders.clerk')}</dt>
        <dd>{order.clerk ?? '—'}</dd>
      </dl>
      {notice ? <Notice kind="ok">{noticeText(t, notice)}</Notice> : null}
      {error ? <Notice kind="error">{sellErrorText(t, error, language)}</Notice> : null}
      <PrintStatusLine />
      {order.ticketMode === 'electronic' ? <DeliveryPanel orderId={order.id} lines={order.lines} /> : null}
      <table className="data-table order-lines">
        <thead>
          <tr>
            <th>
              <label className="check-line">
                <input type="checkbox" checked={allTicked} disabled={live.length === 0} onChange={() => setSelected(allTicked ? [] : live)} />
                <span className="visually-hidden">{t('sell.orders.selectAll')}</span>
              </label>
            </th>
            <th>{t('sell.orders.line.seat')}</th>
            <th>{t('sell.orders.line.code')}</th>
            <th>{t('sell.orders.line.holder')}</th>
            <th>{t('sell.orders.line.price')}</th>
            <th>{t('sell.orders.line.mode')}</th>
            <th>{t('sell.orders.line.state')}</th>
          </tr>
        </thead>
        <tbody>
          {order.lines.map((line) => {
            const state =
              line.status === 'refunded'
                ? t('sell.orders.lineStates.refunded')
                : line.checkedInAt !== null
                  ? t('sell.orders.lineStates.used', { time: formatDateTime(line.checkedInAt, language) })
                  : t('sell.orders.lineStates.active');
            return (
              <tr key={line.orderLineId} className={isActive(line) ? undefined : 'row-muted'}>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`${t('sell.orders.select')} ${line.seatText}`}
                    checked={selected.includes(line.orderLineId)}
                    disabled={!isActive(line)}
                    onChange={() => toggleLine(line.orderLineId)}
                  />
                </td>
                <td>
                  <strong>{line.seatText}</strong>
                  <div className="muted small">
                    {order.package ? `${line.sessionName} · ` : ''}
                    {line.tierName}
                    {line.priceTypeName ? ` · ${t('pricing.ticketLabel', { name: line.priceTypeName })}` : ''}
                  </div>
                </td>
                <td className="mono">{line.ticketCodeText}</td>
                <td>
                  {line.holderName ?? '—'}
                  {deadline !== null && isActive(line) && !line.idBound ? (
                    <div className="unbound-mark">
                      <span aria-hidden="true">⚠ </span>
                      {t('large.bind.unbound')}
                    </div>
                  ) : null}
                </td>
                <td>
                  {line.amountFen !== line.priceFen && order.ticketType === 'regular' ? <s className="muted">{formatYuan(line.priceFen)}</s> : null} {formatYuan(line.amountFen)}
                </td>
                <td>
                  {t(`sell.orders.modes.${line.ticketMode}`)}
                  <div className="muted small">{t('sell.orders.prints', { count: line.printCount })}</div>
                </td>
                <td>
                  <span aria-hidden="true">{line.status === 'refunded' ? '↩ ' : line.checkedInAt !== null ? '✔ ' : '● '}</span>
                  {state}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <OrderOffersLine offers={order.offers} />
      {order.package ? (
        <p className="order-package" data-testid="order-package">
          {t('packages.order.package', { name: order.package.name, sets: order.package.sets, rule: t(`packages.manage.rules.${order.package.refundRule}`) })}
        </p>
      ) : null}
      <div className="order-actions">
        <span className="muted">{chosen.length > 0 ? t('sell.orders.selected', { count: chosen.length }) : t('sell.orders.noneSelected')}</span>
        <button type="button" className="secondary" onClick={() => setSelected(allTicked ? [] : live)} disabled={live.length === 0}>
          {t('sell.orders.selectAll')}
        </button>
        <button type="button" className="danger" disabled={!can.refund} title={whyText('refund')} onClick={() => setAction('refund')}>
          {t('sell.orders.refund')} <kbd>F7</kbd>
        </button>
        <button type="button" className="secondary" disabled={!can.reprint} title={whyText('reprint')} onClick={() => setAction('reprint')}>
          {t('sell.orders.reprint')} <kbd>F8</kbd>
        </button>
        <button type="button" className="secondary" disabled={!can.exchange} title={whyText('exchange')} onClick={() => setAction('exchange')}>
          {t('sell.orders.exchange')} <kbd>F9</kbd>
        </button>
        {blocked ? (
          <span className="action-why" data-testid="action-why">
            <span aria-hidden="true">ⓘ </span>
            {t(`window.why.${blocked}`)}
          </span>
        ) : null}
        {deadline !== null ? (
          <button type="button" className="secondary" disabled={!can.bind} title={can.bind ? undefined : t('large.bind.pick')} onClick={() => setBinding(true)}>
            {t('large.bind.action')}
          </button>
        ) : null}
      </div>
      <PrintSettings />
      {binding && bindLine && deadline !== null ? <BindHolderDialog line={bindLine} deadline={deadline} onClose={() => setBinding(false)} /> : null}
      {action ? <OrderActionDialog action={action} order={order} onClose={() => setAction(null)} /> : null}
    </section>
  );
}

function noticeText(t: TFunction, notice: OrderNotice): string {
  switch (notice.kind) {
    case 'refunded': {
      const method = t(`sell.pay.methods.${notice.result.order.payment.method}`);
      const { result } = notice;
      return result.feeFen > 0
        ? t('large.refund.done', { count: result.tickets, amount: formatYuan(result.refundedFen), fee: formatYuan(result.feeFen), method })
        : t('sell.refund.done', { count: result.tickets, amount: formatYuan(result.refundedFen), method });
    }
    case 'reprinted':
      return t('sell.reprint.done', { count: notice.count });
    case 'exchanged':
      return t('sell.exchange.done', { count: notice.count });
    case 'bound':
      return t('large.bind.done', { seat: notice.seatText, name: notice.name });
  }
}
