// Which tickets a refund (or its quote) takes, and whether this person may refund them now.
import { getSession, type SessionRow } from '../../../db/catalog';
import { getOrder, listOrderLines, type OrderLineRow, type OrderRow } from '../../../db/sales';
import { getRow } from '../../../db/statements';
import { getPackageOrder } from '../../../db/packages';
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
  /** The session of each ticket to refund (a package's tickets lie in several). */
  sessions: Map<string, SessionRow>;
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
  checkPackageRule(ctx, order, all, lines);
  const sessions = new Map([[session.id, session]]);
  for (const line of lines) {
    const own = sessions.get(line.sessionId) ?? getSession(ctx.db, line.sessionId);
    if (!own) throw notFound('session', line.sessionId);
    sessions.set(own.id, own);
    if (own.status === 'normal' && ctx.clock() >= own.startsAt && ctx.actor.role === 'clerk') {
      throw new BoxOfficeError('REFUND_CLOSED', 'The session has started: only a manager can refund its tickets now.', { sessionId: own.id, startsAt: own.startsAt });
    }
  }
  return { order, session, all, lines, sessions };
}

/** A package sold as whole-only (套票 refunded as a whole) refunds every live ticket together or none. */
function checkPackageRule(ctx: DomainContext, order: OrderRow, all: readonly OrderLineRow[], lines: readonly OrderLineRow[]): void {
  const pkg = getPackageOrder(ctx.db, order.id);
  if (pkg?.refundRule !== 'whole') return;
  const live = all.filter((l) => l.status === 'active').length;
  if (lines.length !== live) {
    throw new BoxOfficeError('PACKAGE_WHOLE_ONLY', `The package ${pkg.packageName} is refunded as a whole only: refund all its ${live} tickets together, or none.`, {
      packageName: pkg.packageName,
      tickets: live,
      selected: lines.length,
    });
  }
}
