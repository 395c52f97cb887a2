import type { TFunction } from 'i18next';
import type { UndeliveredWhyView } from '../../../../electron/server/contract';

const REASONS = ['hall_code', 'venue_registration', 'performance_update', 'performance_code', 'session_code', 'tier_inventory', 'ticket_state', 'earlier_ticket_event', 'order', 'same_record', 'performance_type'] as const;
type Reason = (typeof REASONS)[number];
const isReason = (reason: string | null): reason is Reason => REASONS.some((known) => known === reason);

/**
 * Why a record has not arrived, in the reader's language, from the fields the core sends beside its English
 * `words` (kept for logs and tools, and shown when the core names a reason this screen does not know yet).
 */
export function whyText(t: TFunction, why: UndeliveredWhyView, time: (ms: number) => string): string {
  const options = { interpolation: { escapeValue: false } };
  const error = why.lastError;
  switch (why.state) {
    case 'dead':
      return error?.code === 'LOCAL' ? t('sync.whyText.deadLocal', { message: error.message, ...options }) : t('sync.whyText.dead', { code: error?.code ?? '?', message: error?.message ?? '', ...options });
    case 'in_flight':
      return t('sync.whyText.inFlight', { attempts: why.attempts });
    case 'retrying':
      return t('sync.whyText.retrying', { code: error?.code ?? '?', attempts: why.attempts, time: why.nextAttemptAt === null ? '' : time(why.nextAttemptAt) });
    case 'due':
      return t('sync.whyText.due');
    case 'waiting': {
      if (!isReason(why.reason)) return why.words;
      const tail =
        why.heldByDeadLetter !== null ? t('sync.whyText.heldBy', { seq: why.heldByDeadLetter }) : why.blockedBy ? t('sync.whyText.blockedBy', { seq: why.blockedBy.seq }) : '';
      return t(`sync.whyText.reasons.${why.reason}`, { subject: why.subject ?? '', ...options }) + tail;
    }
  }
}
