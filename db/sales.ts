// Orders and their tickets (0030).
import type { Db } from './open';
import { allRows, getRow, run } from './statements';
import { insertMany } from './batch-insert';

export type OrderStatus = 'paid' | 'partially_refunded' | 'refunded';

export interface OrderRow {
  id: string;
  number: string;
  sessionId: string;
  performanceId: string;
  ticketType: 'regular' | 'complimentary' | 'staff';
  ticketMode: 'paper' | 'electronic';
  authMode: 'none' | 'per_order' | 'per_ticket';
  ticketCount: number;
  totalFen: number;
  paymentMethod: 'cash' | 'card' | 'mobile' | 'none';
  cashReceivedFen: number | null;
  changeFen: number | null;
  paymentReference: string;
  channelName: string;
  buyerId: string | null;
  userId: string | null;
  shiftId: string | null;
  status: OrderStatus;
  createdAt: number;
}

export interface OrderLineRow {
  id: string;
  orderId: string;
  ticketId: string;
  sessionId: string;
  performanceId: string;
  priceTierId: string;
  priceFen: number;
  amountFen: number;
  ticketCode: string;
  ticketMode: 'paper' | 'electronic';
  holderId: string | null;
  idHmac: string | null;
  status: 'active' | 'refunded';
  printCount: number;
  createdAt: number;
  refundedAt: number | null;
}

const ORDER = `SELECT id, number, session_id AS sessionId, performance_id AS performanceId, ticket_type AS ticketType, ticket_mode AS ticketMode,
  auth_mode AS authMode, ticket_count AS ticketCount, total_fen AS totalFen, payment_method AS paymentMethod, cash_received_fen AS cashReceivedFen,
  change_fen AS changeFen, payment_reference AS paymentReference, channel_name AS channelName, buyer_id AS buyerId, user_id AS userId,
  shift_id AS shiftId, status, created_at AS createdAt FROM orders`;
export const LINE_COLUMNS = `l.id, l.order_id AS orderId, l.ticket_id AS ticketId, l.session_id AS sessionId, l.performance_id AS performanceId,
  l.price_tier_id AS priceTierId, l.price_fen AS priceFen, l.amount_fen AS amountFen, l.ticket_code AS ticketCode, l.ticket_mode AS ticketMode,
  l.holder_id AS holderId, l.id_hmac AS idHmac, l.status, l.print_count AS printCount, l.created_at AS createdAt, l.refunded_at AS refundedAt`;

export const getOrder = (db: Db, id: string) => getRow<OrderRow>(db, `${ORDER} WHERE id = ?`, id);
export const listOrderLines = (db: Db, orderId: string) => allRows<OrderLineRow>(db, `SELECT ${LINE_COLUMNS} FROM order_lines l WHERE l.order_id = ? ORDER BY l.rowid`, orderId);
export const getOrderLine = (db: Db, id: string) => getRow<OrderLineRow>(db, `SELECT ${LINE_COLUMNS} FROM order_lines l WHERE l.id = ?`, id);
export const getOrderLineByCode = (db: Db, code: string) => getRow<OrderLineRow>(db, `SELECT ${LINE_COLUMNS} FROM order_lines l WHERE l.ticket_code = ?`, code);

export function insertOrder(db: Db, order: OrderRow): void {
  run(
    db,
    `INSERT INTO orders (id, number, session_id, performance_id, ticket_type, ticket_mode, auth_mode, ticket_count, total_fen, payment_method,
       cash_received_fen, change_fen, payment_reference, channel_name, buyer_id, user_id, shift_id, status, created_at, updated_at)
     VALUES (@id, @number, @sessionId, @performanceId, @ticketType, @ticketMode, @authMode, @ticketCount, @totalFen, @paymentMethod,
       @cashReceivedFen, @changeFen, @paymentReference, @channelName, @buyerId, @userId, @shiftId, @status, @createdAt, @createdAt)`,
    order,
  );
}

const LINE_INSERT_COLUMNS = ['id', 'order_id', 'ticket_id', 'session_id', 'performance_id', 'price_tier_id', 'price_fen', 'amount_fen', 'ticket_code', 'ticket_mode', 'holder_id', 'id_hmac', 'print_count', 'created_at'] as const;

/** Writes an order's lines with one statement (a statement per line cost a sale of 4 a tenth of its time). */
export function insertOrderLines(db: Db, lines: readonly Omit<OrderLineRow, 'status' | 'refundedAt'>[]): void {
  insertMany(
    db,
    'order_lines',
    LINE_INSERT_COLUMNS,
    lines.map((l) => [l.id, l.orderId, l.ticketId, l.sessionId, l.performanceId, l.priceTierId, l.priceFen, l.amountFen, l.ticketCode, l.ticketMode, l.holderId, l.idHmac, l.printCount, l.createdAt]),
  );
}

/** Live tickets held against one ID document, in a session or across a performance, with the orders holding them. */
export function ticketsHeldById(db: Db, scope: 'session' | 'performance', scopeId: string, idHmac: string): { count: number; orderIds: string[] } {
  const column = scope === 'session' ? 'session_id' : 'performance_id';
  const rows = allRows<{ orderId: string; n: number }>(
    db,
    `SELECT order_id AS orderId, count(*) AS n FROM order_lines WHERE ${column} = ? AND id_hmac = ? AND status = 'active' GROUP BY order_id`,
    scopeId,
    idHmac,
  );
  return { count: rows.reduce((sum, r) => sum + r.n, 0), orderIds: rows.map((r) => r.orderId) };
}

/** The next order number of the China day: yyMMdd and a 5-digit sequence, e.g. 25060100042 (read aloud, typed back). */
export function nextOrderNumber(db: Db, dateCode: string): string {
  const last = getRow<{ number: string }>(db, 'SELECT number FROM orders WHERE number >= ? AND number < ? ORDER BY number DESC LIMIT 1', `${dateCode}00000`, `${dateCode}99999~`);
  const sequence = last ? Number(last.number.slice(6)) + 1 : 1;
  return `${dateCode}${String(sequence).padStart(5, '0')}`;
}
