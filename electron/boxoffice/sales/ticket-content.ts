// Ticket content (standard §3.19) as data: what a printed ticket or an e-ticket shows.
import { allRows } from '../../../db/statements';
import type { DomainContext } from '../context';
import { formatTicketCode, seatText, yuan } from '../format';
import { chinaDateTime } from '../../china-time';
import { maskedName } from '../personal-data/persons';

export interface TicketContent {
  orderLineId: string;
  orderId: string;
  orderNumber: string;
  /** The platform's ticketId. */
  ticketId: string;
  performanceName: string;
  approval: string;
  /** Its session: a package's tickets lie in several. */
  sessionId: string;
  sessionName: string;
  startsAt: number;
  /** China time, yyyy-MM-dd HH:mm */
  startsAtText: string;
  venueName: string;
  venueAddress: string;
  hallName: string;
  seat: { floor: string; area: string; row: string; seat: string } | null;
  /** 1层 A区 3排 12号, or 不对号入座 for an unseated ticket */
  seatText: string;
  tierName: string;
  priceFen: number;
  priceText: string;
  /** What was paid for this ticket (0 for complimentary and staff tickets). */
  amountFen: number;
  /** The concession it was sold as (学生, 老年 …), printed beside the price; null at the tier's price. */
  priceTypeName: string | null;
  /** The gate checks the concession's proof (a student card …) before admitting. */
  proofAtGate: boolean;
  /** The package (套票) it was sold in, printed on the ticket; null for a ticket sold alone. */
  packageName: string | null;
  ticketType: 'regular' | 'complimentary' | 'staff';
  ticketMode: 'paper' | 'electronic';
  ticketCode: string;
  /** The code as printed, in groups of four. */
  ticketCodeText: string;
  /** What the QR code encodes: the ticket code itself, so a keyboard-wedge scanner types it straight into the gate. */
  qrPayload: string;
  holderName: string | null;
  status: 'active' | 'refunded';
  printCount: number;
}

/** What a ticket's content is made of: read from its rows, or known to the sale that just wrote them. */
export interface TicketContentRow {
  orderLineId: string;
  orderId: string;
  orderNumber: string;
  ticketId: string;
  performanceName: string;
  approval: string;
  sessionId: string;
  sessionName: string;
  startsAt: number;
  venueName: string;
  venueAddress: string;
  hallName: string;
  floor: string | null;
  area: string | null;
  row: string | null;
  seat: string | null;
  tierName: string;
  priceFen: number;
  amountFen: number;
  priceTypeName: string | null;
  proof: string | null;
  packageName: string | null;
  ticketType: TicketContent['ticketType'];
  ticketMode: TicketContent['ticketMode'];
  ticketCode: string;
  holderId: string | null;
  buyerId: string | null;
  status: TicketContent['status'];
  printCount: number;
}

/** The content of these tickets (order lines), in the order given. */
export function ticketContents(ctx: DomainContext, orderLineIds: readonly string[]): TicketContent[] {
  const rows = allRows<TicketContentRow>(
    ctx.db,
    `SELECT l.id AS orderLineId, o.id AS orderId, o.number AS orderNumber, l.ticket_id AS ticketId, p.name AS performanceName, p.approval, l.session_id AS sessionId,
       s.name AS sessionName, s.starts_at AS startsAt, v.name AS venueName, v.address AS venueAddress, h.name AS hallName,
       seats.floor_name AS floor, seats.area_name AS area, seats.row_name AS row, seats.seat_no AS seat, t.name AS tierName,
       l.price_fen AS priceFen, l.amount_fen AS amountFen, lp.price_type_name AS priceTypeName, lp.proof, po.package_name AS packageName, o.ticket_type AS ticketType, l.ticket_mode AS ticketMode, l.ticket_code AS ticketCode,
       l.holder_id AS holderId, o.buyer_id AS buyerId, l.status, l.print_count AS printCount
     FROM order_lines l JOIN orders o ON o.id = l.order_id JOIN sessions s ON s.id = l.session_id JOIN performances p ON p.id = l.performance_id
       JOIN halls h ON h.id = s.hall_id JOIN venues v ON v.id = h.venue_id JOIN price_tiers t ON t.id = l.price_tier_id
       JOIN tickets k ON k.id = l.ticket_id LEFT JOIN seats ON seats.id = k.seat_id LEFT JOIN order_line_pricing lp ON lp.order_line_id = l.id
       LEFT JOIN package_orders po ON po.order_id = o.id
     WHERE l.id IN (SELECT value FROM json_each(?))`,
    JSON.stringify(orderLineIds),
  );
  const byId = new Map(rows.map((row) => [row.orderLineId, row]));
  return orderLineIds.flatMap((id) => {
    const r = byId.get(id);
    return r ? [ticketContent(ctx, r)] : [];
  });
}

/** A ticket's content from its row (the holder's name masked; the buyer's when the ticket names no holder). */
export function ticketContent(ctx: DomainContext, r: TicketContentRow): TicketContent {
  const seat = r.floor !== null && r.area !== null && r.row !== null && r.seat !== null ? { floor: r.floor, area: r.area, row: r.row, seat: r.seat } : null;
  return {
    orderLineId: r.orderLineId,
    orderId: r.orderId,
    orderNumber: r.orderNumber,
    ticketId: r.ticketId,
    performanceName: r.performanceName,
    approval: r.approval,
    sessionId: r.sessionId,
    sessionName: r.sessionName,
    startsAt: r.startsAt,
    startsAtText: chinaDateTime(r.startsAt),
    venueName: r.venueName,
    venueAddress: r.venueAddress,
    hallName: r.hallName,
    seat,
    seatText: seatText(seat),
    tierName: r.tierName,
    priceFen: r.priceFen,
    priceText: yuan(r.priceFen),
    amountFen: r.amountFen,
    priceTypeName: r.priceTypeName,
    proofAtGate: r.proof === 'gate',
    packageName: r.packageName,
    ticketType: r.ticketType,
    ticketMode: r.ticketMode,
    ticketCode: r.ticketCode,
    ticketCodeText: formatTicketCode(r.ticketCode),
    qrPayload: r.ticketCode,
    holderName: maskedName(ctx, r.holderId ?? r.buyerId),
    status: r.status,
    printCount: r.printCount,
  };
}
