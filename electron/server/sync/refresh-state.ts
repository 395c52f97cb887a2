import type { Db } from '../../../db/open';
import type { PersonalDataCipher } from '../../boxoffice/personal-data/cipher';
import type { DomainContext } from '../../boxoffice/context';
import { reportHallRegistration, reportInventory, reportPerformanceCodes, reportPerformanceUpdate, reportSessionUpdate, reportTickets } from '../../boxoffice/outbox/states';
import type { RefreshState } from '../../reporter/sync';

/**
 * How a requeued state is re-read: the domain's own state writers, run as the system inside the requeue's
 * transaction (the reporter cannot import the domain; the composition root joins them here).
 */
export function domainStateRefresher(db: Db, cipher: () => PersonalDataCipher, clock: () => number = Date.now): RefreshState {
  return (row) => {
    const ctx: DomainContext = { db, cipher: cipher(), clock, actor: { userId: null, username: null, role: null, address: null } };
    switch (row.kind) {
      case 'venue.save':
        if (row.hallId !== null) reportHallRegistration(ctx, row.hallId);
        return;
      case 'performance.code':
        if (row.performanceId !== null) reportPerformanceCodes(ctx, row.performanceId);
        return;
      case 'performance.update':
        if (row.performanceId !== null) reportPerformanceUpdate(ctx, row.performanceId);
        return;
      case 'session.update':
        if (row.sessionId !== null) reportSessionUpdate(ctx, row.sessionId);
        return;
      case 'inventory':
        if (row.priceTierId !== null) reportInventory(ctx, [row.priceTierId]);
        return;
      case 'ticket':
        if (row.ticketId !== null) reportTickets(ctx, [row.ticketId]);
        return;
      case 'order':
      case 'refund':
      case 'checking':
        // events are frozen: requeued as recorded
        return;
    }
  };
}
