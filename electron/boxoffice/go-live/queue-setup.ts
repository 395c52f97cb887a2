// The setup a new platform must learn before anything sold can be reported: every hall (with its venue), the
// session codes of every performance, and the stock and tickets of every session that has them. The domain's own
// state writers build the records, so they are exactly what a fresh setup would have queued.
import { listPerformanceRows, listPriceTiers } from '../../../db/catalog';
import { allRows } from '../../../db/statements';
import type { DomainContext } from '../context';
import { reportAllTickets, reportHallRegistration, reportInventory, reportPerformanceCodes } from '../outbox/states';

/** Queues the registration of the whole setup (inside the switch's transaction). */
export function queueSetup(ctx: DomainContext): void {
  for (const { id } of allRows<{ id: string }>(ctx.db, 'SELECT id FROM halls ORDER BY created_at, id')) reportHallRegistration(ctx, id);
  for (const performance of listPerformanceRows(ctx.db)) reportPerformanceCodes(ctx, performance.id);
  const sessions = allRows<{ id: string; generated: number }>(
    ctx.db,
    "SELECT id, tickets_generated_at IS NOT NULL AS generated FROM sessions WHERE status = 'normal' ORDER BY starts_at, id",
  );
  for (const session of sessions) {
    reportInventory(ctx, listPriceTiers(ctx.db, session.id).map((t) => t.id));
    if (session.generated === 1) reportAllTickets(ctx, session.id);
  }
}
