import type { SyncStatusView } from '../../electron/server/contract';
import type { TestCore } from './core-server';

/**
 * The first sync status where `check` holds: the core's status now, or one the worker pushes later (it pushes
 * after every change of the queue, throttled). Awaited on the core's own event bus, as a manager's screen is told.
 * Fails after `ms`, saying `what` and the last status seen.
 */
export function syncStatusWhen(core: TestCore, what: string, check: (status: SyncStatusView) => boolean, ms = 15_000): Promise<SyncStatusView> {
  let last = core.core.sync.status();
  if (check(last)) return Promise.resolve(last);
  return new Promise((resolve, reject) => {
    const stop = core.core.events.subscribe({
      role: 'manager',
      userId: 'test',
      send: (name, data) => {
        if (name !== 'sync.status') return;
        last = data as SyncStatusView;
        if (!check(last)) return;
        clearTimeout(deadline);
        stop();
        resolve(last);
      },
    });
    const deadline = setTimeout(() => {
      stop();
      reject(new Error(`${what}: not within ${ms} ms; last status ${JSON.stringify(last)}`));
    }, ms);
  });
}
