import type { z } from 'zod';
import { getOrderLine, type OrderLineRow } from '../../../db/sales';
import { run } from '../../../db/statements';
import type { DomainContext } from '../context';
import { BoxOfficeError, notFound } from '../errors';
import { audit, inTransaction } from '../service';
import { newTicketCode } from '../sales/ticket-codes';
import { ticketContents, type TicketContent } from '../sales/ticket-content';
import type { exchangeInput, reprintInput } from './schemas';

function liveLines(ctx: DomainContext, ids: readonly string[]): OrderLineRow[] {
  return ids.map((id) => {
    const line = getOrderLine(ctx.db, id);
    if (!line) throw notFound('ticket', id);
    if (line.status === 'refunded') throw new BoxOfficeError('TICKET_REFUNDED', 'This ticket was refunded: there is nothing to print.', { orderLineId: id });
    return line;
  });
}

/**
 * Prints tickets again, with the reason (audited). With `voidPrevious` (a lost ticket) each gets a new code and the
 * old one is refused at the gate as replaced. The platform is not told: the ticket and its order are unchanged.
 */
export function reprintTickets(ctx: DomainContext, input: z.output<typeof reprintInput>): TicketContent[] {
  const { orderLineIds, reason, voidPrevious } = input;
  return inTransaction(ctx, () => {
    const now = ctx.clock();
    for (const line of liveLines(ctx, orderLineIds)) {
      if (voidPrevious) {
        run(ctx.db, 'INSERT INTO void_ticket_codes (code, order_line_id, voided_at) VALUES (?, ?, ?)', line.ticketCode, line.id, now);
        run(ctx.db, 'UPDATE order_lines SET ticket_code = ? WHERE id = ?', newTicketCode(), line.id);
      }
      run(ctx.db, 'UPDATE order_lines SET print_count = print_count + 1 WHERE id = ?', line.id);
      run(ctx.db, "INSERT INTO ticket_prints (order_line_id, kind, reason, voided_code, user_id, printed_at) VALUES (?, 'reprint', ?, ?, ?, ?)", line.id, reason, voidPrevious ? 1 : 0, ctx.actor.userId, now);
    }
    audit(ctx, 'ticket.reprint', orderLineIds[0] ?? null, { orderLineIds, reason, voidPrevious });
    return ticketContents(ctx, orderLineIds);
  });
}

/** Exchanges e-tickets for paper tickets at the venue (standard §3.24): same ticket, same code, now printed. */
export function exchangeForPaper(ctx: DomainContext, input: z.output<typeof exchangeInput>): TicketContent[] {
  const { orderLineIds } = input;
  return inTransaction(ctx, () => {
    const now = ctx.clock();
    for (const line of liveLines(ctx, orderLineIds)) {
      if (line.ticketMode === 'paper') throw new BoxOfficeError('ALREADY_PAPER', 'This is already a paper ticket: reprint it instead.', { orderLineId: line.id });
      run(ctx.db, "UPDATE order_lines SET ticket_mode = 'paper', print_count = print_count + 1 WHERE id = ?", line.id);
      run(ctx.db, "INSERT INTO ticket_prints (order_line_id, kind, reason, user_id, printed_at) VALUES (?, 'exchange', '换票', ?, ?)", line.id, ctx.actor.userId, now);
    }
    audit(ctx, 'ticket.exchange', orderLineIds[0] ?? null, { orderLineIds });
    return ticketContents(ctx, orderLineIds);
  });
}
