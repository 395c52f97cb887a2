// Switching platforms: one transaction that moves the previous platform's outbox to the archive, clears
// its codes and type list, and queues for the new platform what the manager chose. Called by the composition root
// inside the same transaction that stores the new settings, so a crash leaves the old state or the new, never a mix.
import { newId } from '../../../db/ids';
import { archiveOutbox, clearPlatformCodes, insertPlatformSwitch, requeueEvent, setSwitchSummary, type SwitchOutcome } from '../../../db/platform-switch';
import { requireNewTypeList } from '../../../db/catalog';
import { archiveTraining } from '../../../db/training-archive';
import type { DomainContext } from '../context';
import { queueSetup } from './queue-setup';

export type GoLiveOutcome = Exclude<SwitchOutcome, 'none'>;
export const GO_LIVE_OUTCOMES = ['discard-training', 'keep-sales'] as const satisfies readonly GoLiveOutcome[];

export interface SwitchBooksInput {
  /** Identities (db/platform-identity.ts) of the platform left and the one reported to from now on. */
  from: string;
  to: string;
  outcome: SwitchOutcome;
}

export interface SwitchBooksResult {
  switchId: string;
  outcome: SwitchOutcome;
  /** Outbox rows moved to the archive, and how many of them the previous platform had received. */
  archivedRecords: number;
  previouslyDelivered: number;
  codesCleared: { venues: number; halls: number; sessions: number };
  /** Training rows archived per table (discard training). */
  trainingArchived: Record<string, number>;
  seatsBackOnSale: number;
  /** Orders, refunds and check-ins queued again for the new platform (keep sales). */
  eventsRequeued: number;
}

/** Moves the books to the new platform. Call inside a transaction (the caller's, with the settings write). */
export function switchBooks(ctx: DomainContext, input: SwitchBooksInput): SwitchBooksResult {
  const now = ctx.clock();
  const switchId = newId('SW', now);
  insertPlatformSwitch(ctx.db, { id: switchId, at: now, from: input.from, to: input.to, outcome: input.outcome, userId: ctx.actor.userId, summary: {} });
  const outbox = archiveOutbox(ctx.db, switchId, input.from, now);
  const codesCleared = clearPlatformCodes(ctx.db, now);
  // the type list was the previous platform's: the new one's is downloaded on connecting
  requireNewTypeList(ctx.db, now);
  const training = input.outcome === 'discard-training' ? archiveTraining(ctx.db, switchId, now) : null;
  queueSetup(ctx);
  let eventsRequeued = 0;
  if (input.outcome === 'keep-sales') {
    for (const event of outbox.events) requeueEvent(ctx.db, event, now);
    eventsRequeued = outbox.events.length;
  }
  const result: SwitchBooksResult = {
    switchId,
    outcome: input.outcome,
    archivedRecords: outbox.archived,
    previouslyDelivered: outbox.delivered,
    codesCleared,
    trainingArchived: training?.archived ?? {},
    seatsBackOnSale: training?.seatsBackOnSale ?? 0,
    eventsRequeued,
  };
  const { switchId: _id, ...summary } = result;
  setSwitchSummary(ctx.db, switchId, summary);
  return result;
}
