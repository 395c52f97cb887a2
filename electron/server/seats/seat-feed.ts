import { randomUUID } from 'node:crypto';
import { afterCommit } from '../../../db/after-commit';
import { seatChanges } from '../../boxoffice/catalog/seat-map-compact';
import type { EventBus } from '../events';
import type { RequestContext } from '../procedures/context';
import { domainContext } from '../procedures/domain-context';

/** Where a session's seat changes stand: a window that saw `seq` of this `feed` applies `seq + 1` next. */
export interface SeatFeedPosition {
  feed: string;
  seq: number;
}

/**
 * Numbers each session's seat changes, so an open map applies them in place and notices one it missed (then it
 * fetches the status again). Kept in memory: a restarted core starts a new feed, which every window notices.
 * A status read and the changes published after it are ordered by the one thread the core writes on.
 */
class SeatFeed {
  readonly id = randomUUID();
  private readonly seqs = new Map<string, number>();

  position(sessionId: string): SeatFeedPosition {
    return { feed: this.id, seq: this.seqs.get(sessionId) ?? 0 };
  }

  next(sessionId: string): SeatFeedPosition {
    const seq = (this.seqs.get(sessionId) ?? 0) + 1;
    this.seqs.set(sessionId, seq);
    return { feed: this.id, seq };
  }
}

// One feed per core, found through its event bus (the core's one long-lived fan-out).
const feeds = new WeakMap<EventBus, SeatFeed>();

function feedOf(events: EventBus): SeatFeed {
  let feed = feeds.get(events);
  if (!feed) {
    feed = new SeatFeed();
    feeds.set(events, feed);
  }
  return feed;
}

export const seatFeedPosition = (ctx: RequestContext, sessionId: string): SeatFeedPosition => feedOf(ctx.core.events).position(sessionId);

/**
 * Tells every open map of the session that seats changed: with `ticketIds`, those seats as they are now (a delta
 * applied in place); without, only that the whole status must be fetched again (tickets generated, a cancelled
 * session, a refund). Only once the write has committed, numbered and read then; never for a write that rolls
 * back (a sale sharing the write group's commit waits for it: db/after-commit.ts). With no map open anywhere the
 * seats are not read: the change is still numbered, so a map opened later continues from where the feed stands.
 */
export function publishSeatChanges(ctx: RequestContext, sessionId: string, ticketIds?: readonly string[]): void {
  afterCommit(ctx.core.db, () => {
    const position = feedOf(ctx.core.events).next(sessionId);
    if (!ctx.core.events.reaches('seats.changed')) return;
    const changes = ticketIds ? seatChanges(domainContext(ctx), sessionId, ticketIds) : undefined;
    ctx.core.events.publish('seats.changed', { sessionId, ...position, ...(changes ? { changes } : {}) });
  });
}
