import type { TicketContent } from '../sales/ticket-content';

/**
 * The template variables of an e-ticket SMS: a provider with approved templates (Alibaba Cloud) fills its template
 * with them; the recorder writes the text below. Each value stays within the 35 characters a template variable takes.
 */
export interface ETicketSmsParams {
  venue: string;
  performance: string;
  time: string;
  seat: string;
  code: string;
}

const cut = (text: string, max: number) => (Array.from(text).length > max ? `${Array.from(text).slice(0, max - 1).join('')}…` : text);

export function eticketSmsParams(ticket: TicketContent): ETicketSmsParams {
  return {
    venue: cut(ticket.venueName, 20),
    performance: cut(ticket.performanceName, 35),
    time: ticket.startsAtText,
    seat: cut(ticket.seatText, 35),
    code: ticket.ticketCodeText,
  };
}

/**
 * The message as the buyer reads it, in the template the manager registers with the provider (README): the ticket
 * code is the e-ticket (the gate scans or types it), so the SMS carries it whole.
 */
export function eticketSmsText(p: ETicketSmsParams): string {
  return `${p.venue}电子票：《${p.performance}》${p.time}，${p.seat}。入场码 ${p.code}，请在检票口出示本短信或报入场码。`;
}
