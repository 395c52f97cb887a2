import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderView, SessionListItem } from '../../../../electron/server/contract';
import { useSellCartStore } from '../../stores/sell-cart-store';
import { useSellPrintStore } from '../../stores/sell-print-store';
import { formatYuan } from '../../format';
import { qrSvgs } from '../print/qr';
import { PrintSettings } from '../print/PrintSettings';
import { PrintStatusLine } from '../print/PrintStatusLine';
import { useShortcuts } from '../ui/use-shortcuts';
import { ShortcutBar } from '../ui/ShortcutBar';
import { DeliveryPanel } from '../../eticket/DeliveryPanel';
import { LinePrice } from '../pricing/LinePrice';
import { OrderOffersLine } from '../pricing/OrderOffersLine';

const svgUrl = (svg: string) => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;

/** After the sale (出票): the change to hand back, the tickets printed or shown as e-tickets, then the next buyer. */
export function SaleDone({ order, session }: { order: OrderView; session: SessionListItem }) {
  const { t } = useTranslation();
  const next = useSellCartStore((state) => state.next);
  const printTickets = useSellPrintStore((state) => state.printTickets);
  const [qr, setQr] = useState<ReadonlyMap<string, string>>(new Map());
  const electronic = order.ticketMode === 'electronic';

  useEffect(() => {
    if (!electronic) return;
    let live = true;
    void qrSvgs(order.lines.map((line) => line.qrPayload)).then((svgs) => {
      if (live) setQr(svgs);
    });
    return () => {
      live = false;
    };
  }, [electronic, order.lines]);

  const printAgain = () => void printTickets(order.lines);
  useShortcuts({ Enter: next, F9: next, 'Ctrl+P': printAgain });

  const { payment } = order;
  return (
    <div className="sale-done" aria-labelledby="done-title">
      <header className="done-head">
        <h2 id="done-title">
          <span aria-hidden="true">✔ </span>
          {t('sell.done.title')}
        </h2>
        <p className="big-text">
          {t('sell.done.order', { number: order.number })} · {session.performanceName} {session.name} · {t('sell.done.tickets', { count: order.ticketCount })} · {formatYuan(order.totalFen)}
        </p>
      </header>
      <div className="done-money">
        <div className="done-paid">
          <p>
            {t(`sell.pay.methods.${payment.method}`)}
            {payment.receivedFen !== null ? ` · ${t('sell.done.paid', { received: formatYuan(payment.receivedFen) })}` : ''}
          </p>
          {payment.changeFen !== null && payment.changeFen > 0 ? (
            <p className="done-change" data-testid="done-change">
              {t('sell.done.change')} <strong>{formatYuan(payment.changeFen)}</strong>
            </p>
          ) : (
            <p className="done-change none">{t('sell.done.noChange')}</p>
          )}
        </div>
        <div className="button-row">
          <button type="button" className="secondary big" onClick={printAgain}>
            {t('sell.done.printAgain')} <kbd>Ctrl+P</kbd>
          </button>
          <button type="button" className="primary big" autoFocus onClick={next}>
            {t('sell.done.next')} <kbd>Enter</kbd>
          </button>
        </div>
      </div>
      <PrintStatusLine />
      {electronic ? <p className="muted">{t('sell.done.eTickets')}</p> : null}
      {electronic ? <DeliveryPanel orderId={order.id} lines={order.lines} /> : null}
      <OrderOffersLine offers={order.offers} />
      <ol className={electronic ? 'done-tickets e-tickets' : 'done-tickets'}>
        {order.lines.map((line) => (
          <li key={line.orderLineId}>
            {electronic && qr.get(line.qrPayload) ? <img src={svgUrl(qr.get(line.qrPayload) ?? '')} alt={line.ticketCodeText} width={180} height={180} /> : null}
            <span className="done-seat">{line.seatText}</span>
            <span>
              {line.tierName}
              {line.priceTypeName ? ` · ${t('pricing.ticketLabel', { name: line.priceTypeName })}` : ''}
            </span>
            <LinePrice listFen={line.priceFen} paidFen={line.amountFen} />
            <code>{line.ticketCodeText}</code>
            {line.holderName ? <span className="muted">{line.holderName}</span> : null}
          </li>
        ))}
      </ol>
      <PrintSettings />
      <ShortcutBar
        items={[
          ['Enter / F9', t('sell.keys.nextSale')],
          ['Ctrl+P', t('sell.keys.print')],
          ['F2', t('sell.keys.sessions')],
          ['F3', t('sell.keys.orders')],
        ]}
      />
    </div>
  );
}
