import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiClientError, call } from '../../api/client';
import type { OrderLineView, OrderView, RefundQuote } from '../../../../electron/server/contract';
import { useSellOrdersStore } from '../../stores/sell-orders-store';
import { useSessionStore } from '../../stores/session-store';
import { formatYuan, parseYuan } from '../../format';
import { sellErrorText } from '../sell-error-text';
import { FormDialog } from '../ui/FormDialog';
import { Notice } from '../ui/Notice';
import { ReasonField } from './ReasonField';
import { RefundQuoteView } from './RefundQuoteView';
import '../../styles/large.css';

/**
 * A refund, priced before it is confirmed: `refunds.quote` gives each ticket's fee under the step in force, and
 * the refund is sent with that fee (`expectedFeeFen`). If a step passed meanwhile the core refuses FEE_CHANGED:
 * the dialog quotes again and shows the new figures with the reason. A manager may lower the fee, with a reason.
 */
export function RefundDialog({ order, lines, onClose }: { order: OrderView; lines: OrderLineView[]; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const busy = useSellOrdersStore((state) => state.busy);
  const refund = useSellOrdersStore((state) => state.refund);
  const manager = useSessionStore((state) => state.session?.user.role === 'manager');
  const [quote, setQuote] = useState<RefundQuote | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const [round, setRound] = useState(0);
  const [reason, setReason] = useState('');
  const [overriding, setOverriding] = useState(false);
  const [feeText, setFeeText] = useState('');
  const [overrideReason, setOverrideReason] = useState('');
  const lineKey = lines.map((line) => line.orderLineId).join(',');

  // Quoted on opening, and again (round + 1) after the core said the fee changed.
  useEffect(() => {
    let live = true;
    call('refunds.quote', { orderId: order.id, orderLineIds: lineKey.split(',') }).then(
      (fresh) => live && setQuote(fresh),
      (error: unknown) => live && setProblem(error),
    );
    return () => {
      live = false;
    };
  }, [order.id, lineKey, round]);

  const fee = overriding ? parseYuan(feeText) : null;
  const feeProblem = !overriding || !quote ? null : fee === null ? t('large.refund.overrideNotAmount') : fee > quote.feeFen ? t('large.refund.overrideTooHigh', { max: formatYuan(quote.feeFen) }) : null;
  const overrideOk = !overriding || (feeProblem === null && overrideReason.trim() !== '');
  const net = quote ? quote.amountFen - (overriding && fee !== null && feeProblem === null ? fee : quote.feeFen) : 0;

  const submit = async () => {
    if (!quote) return;
    const override = overriding && fee !== null ? { feeFen: fee, reason: overrideReason.trim() } : undefined;
    if (await refund(reason.trim(), quote.feeFen, override)) return onClose();
    const error = useSellOrdersStore.getState().error;
    setProblem(error);
    if (error instanceof ApiClientError && error.code === 'FEE_CHANGED') {
      setQuote(null);
      setRound((n) => n + 1);
    }
  };

  const method = t(`sell.pay.methods.${order.payment.method}`);
  return (
    <FormDialog
      title={t('sell.refund.title')}
      submitLabel={t('sell.refund.submit')}
      cancelLabel={t('sell.cancel')}
      busy={busy || quote === null}
      canSubmit={quote !== null && reason.trim() !== '' && overrideOk}
      onSubmit={() => void submit()}
      onCancel={onClose}
    >
      {problem ? <Notice kind="error">{sellErrorText(t, problem, i18n.language)}</Notice> : null}
      {quote ? (
        <>
          <p className="big-text" data-testid="refund-summary">
            {/* Without a fee the sentence stays as short as it always was. */}
            {quote.feeFen === 0
              ? t('sell.refund.summary', { count: quote.lines.length, amount: formatYuan(net), method })
              : t('large.refund.summary', { count: quote.lines.length, amount: formatYuan(quote.amountFen), fee: formatYuan(quote.amountFen - net), net: formatYuan(net), method })}
          </p>
          <RefundQuoteView quote={quote} />
          {manager && quote.feeFen > 0 ? (
            <fieldset className="fee-override">
              <label className="check-line">
                <input type="checkbox" checked={overriding} onChange={(event) => setOverriding(event.target.checked)} /> {t('large.refund.override')}
              </label>
              {overriding ? (
                <div className="fee-override-fields">
                  <div className="field">
                    <label htmlFor="fee-override">{t('large.refund.overrideFee')}</label>
                    <input id="fee-override" inputMode="decimal" value={feeText} aria-invalid={feeProblem ? true : undefined} onChange={(event) => setFeeText(event.target.value)} />
                    {feeProblem ? <div className="field-error">{feeProblem}</div> : null}
                  </div>
                  <div className="field">
                    <label htmlFor="fee-override-reason">{t('large.refund.overrideReason')}</label>
                    <input id="fee-override-reason" value={overrideReason} maxLength={200} onChange={(event) => setOverrideReason(event.target.value)} />
                    {overrideReason.trim() === '' ? <div className="field-error">{t('validation.required')}</div> : null}
                  </div>
                </div>
              ) : null}
              {overriding && fee !== null && feeProblem === null ? (
                <p className="small">{t('large.refund.overrideNote', { scheduled: formatYuan(quote.feeFen), fee: formatYuan(fee) })}</p>
              ) : null}
            </fieldset>
          ) : null}
        </>
      ) : problem ? null : (
        <p className="muted" aria-busy="true">
          {t('large.refund.quoting')}
        </p>
      )}
      <ReasonField label={t('sell.refund.reason')} value={reason} onChange={setReason} choices={Object.values(t('sell.refund.reasons', { returnObjects: true }))} />
    </FormDialog>
  );
}
