import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useSellCartStore } from '../../stores/sell-cart-store';
import { formatYuan } from '../../format';
import { yuanInputText } from '../money';
import { changeDue } from './cart-logic';
import { cashProblem } from './sale-problems';

const METHODS = ['cash', 'card', 'mobile'] as const;

/** How the buyer pays: cash with the change worked out as typed, card or mobile with an optional reference. */
export function PaymentFields({ total, firstRef }: { total: number; firstRef: RefObject<HTMLInputElement | null> }) {
  const { t } = useTranslation();
  const payment = useSellCartStore((state) => state.payment);
  const receivedText = useSellCartStore((state) => state.receivedText);
  const setMethod = useSellCartStore((state) => state.setMethod);
  const setReceived = useSellCartStore((state) => state.setReceived);
  const setReference = useSellCartStore((state) => state.setReference);

  if (total === 0) {
    return (
      <fieldset className="payment">
        <legend>
          {t('sell.pay.title')} <kbd>F8</kbd>
        </legend>
        <p className="muted">{t('sell.pay.nothingToPay')}</p>
      </fieldset>
    );
  }
  const problem = cashProblem(total, payment.method, receivedText, payment.receivedFen);
  const change = receivedText.trim() === '' ? 0 : changeDue(total, payment.receivedFen);
  return (
    <fieldset className="payment">
      <legend>
        {t('sell.pay.title')} <kbd>F8</kbd>
      </legend>
      <div className="choice-group methods" role="radiogroup" aria-label={t('sell.pay.method')}>
        {METHODS.map((method) => (
          <label key={method} className={payment.method === method ? 'choice checked' : 'choice'}>
            <input type="radio" name="sell-method" value={method} checked={payment.method === method} onChange={() => setMethod(method)} />
            {t(`sell.pay.methods.${method}`)}
          </label>
        ))}
      </div>
      {payment.method === 'cash' ? (
        <div className="cash-row">
          <div className="field">
            <label htmlFor="sell-received">{t('sell.pay.received')}</label>
            <input
              id="sell-received"
              ref={firstRef}
              className="money-input"
              inputMode="decimal"
              autoComplete="off"
              placeholder={yuanInputText(total)}
              value={receivedText}
              aria-invalid={problem ? true : undefined}
              onChange={(event) => setReceived(event.target.value)}
            />
          </div>
          <button type="button" className="secondary" onClick={() => setReceived(yuanInputText(total))}>
            {t('sell.pay.exact')}
          </button>
          <div className={problem ? 'change change-short' : 'change'} aria-live="polite" data-testid="change-due">
            {problem === 'short' ? (
              <>
                <span aria-hidden="true">✖ </span>
                {t('sell.pay.short', { amount: formatYuan(total - (payment.receivedFen ?? 0)) })}
              </>
            ) : problem === 'notAmount' ? (
              <>
                <span aria-hidden="true">✖ </span>
                {t('validation.invalid')}
              </>
            ) : (
              <>
                {t('sell.pay.change')} <strong>{formatYuan(change ?? 0)}</strong>
              </>
            )}
          </div>
        </div>
      ) : (
        <div className="field">
          <label htmlFor="sell-reference">{t('sell.pay.reference')}</label>
          <input id="sell-reference" ref={firstRef} value={payment.reference} autoComplete="off" onChange={(event) => setReference(event.target.value)} />
        </div>
      )}
    </fieldset>
  );
}
