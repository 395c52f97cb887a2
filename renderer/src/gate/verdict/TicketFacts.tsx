import { useTranslation } from 'react-i18next';
import type { Ticket } from '../../stores/gate-scan-slice';
import { gateTime } from '../time';

/** What the ticket says: the seat first and largest (where to send the person), then tier, type, holder and session. */
export function TicketFacts({ ticket, at, seatFirst }: { ticket: Ticket; at: number; seatFirst: boolean }) {
  const { t, i18n } = useTranslation();
  const typeName = t(`gate.ticketType.${ticket.ticketType}`);
  return (
    <div className="ticket-facts">
      {seatFirst ? <p className="ticket-seat">{ticket.seatText}</p> : null}
      <p className="ticket-line">
        <span>{ticket.tierName}</span>
        {/* An unseated tier is often named after the type ("普通票"): say it once. */}
        {typeName === ticket.tierName ? null : <span>{typeName}</span>}
        {ticket.holderName ? <span className="ticket-holder">{t('gate.holder', { name: ticket.holderName })}</span> : null}
        {ticket.holderIdLast4 ? <span className="ticket-id-last4">{t('gateId.last4', { last4: ticket.holderIdLast4 })}</span> : null}
      </p>
      {seatFirst ? null : <p className="ticket-line">{ticket.seatText}</p>}
      <p className="ticket-session">
        {ticket.performanceName} · {ticket.sessionName} · {gateTime(ticket.startsAt, i18n.language, at)}
      </p>
    </div>
  );
}
