import type { TicketContent } from '../../../../electron/server/contract';
import { escapeHtml, type Paper } from './html';
import { formatYuan } from '../../format';

/** The words printed on a ticket, already in the ticket's language. */
export interface TicketLabels {
  title: string;
  time: string;
  venue: string;
  seat: string;
  price: string;
  holder: string;
  code: string;
  approval: string;
  order: string;
  electronic: string;
  footer: string;
  ticketType: (type: TicketContent['ticketType']) => string;
  printCount: (count: number) => string;
  /** The training mark (票样 · 培训) while reports go to the sandbox; null on the real platform. */
  training: string | null;
  /** A concession and what was paid for it: "儿童票 实付 ¥90.00". */
  concession: (name: string, paid: string) => string;
  /** The gate checks the concession's proof. */
  proofAtGate: string;
  /** A ticket of a package and its share of the package price: "套票 雷雨三场套票 · 分摊 ¥135.00". */
  packageShare: (name: string, share: string) => string;
}

const fact = (label: string, value: string, className = '') => `<dt>${escapeHtml(label)}</dt><dd${className ? ` class="${className}"` : ''}>${escapeHtml(value)}</dd>`;

/**
 * One ticket with the standard's ticket content (§3.19): performance, session time, venue and hall, seat,
 * price and ticket code, as text and as a QR code whose payload is the code itself (a wedge scanner types it
 * into the gate). Also the ticket type when not regular, the masked holder of a real-name ticket, the
 * approval number, the order, and the print count from the second print on (a reprint is visible as such).
 */
export function ticketHtml(ticket: TicketContent, qrSvg: string, labels: TicketLabels): string {
  const special = ticket.ticketType === 'regular' ? '' : `<span class="ticket-kind">${escapeHtml(labels.ticketType(ticket.ticketType))}</span>`;
  const small = [`${labels.order} ${ticket.orderNumber}`, `${labels.approval} ${ticket.approval}`];
  if (ticket.printCount > 1) small.push(labels.printCount(ticket.printCount));
  if (ticket.ticketMode === 'electronic') small.push(labels.electronic);
  return [
    '<article class="ticket">',
    `<header class="ticket-head"><span class="ticket-title">${escapeHtml(labels.title)}</span>${special}</header>`,
    labels.training ? `<p class="training-mark">${escapeHtml(labels.training)}</p>` : '',
    `<h1 class="ticket-performance">${escapeHtml(ticket.performanceName)}</h1>`,
    '<dl class="ticket-facts">',
    fact(labels.time, `${ticket.startsAtText} ${ticket.sessionName}`, 'ticket-strong'),
    fact(labels.venue, `${ticket.venueName} · ${ticket.hallName}`),
    fact(labels.seat, ticket.seatText, 'ticket-seat'),
    fact(labels.price, `${ticket.priceText} · ${ticket.tierName}`, 'ticket-strong'),
    ticket.priceTypeName ? fact('', labels.concession(ticket.priceTypeName, formatYuan(ticket.amountFen)) + (ticket.proofAtGate ? ` · ${labels.proofAtGate}` : ''), 'ticket-strong') : '',
    ticket.packageName ? fact('', labels.packageShare(ticket.packageName, formatYuan(ticket.amountFen)), 'ticket-strong') : '',
    ticket.holderName ? fact(labels.holder, ticket.holderName) : '',
    '</dl>',
    `<div class="ticket-qr" role="img" aria-label="${escapeHtml(labels.code)}">${qrSvg}</div>`,
    `<p class="ticket-code"><span>${escapeHtml(labels.code)}</span> ${escapeHtml(ticket.ticketCodeText)}</p>`,
    `<p class="ticket-small">${small.map(escapeHtml).join(' · ')}</p>`,
    `<p class="ticket-small">${escapeHtml(ticket.venueAddress)}</p>`,
    `<p class="ticket-footer">${escapeHtml(labels.footer)}</p>`,
    '</article>',
  ].join('');
}

/** A sheet of tickets for one paper: one ticket per cut on the 80 mm roll, a grid of cut-out tickets on A4. */
export function ticketSheetHtml(tickets: readonly TicketContent[], qr: ReadonlyMap<string, string>, labels: TicketLabels, paper: Paper): string {
  const body = tickets.map((ticket) => ticketHtml(ticket, qr.get(ticket.qrPayload) ?? '', labels)).join('');
  return `<div class="ticket-sheet paper-${paper}">${body}</div>`;
}
