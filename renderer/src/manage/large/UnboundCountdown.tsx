import { useTranslation } from 'react-i18next';
import type { UnboundHeldSession } from '../../../../electron/server/contract';
import { formatDateTimeShort } from '../../format';
import { durationText } from '../../large/hours-text';
import { useNow } from '../../components/use-now';

/**
 * Held tickets still without a named holder, per session, soonest deadline first, with the time left (ticking).
 * Overdue sessions say so with a mark and words as well as red: those tickets will be refused at the gate.
 */
export function UnboundCountdown({ sessions, headingId = 'large-unbound-title' }: { sessions: UnboundHeldSession[]; headingId?: string }) {
  const { t, i18n } = useTranslation();
  const now = useNow(30_000);
  const withTickets = sessions.filter((s) => s.unboundCount > 0);
  return (
    <section aria-labelledby={headingId} data-testid="unbound-countdown">
      <h4 id={headingId}>{t('large.manage.unbound.title')}</h4>
      {withTickets.length === 0 ? <p className="muted">{t('large.manage.unbound.none')}</p> : null}
      <ul className="countdown-list">
        {withTickets.map((session) => {
          const left = session.bindingDeadline - now;
          const overdue = left <= 0;
          return (
            <li key={session.sessionId} className={overdue ? 'countdown-session overdue' : 'countdown-session'} data-overdue={overdue}>
              <p>
                <strong>{t('large.manage.unbound.session', { performance: session.performanceName, session: session.sessionName })}</strong> ·{' '}
                {t('large.manage.unbound.count', { count: session.unboundCount })} · {t('large.manage.unbound.deadline', { time: formatDateTimeShort(session.bindingDeadline, i18n.language) })}
              </p>
              <p className={overdue ? 'deadline-overdue' : 'deadline-left'}>
                <span aria-hidden="true">{overdue ? '✕ ' : '◷ '}</span>
                {overdue ? t('large.manage.unbound.overdue', { left: durationText(t, left) }) : t('large.manage.unbound.left', { left: durationText(t, left) })}
              </p>
              {session.issued.length > 0 ? (
                <p className="small">
                  {t('large.manage.unbound.issued', {
                    list: session.issued
                      .map((ticket) => t('large.manage.unbound.issuedItem', { seat: ticket.seatText, type: t(`sell.pay.ticketTypes.${ticket.ticketType}`), number: ticket.orderNumber }))
                      .join(t('large.manage.unbound.separator')),
                  })}
                </p>
              ) : null}
              {session.reserved.length > 0 ? (
                <p className="small">
                  {t('large.manage.unbound.reserved', {
                    list: session.reserved
                      .map((ticket) => (ticket.note ? t('large.manage.unbound.reservedItem', { seat: ticket.seatText, note: ticket.note }) : ticket.seatText))
                      .join(t('large.manage.unbound.separator')),
                  })}
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
