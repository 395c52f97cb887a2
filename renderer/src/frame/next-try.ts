import type { SyncStatusView } from '../../../electron/server/contract';

/**
 * Whole seconds until the platform is tried again (retrying or offline), counted on this window's clock from when
 * the status arrived, so a core whose clock differs from this PC's still counts down right; null when nothing waits
 * for a try, 0 when it is due now.
 */
export function nextTrySeconds(status: Pick<SyncStatusView, 'at' | 'nextTryAt' | 'state'> | null, receivedAt: number, now: number): number | null {
  if (!status || status.nextTryAt === null || (status.state !== 'retrying' && status.state !== 'offline')) return null;
  const left = status.nextTryAt - status.at - (now - receivedAt);
  return Math.max(0, Math.ceil(left / 1000));
}
