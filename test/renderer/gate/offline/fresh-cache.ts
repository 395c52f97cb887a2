import type { TestWorld } from '../../../boxoffice/helpers/context';
import { gateCachePage } from '../../../../electron/boxoffice/gate/offline/cache-page';
import { TicketCache } from '../../../../renderer/src/gate/offline/ticket-cache';

/** A fresh device cache of these sessions, as a device would build it from nothing (pages of `limit`). */
export function freshCache(world: TestWorld, sessionIds: string[], limit = 3): TicketCache {
  const cache = new TicketCache();
  let after = 0;
  for (;;) {
    const page = gateCachePage(world.gate, { sessionIds, after, limit });
    cache.apply(page);
    after = page.cursor;
    if (!page.more) return cache;
  }
}
