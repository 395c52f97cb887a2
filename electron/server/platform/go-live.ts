// Changing the platform, for the CLI and the settings screen alike: the same platform (URL) with new
// credentials keeps everything; another platform moves the books with the manager's chosen outcome, refused
// without one when the data carries the current platform's codes, deliveries or sales. The settings, the switch
// and its audit are one transaction: a crash leaves the old platform's state or the new one's, never a mix.
import { appendAudit } from '../../../db/audit';
import type { Db } from '../../../db/open';
import { currentPlatform, platformIdentity } from '../../../db/platform-identity';
import type { DomainActor, DomainContext } from '../../boxoffice/context';
import { describePlan, goLivePlan, switchNeedsDecision, type GoLivePlan } from '../../boxoffice/go-live/plan';
import { switchBooks, type GoLiveOutcome, type SwitchBooksResult } from '../../boxoffice/go-live/switch-books';
import type { PersonalDataCipher } from '../../boxoffice/personal-data/cipher';
import { writePlatformSettings, type PlatformSettings } from './settings';

/** A switch that needs the manager's decision and did not get one: nothing was changed. */
export class GoLiveDecisionRequired extends Error {
  override name = 'GoLiveDecisionRequired';
  constructor(
    readonly plan: GoLivePlan,
    readonly from: string,
    readonly to: string,
  ) {
    super(
      `The data carries ${from === 'sandbox' ? 'the sandbox' : from}'s codes or records: choose what going live does with them — ` +
        `discard-training (keep the setup, archive the training sales, seats back on sale) or keep-sales (send every sale to the new platform too). ` +
        describePlan(plan),
    );
  }
}

export interface PlatformChangeResult {
  from: string;
  to: string;
  /** Null when the platform stayed the same (new credentials for the same URL keep every code). */
  switched: SwitchBooksResult | null;
}

/** Stores new platform settings and, when they name another platform, moves the books there. */
export function changePlatform(
  db: Db,
  cipher: () => PersonalDataCipher,
  change: { settings: PlatformSettings; outcome: GoLiveOutcome | null; actor: DomainActor; via: 'cli' | 'window'; now: number },
): PlatformChangeResult {
  const from = currentPlatform(db);
  const to = platformIdentity(change.settings);
  const settingsDetail =
    change.settings.mode === 'platform' ? { mode: 'platform', url: change.settings.url, appId: change.settings.appId, via: change.via } : { mode: 'sandbox', via: change.via };
  const audit = (action: string, detail: Record<string, unknown>) =>
    appendAudit(db, { at: change.now, userId: change.actor.userId, username: change.actor.username, action, target: to, outcome: 'ok', detail, address: change.actor.address });
  return db
    .transaction((): PlatformChangeResult => {
      if (from === to) {
        writePlatformSettings(db, cipher, change.settings, change.now);
        audit('platform.set', settingsDetail);
        return { from, to, switched: null };
      }
      const plan = goLivePlan(db, null);
      if (change.outcome === null && switchNeedsDecision(plan)) throw new GoLiveDecisionRequired(plan, from, to);
      writePlatformSettings(db, cipher, change.settings, change.now);
      const ctx: DomainContext = {
        db,
        clock: () => change.now,
        actor: change.actor,
        // the switch itself reads no personal data; the cipher (and its key file) is only loaded if something asks
        get cipher() {
          return cipher();
        },
      };
      const switched = switchBooks(ctx, { from, to, outcome: change.outcome ?? 'none' });
      audit('platform.set', settingsDetail);
      audit('platform.switch', { from, outcome: switched.outcome, switchId: switched.switchId, ...switchSummary(switched) });
      return { from, to, switched };
    })
    .immediate();
}

const switchSummary = (s: SwitchBooksResult) => ({
  archivedRecords: s.archivedRecords,
  previouslyDelivered: s.previouslyDelivered,
  codesCleared: s.codesCleared,
  trainingArchived: s.trainingArchived,
  seatsBackOnSale: s.seatsBackOnSale,
  eventsRequeued: s.eventsRequeued,
});

/** The switch in one English sentence (the CLI prints it). */
export function describeSwitch(result: PlatformChangeResult): string {
  const s = result.switched;
  if (!s) return 'same platform: every code and delivery is kept';
  const cleared = s.codesCleared.venues + s.codesCleared.halls + s.codesCleared.sessions;
  const parts = [`moved from ${result.from} to ${result.to} (${s.outcome})`, `${s.archivedRecords} outbox record(s) archived as ${result.from}'s (${s.previouslyDelivered} delivered there)`, `${cleared} code(s) cleared`];
  if (s.outcome === 'discard-training') {
    const t = s.trainingArchived;
    parts.push(`training archived: ${t.orders ?? 0} order(s), ${t.refunds ?? 0} refund(s), ${t.check_ins ?? 0} check-in(s), ${t.shifts ?? 0} shift(s); ${s.seatsBackOnSale} seat(s) back on sale`);
  }
  if (s.outcome === 'keep-sales') parts.push(`${s.eventsRequeued} order/refund/check-in record(s) queued again`);
  parts.push('the setup is queued for registration');
  return parts.join('; ');
}
