import { useEffect } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ETicketLineDelivery, OrderLineView } from '../../../electron/server/contract';
import { useETicketStore } from '../stores/eticket-store';
import { errorText } from '../i18n/error-text';
import { formatTime } from '../format';
import '../styles/eticket.css';

// While a message waits, the state is read again this often (the sender looks at the queue every 2 s).
const FOLLOW_MS = 2000;

/** One ticket's SMS state in words: queued (and when it is tried again), sent (when, and by the recorder in training), failed (why). */
function stateText(t: TFunction, line: ETicketLineDelivery, language: string): string {
  switch (line.status) {
    case null:
      return t('eticket.delivery.none');
    case 'queued':
      return line.attempts === 0 ? t('eticket.delivery.queued') : t('eticket.delivery.retrying', { count: line.attempts, time: formatTime(line.nextAttemptAt ?? 0, language), reason: line.lastError ?? '' });
    case 'sent':
      return line.provider === 'recorder' ? t('eticket.delivery.recorded', { time: formatTime(line.sentAt ?? 0, language) }) : t('eticket.delivery.sent', { time: formatTime(line.sentAt ?? 0, language) });
    case 'failed':
      return t('eticket.delivery.failed', { reason: line.lastError ?? '' });
  }
}

/**
 * The e-tickets of an order sent by SMS: the buyer's number (masked), each ticket's state, a resend, and the printed
 * fallback (换票: the same ticket on paper, F9 in the order).
 */
export function DeliveryPanel({ orderId, lines }: { orderId: string; lines: readonly Pick<OrderLineView, 'orderLineId' | 'seatText' | 'status'>[] }) {
  const { t, i18n } = useTranslation();
  const view = useETicketStore((state) => (state.view?.orderId === orderId ? state.view : null));
  const busy = useETicketStore((state) => state.busy);
  const error = useETicketStore((state) => state.error);
  const resent = useETicketStore((state) => state.resent);
  const load = useETicketStore((state) => state.load);
  const resend = useETicketStore((state) => state.resend);
  const clear = useETicketStore((state) => state.clear);
  const waiting = view?.lines.some((l) => l.status === 'queued') ?? true;

  useEffect(() => {
    clear();
    void load(orderId);
  }, [orderId, load, clear]);

  useEffect(() => {
    if (!waiting) return;
    const timer = window.setInterval(() => void load(orderId), FOLLOW_MS);
    return () => window.clearInterval(timer);
  }, [waiting, orderId, load]);

  const seatOf = (id: string) => lines.find((l) => l.orderLineId === id)?.seatText ?? '';
  const failed = view?.lines.some((l) => l.status === 'failed') ?? false;
  const live = lines.some((l) => l.status === 'active');
  return (
    <section className="eticket-panel" aria-labelledby={`eticket-${orderId}`}>
      <h3 id={`eticket-${orderId}`}>{t('eticket.delivery.title')}</h3>
      <p>{view?.maskedPhone ? t('eticket.delivery.to', { phone: view.maskedPhone }) : t('eticket.delivery.noPhone')}</p>
      {view ? (
        <ul className="eticket-lines">
          {view.lines.map((line) => (
            <li key={line.orderLineId} data-status={line.status ?? 'none'}>
              <span className="eticket-seat">{seatOf(line.orderLineId)}</span>
              <span className={`eticket-state eticket-${line.status ?? 'none'}`}>{stateText(t, line, i18n.language)}</span>
              {line.sends > 1 ? <span className="muted small"> · {t('eticket.delivery.sends', { count: line.sends })}</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {error ? (
        <p className="field-error" role="alert">
          {errorText(t, error)}
        </p>
      ) : null}
      {resent !== null ? <p className="muted" role="status">{t('eticket.delivery.resent', { count: resent })}</p> : null}
      <div className="button-row">
        <button type="button" className="secondary" disabled={busy || !live || !view?.maskedPhone} onClick={() => void resend(orderId)}>
          {t('eticket.delivery.resend')}
        </button>
      </div>
      {failed || !view?.maskedPhone ? <p className="muted small">{t('eticket.delivery.printFallback')}</p> : null}
    </section>
  );
}
