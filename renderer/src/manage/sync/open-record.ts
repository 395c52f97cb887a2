import type { DeadLetterView } from '../../../../electron/server/contract';
import { orderPath } from '../../sell/sell-route';

// Kept free of the route store (it touches `window`), so the rule runs in plain Node tests.
type Section = 'manage' | 'sell';

/**
 * Where a refused record can be corrected: its venue, its performance (found through its session when the
 * letter names only that), or the window's order screen.
 */
export function recordRoute(letter: DeadLetterView, performanceOfSession: (sessionId: string) => string | undefined): { section: Section; subpath: string } {
  const { scope } = letter;
  switch (letter.kind) {
    case 'venue.save':
      return { section: 'manage', subpath: scope.venueId ? `venues/${encodeURIComponent(scope.venueId)}` : 'venues' };
    case 'performance.code':
    case 'performance.update':
    case 'session.update':
    case 'inventory':
    case 'ticket': {
      const performanceId = scope.performanceId ?? (scope.sessionId ? performanceOfSession(scope.sessionId) : undefined);
      return { section: 'manage', subpath: performanceId ? `performances/${encodeURIComponent(performanceId)}` : 'performances' };
    }
    case 'order':
    case 'refund':
    case 'checking':
      return { section: 'sell', subpath: letter.scope.orderId ? orderPath(letter.scope.orderId) : 'orders' };
  }
}
