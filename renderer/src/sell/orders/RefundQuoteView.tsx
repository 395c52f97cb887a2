import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { RefundQuote } from '../../../../electron/server/contract';
import { formatDateTimeShort, formatYuan } from '../../format';
import { scheduleText, stepText } from '../../large/hours-text';

/** Which step of the schedule prices this refund, in words, and until when. */
function stepLine(t: TFunction, quote: RefundQuote, language: string): string {
  if (quote.basis === 'no_schedule') return t('large.refund.noSchedule');
  if (quote.basis === 'session_cancelled') return t('large.refund.cancelled');
  if (!quote.step) {
    const last = Math.min(...quote.schedule.map((s) => s.hoursBefore));
    return t('large.refund.stepAfterLast', { hours: last });
  }
  const now = t('large.refund.stepNow', { step: stepText(t, quote.step) });
  return quote.validUntil === null ? now : `${now} ${t('large.refund.stepUntil', { time: formatDateTimeShort(quote.validUntil, language) })}`;
}

/** What a refund pays back and keeps, ticket by ticket, and the step in force: read to the buyer before confirming. */
export function RefundQuoteView({ quote }: { quote: RefundQuote }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="refund-quote" data-testid="refund-quote">
      <p className="refund-step" data-basis={quote.basis}>
        <span aria-hidden="true">ℹ </span>
        {stepLine(t, quote, i18n.language)}
      </p>
      {quote.schedule.length > 0 ? (
        <p className="muted small">
          {t('large.refund.schedule')}
          {scheduleText(t, quote.schedule)}
        </p>
      ) : null}
      <table className="data-table refund-lines">
        <thead>
          <tr>
            <th scope="col">{t('large.refund.ticket')}</th>
            <th scope="col" className="num">
              {t('large.refund.paid')}
            </th>
            <th scope="col" className="num">
              {t('large.refund.fee')}
            </th>
            <th scope="col" className="num">
              {t('large.refund.back')}
            </th>
          </tr>
        </thead>
        <tbody>
          {quote.lines.map((line) => (
            <tr key={line.orderLineId}>
              <td>
                {line.seatText} · {line.tierName} <span className="muted small">{line.refundPercent}%</span>
              </td>
              <td className="num">{formatYuan(line.amountFen)}</td>
              <td className="num">{formatYuan(line.feeFen)}</td>
              <td className="num">{formatYuan(line.netFen)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('large.refund.total')}</th>
            <td className="num">{formatYuan(quote.amountFen)}</td>
            <td className="num" data-testid="quote-fee">
              {formatYuan(quote.feeFen)}
            </td>
            <td className="num" data-testid="quote-net">
              <strong>{formatYuan(quote.netFen)}</strong>
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
