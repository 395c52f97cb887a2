// Which tickets a refund (or its quote) takes, and whether this person may refund them now.
import { getSession, type SessionRow } from '../../../db/catalog';
import { getOrder, listOrderLines, type OrderLineRow, type OrderRow } from '../../../db/sales';
import { getRow } from '../../../db/statements';
import type { DomainContext } from '../context';
import { BoxOfficeError, notFound } from '../errors';
import { chinaDateTime } from '../../china-time';

export interface RefundSelection {
  order: OrderRow;
  session: SessionRow;
  /** Every ticket of the order. */
  all: OrderLineRow[];
  /** The tickets to refund. */
  lines: OrderLineRow[];
}

/**
 * The live, unused tickets of an order to refund (all of them when `orderLineIds` is omitted). After the session
 * started only a manager may refund (any time for a cancelled session).
 */
export function selectRefundLines(ctx: DomainContext, orderId: string, orderLineIds: readonly string[] | undefined): RefundSelection {
  const order = getOrder(ctx.db, orderId);
  if (!order) throw notFound('order', orderId);
  const session = getSession(ctx.db, order.sessionId);
  if (!session) throw notFound('session', order.sessionId);
  const all = listOrderLines(ctx.db, orderId);
  const wanted = orderLineIds ?? all.filter((l) => l.status === 'active').map((l) => l.id);
  if (wanted.length === 0) throw new BoxOfficeError('ALREADY_REFUNDED', 'Every ticket of this order was already refunded.', { orderId });
  const lines = wanted.map((id) => {
    const line = all.find((l) => l.id === id);
    if (!line) throw notFound('ticket of this order', id);
    if (line.status === 'refunded') throw new BoxOfficeError('ALREADY_REFUNDED', 'This ticket was already refunded.', { orderLineId: id });
    const used = getRow<{ at: number }>(ctx.db, 'SELECT min(checked_at) AS at FROM check_ins WHERE order_line_id = ? HAVING count(*) > 0', id);
    if (used) throw new BoxOfficeError('TICKET_USED', `This ticket was used at the gate at ${chinaDateTime(used.at)}: it cannot be refunded.`, { orderLineId: id, checkedInAt: used.at });
    return line;
  });
  if (session.status === 'normal' && ctx.clock() >= session.startsAt && ctx.actor.role === 'clerk') {
    throw new BoxOfficeError('REFUND_CLOSED', 'The session has started: only a manager can refund its tickets now.', { sessionId: session.id, startsAt: session.startsAt });
  }
  return { order, session, all, lines };
}
