import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderView } from '../../../../electron/server/contract';
import { useSellOrdersStore } from '../../stores/sell-orders-store';
import { FormDialog } from '../ui/FormDialog';
import { ReasonField } from './ReasonField';
import { RefundDialog } from './RefundDialog';

export type OrderAction = 'refund' | 'reprint' | 'exchange';

/** The dialog of one action on the ticked tickets: a refund and a reprint need a reason; every one asks first. */
export function OrderActionDialog({ action, order, onClose }: { action: OrderAction; order: OrderView; onClose: () => void }) {
  const { t } = useTranslation();
  const selected = useSellOrdersStore((state) => state.selected);
  const busy = useSellOrdersStore((state) => state.busy);
  const reprint = useSellOrdersStore((state) => state.reprint);
  const exchange = useSellOrdersStore((state) => state.exchange);
  const [reason, setReason] = useState('');
  const [voidPrevious, setVoidPrevious] = useState(false);
  const lines = order.lines.filter((line) => selected.includes(line.orderLineId));
  const common = { cancelLabel: t('sell.cancel'), busy, onCancel: onClose };
  const run = (work: Promise<boolean>) => void work.then((ok) => ok && onClose());

  switch (action) {
    case 'refund':
      // Priced first (refunds.quote): the fee step in force, per ticket, before the refund is confirmed.
      return <RefundDialog order={order} lines={lines} onClose={onClose} />;
    case 'reprint':
      return (
        <FormDialog title={t('sell.reprint.title')} submitLabel={t('sell.reprint.submit')} canSubmit={reason.trim() !== ''} onSubmit={() => run(reprint(reason.trim(), voidPrevious))} {...common}>
          <p className="big-text">{t('sell.reprint.summary', { count: lines.length })}</p>
          <ReasonField label={t('sell.reprint.reason')} value={reason} onChange={setReason} choices={Object.values(t('sell.reprint.reasons', { returnObjects: true }))} />
          <label className="check-line">
            <input type="checkbox" checked={voidPrevious} onChange={(event) => setVoidPrevious(event.target.checked)} /> {t('sell.reprint.voidPrevious')}
          </label>
        </FormDialog>
      );
    case 'exchange':
      return (
        <FormDialog title={t('sell.exchange.title')} submitLabel={t('sell.exchange.submit')} onSubmit={() => run(exchange())} {...common}>
          <p className="big-text">{t('sell.exchange.summary', { count: lines.length })}</p>
        </FormDialog>
      );
  }
}
